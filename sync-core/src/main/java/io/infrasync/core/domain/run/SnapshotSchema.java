package io.infrasync.core.domain.run;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The shape of one resource's snapshot table ({@code A/<resource>.parquet} or {@code B/<resource>.parquet}).
 *
 * <p>The typed columns come first, in this order; every table then ends with the three engine columns
 * {@link #EXTRACT_TS}, {@link #SOURCE_ID} and {@link #TOMBSTONE}, which are not listed here.
 *
 * @param resource the kind name as declared in {@code schema_mapping[].name}; also the file name
 * @param columns  identifier and attribute columns, unique by name
 */
public record SnapshotSchema(String resource, List<SnapshotColumn> columns) {

    /** Engine column: when the row was extracted (UTC, nanoseconds). */
    public static final String EXTRACT_TS = "_extract_ts";
    /** Engine column: the object's unique id on its side. */
    public static final String SOURCE_ID = "_source_id";
    /** Engine column: whether the row marks a deleted object (skipped on rehydration). */
    public static final String TOMBSTONE = "_tombstone";

    public SnapshotSchema {
        PathSegment.require(resource, "resource name");
        if (resource.startsWith(".")) {
            throw new IllegalArgumentException("resource name must not start with '.' (got '" + resource + "')");
        }
        columns = List.copyOf(requireNonNull(columns, "columns of resource '" + resource + "' is null"));
        Set<String> seen = new HashSet<>();
        for (SnapshotColumn column : columns) {
            if (!seen.add(column.name())) {
                throw new IllegalArgumentException("resource '" + resource + "' has column '" + column.name() + "' twice");
            }
        }
    }

    /** The position of the column called {@code name}, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
