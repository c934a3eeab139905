package io.infrasync.core.engine.run;

import io.infrasync.core.domain.run.ColumnType;
import io.infrasync.core.domain.run.SnapshotColumn;
import io.infrasync.core.domain.run.SnapshotRow;
import io.infrasync.core.domain.run.SnapshotSchema;
import io.infrasync.spi.model.AdapterRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The shape of {@code extract/<side>/<resource>.parquet}: one row per record as the adapter returned it, keyed by
 * its local id, with the whole record in one JSON column. Warm runs rebuild unchanged records from it, so that
 * the mapping sees exactly what a full read would have given it.
 */
final class ExtractFiles {

    static final String RECORD_COLUMN = "record";

    private ExtractFiles() {
    }

    static SnapshotSchema schema(String resource) {
        return new SnapshotSchema(resource, List.of(SnapshotColumn.attribute(RECORD_COLUMN, ColumnType.JSON)));
    }

    static SnapshotRow row(AdapterRecord record, Instant extractedAt) {
        return SnapshotRow.of(record.localId(), extractedAt, List.of(record.data()));
    }

    /** The record of {@code row}; {@code column} is the position of the record column in the file's schema. */
    @SuppressWarnings("unchecked")
    static AdapterRecord record(SnapshotRow row, String resource, int column) {
        Object data = row.values().get(column);
        if (!(data instanceof Map<?, ?>)) {
            throw new IllegalStateException("extract of " + resource + ": row '" + row.sourceId()
                    + "' holds no record object");
        }
        return AdapterRecord.of(row.sourceId(), resource, (Map<String, Object>) data);
    }
}
