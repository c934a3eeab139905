package io.infrasync.core.port.out;

/**
 * Accepts the rows of one cache file incrementally, so that a million rows never need to be held twice.
 *
 * <p>Use with try-with-resources: {@link #commit()} publishes the file atomically; {@link #close()} without a
 * commit discards what was written, leaving any earlier version of the file untouched. Not thread-safe.
 *
 * @param <T> the row type
 */
public interface RunCacheSink<T> extends AutoCloseable {

    /** Appends one row; throws {@link RunCacheException} naming the file when the row does not fit it. */
    void write(T row);

    /** Rows written so far. */
    long rowCount();

    /** Finishes the file and publishes it (fsync, then atomic rename over the old version). */
    void commit();

    /** Discards the file unless it was committed. Idempotent. */
    @Override
    void close();
}
