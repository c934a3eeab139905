package io.infrasync.sandbox;

/**
 * An emulator's request dispatcher. Implementations must be thread-safe: the server calls them from
 * several threads at once, as clients fetch pages concurrently.
 */
@FunctionalInterface
public interface SandboxHandler {

    /** Answers one request; never returns null. */
    SandboxResponse handle(SandboxRequest request);
}
