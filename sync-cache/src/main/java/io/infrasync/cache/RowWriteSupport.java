package io.infrasync.cache;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.RecordConsumer;

/** Adapts a {@link RowEmitter} to parquet-hadoop's writer, with our key-value metadata in the footer. */
final class RowWriteSupport<T> extends WriteSupport<T> {

    private final RowEmitter<T> emitter;
    private final Map<String, String> metadata;
    private RecordConsumer consumer;

    RowWriteSupport(RowEmitter<T> emitter, Map<String, String> metadata) {
        this.emitter = emitter;
        this.metadata = Map.copyOf(metadata);
    }

    @Override
    @SuppressWarnings("deprecation") // abstract in WriteSupport, so it must be implemented; same as the variant below
    public WriteContext init(Configuration configuration) {
        return new WriteContext(emitter.schema(), metadata);
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(emitter.schema(), metadata);
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(T row) {
        consumer.startMessage();
        emitter.emit(row, consumer);
        consumer.endMessage();
    }

    @Override
    public String getName() {
        return "infrahub-sync-jvm";
    }
}
