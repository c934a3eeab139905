package io.infrasync.cli.wiring;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One configured plugin location and where it was configured, so errors can say which setting to fix.
 *
 * @param path an absolute path to a jar or a folder of jars
 * @param origin where it came from, for example {@code --adapter-path} or {@code adapters_path in /etc/sync/config.yml}
 */
public record AdapterPathEntry(Path path, String origin) {

    /** Validates the entry and makes the path absolute. */
    public AdapterPathEntry {
        path = Objects.requireNonNull(path, "path is null").toAbsolutePath().normalize();
        Objects.requireNonNull(origin, "origin is null");
    }
}
