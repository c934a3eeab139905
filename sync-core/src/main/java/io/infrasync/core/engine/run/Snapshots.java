package io.infrasync.core.engine.run;

import io.infrasync.core.domain.model.Dataset;
import io.infrasync.core.domain.model.ModelObject;
import io.infrasync.core.domain.model.ModelType;
import io.infrasync.core.domain.run.ColumnRole;
import io.infrasync.core.domain.run.ColumnType;
import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SnapshotColumn;
import io.infrasync.core.domain.run.SnapshotRow;
import io.infrasync.core.domain.run.SnapshotSchema;
import io.infrasync.core.port.out.RunCacheReader;
import io.infrasync.core.port.out.RunCacheSink;
import io.infrasync.core.port.out.RunCacheSnapshotRows;
import io.infrasync.core.port.out.RunCacheWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a side's objects to {@code A/} or {@code B/}, and reads identifier values back from a run's snapshot. */
final class Snapshots {

    private Snapshots() {
    }

    static void write(RunCacheWriter writer, Side side, Dataset dataset, List<String> kinds, Instant extractedAt) {
        for (String kind : kinds) {
            ModelType type = dataset.type(kind);
            List<ModelObject> objects = dataset.getAll(kind);
            List<SnapshotColumn> columns = new ArrayList<>();
            for (String field : type.fields()) {
                ColumnRole role = type.identifiers().contains(field) ? ColumnRole.IDENTIFIER : ColumnRole.ATTRIBUTE;
                columns.add(new SnapshotColumn(field, columnType(objects, field), role));
            }
            try (RunCacheSink<SnapshotRow> sink = writer.snapshot(side, new SnapshotSchema(kind, columns))) {
                for (ModelObject object : objects) {
                    List<Object> values = new ArrayList<>(columns.size());
                    for (String field : type.fields()) {
                        values.add(object.get(field));
                    }
                    sink.write(SnapshotRow.of(object.uid(), extractedAt, values));
                }
                sink.commit();
            }
        }
    }

    /** The narrowest column type that holds every value of the field; JSON when they are mixed or nested. */
    private static ColumnType columnType(List<ModelObject> objects, String field) {
        ColumnType chosen = null;
        for (ModelObject object : objects) {
            Object value = object.get(field);
            if (value == null) {
                continue;
            }
            ColumnType type = value instanceof String ? ColumnType.STRING
                    : value instanceof Long || value instanceof Integer ? ColumnType.LONG
                    : value instanceof Double || value instanceof Float ? ColumnType.DOUBLE
                    : value instanceof Boolean ? ColumnType.BOOLEAN
                    : ColumnType.JSON;
            if (chosen == null) {
                chosen = type;
            } else if (chosen != type) {
                return ColumnType.JSON;
            }
        }
        return chosen == null ? ColumnType.STRING : chosen;
    }

    /** kind → unique id → identifier values, from a run's source snapshot. */
    static Map<String, Map<String, Map<String, Object>>> identifiers(RunCacheReader reader) {
        Map<String, Map<String, Map<String, Object>>> byKind = new HashMap<>();
        for (String resource : reader.snapshotResources(Side.A)) {
            Map<String, Map<String, Object>> byUid = byKind.computeIfAbsent(resource, key -> new HashMap<>());
            try (RunCacheSnapshotRows rows = reader.snapshot(Side.A, resource)) {
                List<SnapshotColumn> columns = rows.schema().columns();
                while (rows.hasNext()) {
                    SnapshotRow row = rows.next();
                    if (row.tombstone()) {
                        continue;
                    }
                    Map<String, Object> ids = new LinkedHashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        if (columns.get(i).role() == ColumnRole.IDENTIFIER) {
                            ids.put(columns.get(i).name(), row.values().get(i));
                        }
                    }
                    byUid.put(row.sourceId(), ids);
                }
            }
        }
        return byKind;
    }
}
