package io.infrasync.spi.model;

import io.infrasync.spi.annotation.Stable;
import java.util.Optional;

/**
 * The outcome of one {@link WriteOperation}: {@link Applied} or {@link Failed}. A failed operation
 * is a result, not an exception, so one bad record does not abort the rest of its batch.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public sealed interface OperationResult permits OperationResult.Applied, OperationResult.Failed {

    /**
     * Tells whether the operation took effect.
     *
     * @return {@code true} for {@link Applied}
     */
    boolean isApplied();

    /** The operation took effect. */
    @Stable(since = "1.0")
    sealed interface Applied extends OperationResult permits Values.AppliedValue {
        /**
         * The destination id of the record: the new id for a create, the given id for an update or
         * delete. The host records it in {@code plan.parquet}'s {@code dest_id} column.
         *
         * @return never {@code null} or blank
         */
        String destinationId();
    }

    /** The operation did not take effect. */
    @Stable(since = "1.0")
    sealed interface Failed extends OperationResult permits Values.FailedValue {
        /**
         * Why it failed. For a delete of a record that does not exist (any more) this is
         * {@link ErrorKind#NOT_FOUND}; for an operation whose capability is not declared
         * {@link ErrorKind#UNSUPPORTED}.
         *
         * @return never {@code null}
         */
        ErrorKind kind();

        /**
         * A one-line message that names the object, for example the system's validation error.
         *
         * @return never {@code null} or blank
         */
        String message();
    }

    /**
     * Creates a success.
     *
     * @param destinationId the destination id; must not be {@code null} or blank
     * @return the result
     */
    static Applied applied(String destinationId) {
        return new Values.AppliedValue(destinationId);
    }

    /**
     * Creates a failure.
     *
     * @param kind why it failed; must not be {@code null}
     * @param message a one-line message; must not be {@code null} or blank
     * @return the result
     */
    static Failed failed(ErrorKind kind, String message) {
        return new Values.FailedValue(kind, message);
    }

    /**
     * Creates the canonical failure of an operation whose capability is not declared.
     *
     * @param capability the missing capability; must not be {@code null}
     * @return a failure of kind {@link ErrorKind#UNSUPPORTED} with {@link Capability#unsupportedMessage()}
     */
    static Failed unsupported(Capability capability) {
        return new Values.FailedValue(ErrorKind.UNSUPPORTED, capability.unsupportedMessage());
    }

    /**
     * The destination id if the operation was applied.
     *
     * @return the id, or empty for a failure
     */
    default Optional<String> destinationIdIfApplied() {
        return this instanceof Applied applied ? Optional.of(applied.destinationId()) : Optional.empty();
    }
}
