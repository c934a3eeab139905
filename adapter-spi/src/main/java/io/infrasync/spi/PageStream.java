package io.infrasync.spi;

import io.infrasync.spi.annotation.Stable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A lazy, page-by-page sequence of items (records or ids) read from a system.
 *
 * <p>The host pulls one page at a time with {@link #nextPage()}, so an adapter keeps at most one
 * page in memory (an HTTP adapter fetches the next page only when asked). The host always closes
 * the stream, also when it stops early or fails; {@link #close()} releases connections and must be
 * idempotent.
 *
 * <p>Threading: a stream is used by one thread at a time; it need not be thread-safe. Calls may
 * throw {@link AdapterException} (for example {@link io.infrasync.spi.model.ErrorKind#TRANSIENT} when
 * a page request times out) and {@link java.util.concurrent.CancellationException} when the host
 * cancelled the run.
 *
 * @param <T> the item type
 * @since 1.0
 */
@Stable(since = "1.0")
public interface PageStream<T> extends AutoCloseable {

    /**
     * Reads the next page. A page may be empty (the system returned an empty page) without ending
     * the stream; the end is signalled by an empty {@code Optional}, after which every call returns
     * empty again.
     *
     * @return the next page (an immutable list without {@code null} items), or empty at the end
     * @throws AdapterException if the page cannot be read
     */
    Optional<List<T>> nextPage();

    /**
     * Releases the stream's resources. Idempotent; the default does nothing.
     */
    @Override
    default void close() {
    }

    /**
     * Consumes every remaining item, page by page. Does not close the stream.
     *
     * @param action called once per item, in order; must not be {@code null}
     * @return the number of items consumed
     * @throws AdapterException if a page cannot be read
     */
    default long forEachRemaining(Consumer<? super T> action) {
        Objects.requireNonNull(action, "action is null");
        long count = 0;
        for (Optional<List<T>> page = nextPage(); page.isPresent(); page = nextPage()) {
            for (T item : page.get()) {
                action.accept(item);
                count++;
            }
        }
        return count;
    }

    /**
     * A stream without pages.
     *
     * @param <T> the item type
     * @return an empty stream
     */
    static <T> PageStream<T> empty() {
        return of(List.of(), 1);
    }

    /**
     * Splits an in-memory list into pages (for adapters whose source is already in memory, and for tests).
     *
     * @param items the items; must not be {@code null} or contain {@code null}; copied
     * @param pageSize items per page, {@code >= 1}
     * @param <T> the item type
     * @return a stream of {@code ceil(items.size() / pageSize)} pages
     * @throws IllegalArgumentException if {@code pageSize < 1}
     */
    static <T> PageStream<T> of(List<? extends T> items, int pageSize) {
        return new PageStreams.ListPages<>(List.copyOf(items), pageSize);
    }

    /**
     * Builds a stream from a page supplier, the usual shape of a paginated HTTP client: the
     * supplier fetches and returns the next page, or empty when the system has no more.
     *
     * @param pages fetches the next page; must not be {@code null}; not called again after it returned empty
     * @param onClose releases resources; called at most once; must not be {@code null}
     * @param <T> the item type
     * @return the stream
     */
    static <T> PageStream<T> generate(Supplier<Optional<List<T>>> pages, Runnable onClose) {
        return new PageStreams.SuppliedPages<>(pages, onClose);
    }
}
