package io.infrasync.cache;

import io.infrasync.core.port.out.RunCacheException;
import io.infrasync.core.port.out.RunCacheRows;
import java.io.IOException;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.parquet.hadoop.ParquetReader;

/** Streams the records of one Parquet file, mapping each {@code Object[]} to a row (one record read ahead). */
class ParquetRows<T> implements RunCacheRows<T> {

    private final Path file;
    private final ParquetReader<Object[]> reader;
    private final Function<Object[], T> mapper;
    private Object[] next;
    private boolean closed;

    ParquetRows(Path file, Function<Object[], T> mapper) {
        this.file = file;
        this.reader = ParquetFiles.rows(file);
        this.mapper = mapper;
        advance();
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public T next() {
        if (next == null) {
            throw new NoSuchElementException("no more rows in " + file);
        }
        Object[] record = next;
        advance();
        try {
            return mapper.apply(record);
        } catch (IllegalArgumentException | NullPointerException | ClassCastException | ArithmeticException e) {
            close();
            throw new RunCacheException(file.toString(), "invalid row in " + file + ": " + e.getMessage(), e);
        }
    }

    private void advance() {
        if (closed) {
            next = null;
            return;
        }
        try {
            next = reader.read();
        } catch (IOException | RuntimeException e) {
            close();
            throw new RunCacheException(file.toString(), "cannot read " + file + ": " + e.getMessage(), e);
        }
        if (next == null) {
            close();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        next = null;
        try {
            reader.close();
        } catch (IOException ignored) {
            // Reading is over; a failing close of a read-only file loses nothing.
        }
    }
}
