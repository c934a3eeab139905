package io.infrasync.cache;

import io.infrasync.core.domain.run.ErrorRow;
import io.infrasync.core.port.out.RunCacheSink;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code errors.parquet} exists only when a run had errors: the Parquet file is started by the first row, and a
 * commit without rows removes the file an earlier attempt of the same run may have left.
 */
final class ErrorSink implements RunCacheSink<ErrorRow> {

    private final Path target;
    private final AtomicFiles files;
    private final Runnable onFinish;
    private ParquetSink<ErrorRow> delegate;
    private boolean finished;

    ErrorSink(Path target, AtomicFiles files, Runnable onFinish) {
        this.target = target;
        this.files = files;
        this.onFinish = onFinish;
    }

    @Override
    public void write(ErrorRow row) {
        if (finished) {
            throw new IllegalStateException("the sink of " + target + " is already committed or closed");
        }
        if (delegate == null) {
            delegate = new ParquetSink<>(target, new ErrorEmitter(), Map.of(), files, () -> { });
        }
        delegate.write(row);
    }

    @Override
    public long rowCount() {
        return delegate == null ? 0 : delegate.rowCount();
    }

    @Override
    public void commit() {
        if (finished) {
            throw new IllegalStateException("the sink of " + target + " is already committed or closed");
        }
        finished = true;
        try {
            if (delegate == null) {
                files.delete(target);
            } else {
                delegate.commit();
            }
        } finally {
            onFinish.run();
        }
    }

    @Override
    public void close() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            if (delegate != null) {
                delegate.close();
            }
        } finally {
            onFinish.run();
        }
    }
}
