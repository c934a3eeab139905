package io.infrasync.core.port.out;

import java.util.Iterator;

/**
 * Streams the rows of one cache file; close it (try-with-resources) to release the file.
 *
 * @param <T> the row type
 */
public interface RunCacheRows<T> extends Iterator<T>, AutoCloseable {

    /** Releases the file. Idempotent. */
    @Override
    void close();
}
