package io.infrasync.cache;

import io.infrasync.core.domain.run.ErrorRow;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/** Writes {@link ErrorRow}s as the nine columns of {@code errors.parquet}. */
final class ErrorEmitter implements RowEmitter<ErrorRow> {

    @Override
    public MessageType schema() {
        return CacheSchemas.ERRORS;
    }

    @Override
    public String problem(ErrorRow row) {
        return row == null ? "error row is null" : null;
    }

    @Override
    public void emit(ErrorRow row, RecordConsumer out) {
        Fields.string(out, "error_class", 0, row.errorClass());
        Fields.string(out, "resource", 1, row.resource());
        Fields.string(out, "source_id", 2, row.sourceId());
        Fields.string(out, "dest_id", 3, row.destId());
        Fields.string(out, "attribute", 4, row.attribute());
        Fields.string(out, "message", 5, row.message());
        Fields.string(out, "hint", 6, row.hint());
        Fields.int64(out, "retry_count", 7, row.retryCount());
        Fields.bool(out, "terminal", 8, row.terminal());
    }
}
