package io.infrasync.cache;

import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.infrasync.core.domain.run.ColumnType;
import io.infrasync.core.domain.run.SnapshotColumn;
import io.infrasync.core.domain.run.SnapshotRow;
import io.infrasync.core.domain.run.SnapshotSchema;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Writes {@link SnapshotRow}s of one resource: the typed columns (all optional) in schema order, then the engine
 * columns {@code _extract_ts} (timestamp, ns, UTC), {@code _source_id} and {@code _tombstone}.
 */
final class SnapshotEmitter implements RowEmitter<SnapshotRow> {

    private final SnapshotSchema snapshot;
    private final MessageType schema;
    private final int columns;

    SnapshotEmitter(SnapshotSchema snapshot) {
        this.snapshot = snapshot;
        this.schema = parquetSchema(snapshot);
        this.columns = snapshot.columns().size();
    }

    static MessageType parquetSchema(SnapshotSchema snapshot) {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (SnapshotColumn column : snapshot.columns()) {
            switch (column.type()) {
                case STRING, JSON -> builder.optional(PrimitiveTypeName.BINARY).as(stringType()).named(column.name());
                case LONG -> builder.optional(PrimitiveTypeName.INT64).named(column.name());
                case DOUBLE -> builder.optional(PrimitiveTypeName.DOUBLE).named(column.name());
                case BOOLEAN -> builder.optional(PrimitiveTypeName.BOOLEAN).named(column.name());
                default -> throw new IllegalStateException("unhandled column type " + column.type());
            }
        }
        return builder
                .required(PrimitiveTypeName.INT64).as(timestampType(true, LogicalTypeAnnotation.TimeUnit.NANOS))
                .named(SnapshotSchema.EXTRACT_TS)
                .required(PrimitiveTypeName.BINARY).as(stringType()).named(SnapshotSchema.SOURCE_ID)
                .required(PrimitiveTypeName.BOOLEAN).named(SnapshotSchema.TOMBSTONE)
                .named("schema");
    }

    @Override
    public MessageType schema() {
        return schema;
    }

    @Override
    public Set<String> distinctColumns() {
        Set<String> distinct = new HashSet<>();
        distinct.add(SnapshotSchema.SOURCE_ID);
        for (SnapshotColumn column : snapshot.columns()) {
            if (column.type() == ColumnType.JSON) {
                distinct.add(column.name());
            }
        }
        return distinct;
    }

    @Override
    public String problem(SnapshotRow row) {
        if (row == null) {
            return "snapshot row is null";
        }
        List<Object> values = row.values();
        if (values.size() != columns) {
            return "row '" + row.sourceId() + "' of " + snapshot.resource() + " has " + values.size()
                    + " values for " + columns + " columns";
        }
        for (int i = 0; i < columns; i++) {
            SnapshotColumn column = snapshot.columns().get(i);
            if (!column.type().accepts(values.get(i))) {
                return "row '" + row.sourceId() + "' of " + snapshot.resource() + ": column '" + column.name() + "' is "
                        + column.type() + " but the value is a " + values.get(i).getClass().getSimpleName();
            }
        }
        try {
            nanos(row);
        } catch (ArithmeticException e) {
            return "row '" + row.sourceId() + "' has an _extract_ts out of the nanosecond range: " + row.extractTs();
        }
        return null;
    }

    @Override
    public void emit(SnapshotRow row, RecordConsumer out) {
        List<Object> values = row.values();
        for (int i = 0; i < columns; i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            SnapshotColumn column = snapshot.columns().get(i);
            String name = column.name();
            switch (column.type()) {
                case STRING -> Fields.string(out, name, i, (String) value);
                case LONG -> Fields.int64(out, name, i, ((Number) value).longValue());
                case DOUBLE -> Fields.float64(out, name, i, ((Number) value).doubleValue());
                case BOOLEAN -> Fields.bool(out, name, i, (Boolean) value);
                case JSON -> Fields.string(out, name, i, json(row, column, value));
                default -> throw new IllegalStateException("unhandled column type " + column.type());
            }
        }
        Fields.int64(out, SnapshotSchema.EXTRACT_TS, columns, nanos(row));
        Fields.string(out, SnapshotSchema.SOURCE_ID, columns + 1, row.sourceId());
        Fields.bool(out, SnapshotSchema.TOMBSTONE, columns + 2, row.tombstone());
    }

    private static String json(SnapshotRow row, SnapshotColumn column, Object value) {
        try {
            return JsonValues.write(value);
        } catch (JsonProcessingException e) {
            // problem() accepted the value as a JSON tree, so this is a Jackson limit, not the caller's error.
            throw new IllegalStateException("cannot render column '" + column.name() + "' of '" + row.sourceId()
                    + "' as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static long nanos(SnapshotRow row) {
        return Math.addExact(Math.multiplyExact(row.extractTs().getEpochSecond(), 1_000_000_000L), row.extractTs().getNano());
    }
}
