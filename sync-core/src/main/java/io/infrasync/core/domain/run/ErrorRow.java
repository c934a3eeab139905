package io.infrasync.core.domain.run;

import static java.util.Objects.requireNonNull;

/**
 * One row of {@code errors.parquet}: something that went wrong for one object during a run.
 *
 * @param errorClass the error's class name (for example {@code PeerIdentifierError})
 * @param resource   the kind name
 * @param sourceId   the source-side unique id, when known
 * @param destId     the destination's primary key, when known
 * @param attribute  the attribute concerned, when known
 * @param message    what went wrong
 * @param hint       what the operator can do about it, when the engine knows
 * @param retryCount how many times the write was retried
 * @param terminal   whether the engine gave up on the object
 */
public record ErrorRow(
        String errorClass,
        String resource,
        String sourceId,
        String destId,
        String attribute,
        String message,
        String hint,
        long retryCount,
        boolean terminal) {

    public ErrorRow {
        requireNonNull(errorClass, "errorClass is null");
        requireNonNull(resource, "resource is null");
        requireNonNull(message, "message is null");
        if (retryCount < 0) {
            throw new IllegalArgumentException("retryCount must not be negative (got " + retryCount + ")");
        }
    }
}
