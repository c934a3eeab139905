package io.infrasync.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.infrasync.core.domain.run.ColumnRole;
import io.infrasync.core.domain.run.ColumnType;
import io.infrasync.core.domain.run.SnapshotColumn;
import io.infrasync.core.domain.run.SnapshotRow;
import io.infrasync.core.domain.run.SnapshotSchema;
import io.infrasync.core.port.out.RunCacheException;
import io.infrasync.core.port.out.RunCacheRows;
import io.infrasync.core.port.out.RunCacheSnapshotRows;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Writes the footer description of snapshot files and reads snapshots back into {@link SnapshotRow}s.
 *
 * <p>Our files carry their typed columns (name, type, role) in the footer key {@link #COLUMNS_KEY}, so that JSON
 * columns and identifier roles survive the round trip. Files without that key (written by the Python original)
 * are still readable: their column types are inferred from the Parquet types, and every column is an attribute.
 */
final class SnapshotFiles {

    static final String COLUMNS_KEY = "infrahub_sync.snapshot.columns";

    private SnapshotFiles() {
    }

    static Map<String, String> metadata(SnapshotSchema schema) {
        List<Map<String, String>> columns = new ArrayList<>();
        for (SnapshotColumn column : schema.columns()) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("name", column.name());
            entry.put("type", column.type().name());
            entry.put("role", column.role().name());
            columns.add(entry);
        }
        try {
            return Map.of(COLUMNS_KEY, JsonValues.MAPPER.writeValueAsString(columns));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot describe the columns of " + schema.resource(), e);
        }
    }

    static RunCacheSnapshotRows read(Path file, String resource) {
        ParquetFiles.Footer footer = ParquetFiles.footer(file);
        Layout layout = layout(file, resource, footer);
        return new Rows(file, layout);
    }

    /**
     * The {@code _source_id} of every live row, in file order. The other columns are still read from disk, but
     * not decoded (JSON parsing is what costs).
     */
    static RunCacheRows<String> readIds(Path file, String resource) {
        Layout layout = layout(file, resource, ParquetFiles.footer(file));
        int sourceId = layout.sourceId();
        int tombstone = layout.tombstone();
        return new LiveIds(new ParquetRows<>(file, record -> {
            if (record[sourceId] == null) {
                throw new IllegalArgumentException(SnapshotSchema.SOURCE_ID + " is null");
            }
            return Boolean.TRUE.equals(record[tombstone]) ? null : (String) record[sourceId];
        }));
    }

    /** Skips the tombstoned rows (mapped to null) of an id stream. */
    private static final class LiveIds implements RunCacheRows<String> {
        private final ParquetRows<String> rows;
        private String next;

        LiveIds(ParquetRows<String> rows) {
            this.rows = rows;
            advance();
        }

        private void advance() {
            next = null;
            while (next == null && rows.hasNext()) {
                next = rows.next();
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public String next() {
            if (next == null) {
                throw new java.util.NoSuchElementException("no more ids");
            }
            String id = next;
            advance();
            return id;
        }

        @Override
        public void close() {
            rows.close();
        }
    }

    /** Where each typed column and each engine column sits in the file. */
    private record Layout(SnapshotSchema schema, int[] valueIndexes, int extractTs, long nanosPerUnit, int sourceId,
            int tombstone) {
    }

    private static Layout layout(Path file, String resource, ParquetFiles.Footer footer) {
        MessageType parquet = footer.schema();
        int extractTs = indexOf(parquet, SnapshotSchema.EXTRACT_TS);
        int sourceId = indexOf(parquet, SnapshotSchema.SOURCE_ID);
        int tombstone = indexOf(parquet, SnapshotSchema.TOMBSTONE);
        if (extractTs < 0 || sourceId < 0 || tombstone < 0) {
            throw new RunCacheException(file.toString(), "foreign file " + file + ": a snapshot needs the columns "
                    + SnapshotSchema.EXTRACT_TS + ", " + SnapshotSchema.SOURCE_ID + " and " + SnapshotSchema.TOMBSTONE);
        }
        requireEngineColumn(file, parquet.getType(extractTs), PrimitiveType.PrimitiveTypeName.INT64);
        long nanosPerUnit = nanosPerUnit(parquet.getType(extractTs));
        requireEngineColumn(file, parquet.getType(sourceId), PrimitiveType.PrimitiveTypeName.BINARY);
        requireEngineColumn(file, parquet.getType(tombstone), PrimitiveType.PrimitiveTypeName.BOOLEAN);
        List<SnapshotColumn> columns = new ArrayList<>();
        String described = footer.metadata().get(COLUMNS_KEY);
        if (described != null) {
            columns.addAll(describedColumns(file, described));
        } else {
            for (Type field : parquet.getFields()) {
                if (!field.getName().startsWith("_")) {
                    columns.add(SnapshotColumn.attribute(field.getName(), inferType(file, field)));
                }
            }
        }
        int[] indexes = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            SnapshotColumn column = columns.get(i);
            indexes[i] = indexOf(parquet, column.name());
            if (indexes[i] < 0 || !fits(column.type(), parquet.getType(indexes[i]))) {
                throw new RunCacheException(file.toString(), "foreign file " + file + ": column '" + column.name()
                        + "' described as " + column.type() + " is " + (indexes[i] < 0 ? "missing" : parquet.getType(indexes[i])));
            }
        }
        SnapshotSchema schema;
        try {
            schema = new SnapshotSchema(resource, columns);
        } catch (IllegalArgumentException e) {
            throw new RunCacheException(file.toString(), "foreign file " + file + ": " + e.getMessage(), e);
        }
        return new Layout(schema, indexes, extractTs, nanosPerUnit, sourceId, tombstone);
    }

    /** We write nanoseconds; other writers (pyarrow with older format versions) may use micro- or milliseconds. */
    private static long nanosPerUnit(Type field) {
        if (field.asPrimitiveType().getLogicalTypeAnnotation()
                instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation timestamp) {
            return switch (timestamp.getUnit()) {
                case MILLIS -> 1_000_000L;
                case MICROS -> 1_000L;
                case NANOS -> 1L;
            };
        }
        return 1L;
    }

    private static List<SnapshotColumn> describedColumns(Path file, String described) {
        try {
            List<Map<String, String>> entries = JsonValues.MAPPER.readValue(described, new TypeReference<>() { });
            List<SnapshotColumn> columns = new ArrayList<>();
            for (Map<String, String> entry : entries) {
                columns.add(new SnapshotColumn(entry.get("name"), ColumnType.valueOf(entry.get("type")),
                        ColumnRole.valueOf(entry.get("role"))));
            }
            return columns;
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new RunCacheException(file.toString(), "foreign file " + file + ": unreadable footer key "
                    + COLUMNS_KEY + " (" + e.getMessage() + ")", e);
        }
    }

    private static ColumnType inferType(Path file, Type field) {
        if (field.isPrimitive()) {
            PrimitiveType primitive = field.asPrimitiveType();
            LogicalTypeAnnotation logical = primitive.getLogicalTypeAnnotation();
            switch (primitive.getPrimitiveTypeName()) {
                case BINARY:
                    if (logical == null || logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation) {
                        return ColumnType.STRING;
                    }
                    if (logical instanceof LogicalTypeAnnotation.JsonLogicalTypeAnnotation) {
                        return ColumnType.JSON;
                    }
                    break;
                case INT32:
                case INT64:
                    if (logical == null || logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation) {
                        return ColumnType.LONG;
                    }
                    break;
                case DOUBLE:
                case FLOAT:
                    return ColumnType.DOUBLE;
                case BOOLEAN:
                    return ColumnType.BOOLEAN;
                default:
                    break;
            }
        }
        throw new RunCacheException(file.toString(), "foreign file " + file + ": column '" + field.getName()
                + "' has a type the cache cannot rehydrate: " + field);
    }

    private static boolean fits(ColumnType type, Type field) {
        if (!field.isPrimitive()) {
            return false;
        }
        PrimitiveType.PrimitiveTypeName name = field.asPrimitiveType().getPrimitiveTypeName();
        return switch (type) {
            case STRING, JSON -> name == PrimitiveType.PrimitiveTypeName.BINARY;
            case LONG -> name == PrimitiveType.PrimitiveTypeName.INT64 || name == PrimitiveType.PrimitiveTypeName.INT32;
            case DOUBLE -> name == PrimitiveType.PrimitiveTypeName.DOUBLE || name == PrimitiveType.PrimitiveTypeName.FLOAT;
            case BOOLEAN -> name == PrimitiveType.PrimitiveTypeName.BOOLEAN;
        };
    }

    private static void requireEngineColumn(Path file, Type field, PrimitiveType.PrimitiveTypeName expected) {
        if (!field.isPrimitive() || field.asPrimitiveType().getPrimitiveTypeName() != expected) {
            throw new RunCacheException(file.toString(), "foreign file " + file + ": engine column '" + field.getName()
                    + "' should be " + expected + " but is " + field);
        }
    }

    private static int indexOf(MessageType schema, String name) {
        return schema.containsField(name) ? schema.getFieldIndex(name) : -1;
    }

    private static final class Rows extends ParquetRows<SnapshotRow> implements RunCacheSnapshotRows {

        private final SnapshotSchema schema;

        Rows(Path file, Layout layout) {
            super(file, record -> toRow(file, layout, record));
            this.schema = layout.schema();
        }

        @Override
        public SnapshotSchema schema() {
            return schema;
        }

        private static SnapshotRow toRow(Path file, Layout layout, Object[] record) {
            List<SnapshotColumn> columns = layout.schema().columns();
            List<Object> values = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                Object raw = record[layout.valueIndexes()[i]];
                if (raw != null && columns.get(i).type() == ColumnType.JSON) {
                    try {
                        raw = JsonValues.read((String) raw);
                    } catch (JsonProcessingException e) {
                        throw new IllegalArgumentException("column '" + columns.get(i).name() + "' holds invalid JSON: "
                                + e.getOriginalMessage(), e);
                    }
                }
                values.add(raw);
            }
            Object ts = record[layout.extractTs()];
            if (ts == null) {
                throw new IllegalArgumentException(SnapshotSchema.EXTRACT_TS + " is null for '" + record[layout.sourceId()] + "'");
            }
            long nanos = Math.multiplyExact((Long) ts, layout.nanosPerUnit());
            Instant extractTs = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
            Object tombstone = record[layout.tombstone()];
            if (record[layout.sourceId()] == null) {
                throw new IllegalArgumentException(SnapshotSchema.SOURCE_ID + " is null");
            }
            return new SnapshotRow((String) record[layout.sourceId()], extractTs, Boolean.TRUE.equals(tombstone), values);
        }
    }
}
