package io.infrasync.spi.model;

import io.infrasync.spi.annotation.Stable;
import java.util.List;

/**
 * An ordered list of write operations the host sends in one call. The host orders operations so
 * that a referenced record is created before the records pointing at it; an adapter applies them
 * in order and may send them to the system in bulk.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public sealed interface WriteBatch permits Values.WriteBatchValue {

    /**
     * The operations, in the order they must be applied.
     *
     * @return an immutable list, possibly empty; never {@code null}
     */
    List<WriteOperation> operations();

    /**
     * Number of operations.
     *
     * @return {@code operations().size()}
     */
    default int size() {
        return operations().size();
    }

    /**
     * Creates a batch.
     *
     * @param operations the operations in order; must not be {@code null} or contain {@code null}
     * @return the batch
     */
    static WriteBatch of(List<? extends WriteOperation> operations) {
        return new Values.WriteBatchValue(List.copyOf(operations));
    }

    /**
     * Creates a batch.
     *
     * @param operations the operations in order; must not contain {@code null}
     * @return the batch
     */
    static WriteBatch of(WriteOperation... operations) {
        return new Values.WriteBatchValue(List.of(operations));
    }
}
