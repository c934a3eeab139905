package io.infrasync.cache;

import io.infrasync.core.port.out.RunCacheException;
import io.infrasync.core.port.out.RunCacheSink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;

/**
 * Streams rows into a temporary Parquet file next to the target and publishes it on {@link #commit()}.
 * Rows are encoded as they arrive (parquet-hadoop keeps only the current row group, compressed, in memory).
 */
final class ParquetSink<T> implements RunCacheSink<T> {

    /** Smaller than the 128 MiB default: bounds memory per open sink while keeping row groups large for readers. */
    private static final long ROW_GROUP_BYTES = 64L * 1024 * 1024;

    private final Path target;
    private final Path temp;
    private final RowEmitter<T> emitter;
    private final AtomicFiles files;
    private final Runnable onFinish;
    private final ParquetWriter<T> writer;
    private long rows;
    private boolean finished;

    ParquetSink(Path target, RowEmitter<T> emitter, Map<String, String> metadata, AtomicFiles files, Runnable onFinish) {
        this.target = target;
        this.temp = AtomicFiles.tempFor(target);
        this.emitter = emitter;
        this.files = files;
        this.onFinish = onFinish;
        AtomicFiles.createFolder(target.getParent());
        try {
            Builder<T> builder = new Builder<>(new LocalOutputFile(temp), new RowWriteSupport<>(emitter, metadata))
                    .withConf(new PlainParquetConfiguration())
                    .withWriteMode(ParquetFileWriter.Mode.CREATE)
                    .withCompressionCodec(CompressionCodecName.SNAPPY)
                    .withRowGroupSize(ROW_GROUP_BYTES)
                    .withDictionaryEncoding(true);
            for (String column : emitter.distinctColumns()) {
                builder = builder.withDictionaryEncoding(column, false);
            }
            this.writer = builder.build();
        } catch (IOException | RuntimeException e) {
            AtomicFiles.deleteQuietly(temp);
            onFinish.run();
            throw new RunCacheException(target.toString(), "cannot start writing " + target + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(T row) {
        if (finished) {
            throw new IllegalStateException("the sink of " + target + " is already committed or closed");
        }
        String problem = emitter.problem(row);
        if (problem != null) {
            throw new RunCacheException(target.toString(), "cannot write row to " + target + ": " + problem);
        }
        try {
            writer.write(row);
        } catch (IOException | RuntimeException e) {
            throw new RunCacheException(target.toString(), "cannot write row to " + target + ": " + e.getMessage(), e);
        }
        rows++;
    }

    @Override
    public long rowCount() {
        return rows;
    }

    @Override
    public void commit() {
        if (finished) {
            throw new IllegalStateException("the sink of " + target + " is already committed or closed");
        }
        finished = true;
        try {
            writer.close();
            files.publish(temp, target);
        } catch (IOException e) {
            AtomicFiles.deleteQuietly(temp);
            throw new RunCacheException(target.toString(), "cannot finish " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            AtomicFiles.deleteQuietly(temp);
            throw e;
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
            writer.close();
        } catch (IOException | RuntimeException ignored) {
            // The file is being discarded; its writer's failure changes nothing.
        } finally {
            AtomicFiles.deleteQuietly(temp);
            onFinish.run();
        }
    }

    /** parquet-hadoop's builder over an {@link OutputFile}, without any Hadoop file system. */
    private static final class Builder<T> extends ParquetWriter.Builder<T, Builder<T>> {

        private final WriteSupport<T> support;

        Builder(OutputFile file, WriteSupport<T> support) {
            super(file);
            this.support = support;
        }

        @Override
        protected Builder<T> self() {
            return this;
        }

        @Override
        @SuppressWarnings("deprecation") // abstract in the builder, so it must be implemented; Hadoop's Configuration is unused
        protected WriteSupport<T> getWriteSupport(Configuration conf) {
            return support;
        }

        @Override
        protected WriteSupport<T> getWriteSupport(ParquetConfiguration conf) {
            return support;
        }
    }
}
