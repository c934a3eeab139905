package io.infrasync.core.port.in;

import static java.util.Objects.requireNonNull;

/**
 * A run that could not proceed as a whole: the message is one line for the operator, the reason decides the
 * exit code. Per-object problems are not exceptions: they are in {@link RunOutcome#errors()}.
 */
public class RunException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the run stopped. */
    public enum Reason {
        /** The configuration does not fit the destination schema, or a requested run does not exist. */
        CONFIGURATION,
        /** A guardrail refused the run before any write (row-count drop, schema drift since the run). */
        GUARDRAIL,
        /** An adapter failed as a whole (unreachable, credentials refused, unsupported). */
        ADAPTER,
        /** Another run of the same sync holds the lock. */
        LOCKED,
        /** The run cache could not be read or written. */
        CACHE
    }

    private final Reason reason;

    /**
     * @param reason  why
     * @param message one line naming what failed
     * @param cause   the underlying failure, or {@code null}
     */
    public RunException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = requireNonNull(reason, "reason is null");
    }

    /** @return why the run stopped */
    public Reason reason() {
        return reason;
    }
}
