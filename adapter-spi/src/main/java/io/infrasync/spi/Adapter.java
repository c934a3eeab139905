package io.infrasync.spi;

import io.infrasync.spi.annotation.Stable;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.Cursor;
import io.infrasync.spi.model.CursorTier;
import io.infrasync.spi.model.OperationResult;
import io.infrasync.spi.model.ReadRequest;
import io.infrasync.spi.model.SchemaDescription;
import io.infrasync.spi.model.WriteBatch;
import java.util.List;

/**
 * An open connection to one system, created by {@link AdapterFactory#open}. Thin by design: it
 * reads and writes records; the mapping (paths, references, filters, transforms), diffing and
 * ordering stay in the host.
 *
 * <p>Every operation belongs to a {@link Capability}. Its default implementation throws
 * {@link AdapterException#unsupported(Capability)}, the canonical failure; an adapter overrides
 * exactly the operations whose capabilities its factory declares. The host calls only declared
 * operations, so the default is a guard, not control flow.
 *
 * <p>Threading: the host may call operations of one adapter from several threads at once (for
 * example reading two resources concurrently), so implementations must be thread-safe; each
 * returned {@link PageStream} is used by one thread at a time. All operations may throw
 * {@link AdapterException} and, when the run is cancelled,
 * {@link java.util.concurrent.CancellationException}.
 *
 * <p>Lifecycle: the host closes the adapter once, after closing every stream it obtained.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public interface Adapter extends AutoCloseable {

    /**
     * Reads every record of a resource, page by page ({@link Capability#READ}).
     *
     * <p>Records carry the system's data unchanged as a JSON-like tree, their local id and their
     * origin. Each local id appears once per read. An empty resource yields a stream without records;
     * an unknown resource fails (at the latest on the first page) with {@link AdapterException}
     * of kind {@link io.infrasync.spi.model.ErrorKind#NOT_FOUND}. Streams are independent of each
     * other, and check {@link AdapterContext#throwIfCancelled()} before fetching each page, so that a
     * cancelled run stops at the next page.
     *
     * @param request the resource and page-size hint; never {@code null}
     * @return a lazy stream the caller closes; never {@code null}
     * @throws AdapterException if the read cannot start
     */
    default PageStream<AdapterRecord> read(ReadRequest request) {
        throw AdapterException.unsupported(Capability.READ);
    }

    /**
     * Describes the system's schema ({@link Capability#SCHEMA}).
     *
     * @return the description; never {@code null}
     * @throws AdapterException if the schema cannot be read
     */
    default SchemaDescription describeSchema() {
        throw AdapterException.unsupported(Capability.SCHEMA);
    }

    /**
     * How this adapter can read changes of a resource incrementally. Needs no capability: an adapter
     * without {@link Capability#CHANGES_SINCE} answers {@link CursorTier#NONE} for every resource
     * (the default), and an adapter with it may still answer {@code NONE} for resources it cannot
     * filter by change (for example a Nautobot endpoint without {@code last_updated}).
     *
     * @param resource the resource; never {@code null}
     * @return the tier; never {@code null}
     */
    default CursorTier cursorTier(String resource) {
        return CursorTier.NONE;
    }

    /**
     * Returns a cursor the host stores now and passes to {@link #readChangesSince} on a later run
     * ({@link Capability#CHANGES_SINCE}). The host calls it <em>before</em> reading the resource.
     *
     * <p>The cursor must be safe: based on the system's clock (never the host's), and early enough
     * to cover clock skew, timestamp precision and exclusive bounds, so that a change made while
     * the host reads is seen again on the next run rather than lost. Re-reading a record twice is
     * harmless; missing one is not.
     *
     * @param resource a resource whose {@link #cursorTier} is not {@code NONE}; never {@code null}
     * @return the cursor, of tier {@code cursorTier(resource)}; never {@code null}
     * @throws AdapterException of kind {@code UNSUPPORTED} if the resource's tier is {@code NONE}
     */
    default Cursor safeCursor(String resource) {
        throw AdapterException.unsupported(Capability.CHANGES_SINCE);
    }

    /**
     * Reads the records of a resource created or changed since a cursor ({@link Capability#CHANGES_SINCE}),
     * in the same shape as {@link #read}. Deleted records are not reported (use {@link #listIds}).
     *
     * @param request the resource and page-size hint; never {@code null}
     * @param since a cursor this adapter returned from {@link #safeCursor} on an earlier run; never {@code null}
     * @return a lazy stream the caller closes; never {@code null}
     * @throws AdapterException of kind {@code UNSUPPORTED} if the resource's tier is {@code NONE}, or
     *     {@code INVALID_DATA} if the cursor is not one this adapter produces
     */
    default PageStream<AdapterRecord> readChangesSince(ReadRequest request, Cursor since) {
        throw AdapterException.unsupported(Capability.CHANGES_SINCE);
    }

    /**
     * Lists the local ids of every record of a resource without their data ({@link Capability#LIST_IDS}),
     * so the host can detect deletes on an incremental run. The set of ids equals the ids {@link #read}
     * would return at the same moment.
     *
     * @param resource the resource; never {@code null}
     * @return a lazy stream of ids the caller closes; never {@code null}
     * @throws AdapterException if the listing cannot start
     */
    default PageStream<String> listIds(String resource) {
        throw AdapterException.unsupported(Capability.LIST_IDS);
    }

    /**
     * Applies a batch of operations in order ({@link Capability#WRITE}; deletes need
     * {@link Capability#DELETE}) and reports one result per operation.
     *
     * <p>The returned list has exactly one result per operation, at the same index. A failed operation
     * does not stop the ones after it. Rules every adapter follows (and the TCK checks):
     * <ul>
     *   <li>a create returns the new record's destination id; creating a record that already exists
     *       either returns the existing id (upsert) or fails with {@code CONFLICT};</li>
     *   <li>applying the same update twice succeeds twice and leaves the same state;</li>
     *   <li>an update or delete of a record that does not exist fails with {@code NOT_FOUND};</li>
     *   <li>a delete without {@link Capability#DELETE} fails with {@link OperationResult#unsupported}.</li>
     * </ul>
     * Only a failure of the whole call (the system is unreachable, credentials are refused) is thrown.
     *
     * @param batch the operations; never {@code null}
     * @return the results, {@code results.size() == batch.size()}; never {@code null}
     * @throws AdapterException if the batch cannot be sent at all
     */
    default List<OperationResult> write(WriteBatch batch) {
        throw AdapterException.unsupported(Capability.WRITE);
    }

    /**
     * Releases connections and threads. Called once by the host; the default does nothing.
     *
     * @throws AdapterException never expected; the host logs it and goes on
     */
    @Override
    default void close() {
    }
}
