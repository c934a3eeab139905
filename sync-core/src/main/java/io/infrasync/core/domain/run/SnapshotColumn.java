package io.infrasync.core.domain.run;

import static java.util.Objects.requireNonNull;

/**
 * One typed column of a snapshot table.
 *
 * @param name the identifier or attribute name; must not start with {@code _} (reserved for engine columns)
 * @param type the column type
 * @param role identifier or attribute
 */
public record SnapshotColumn(String name, ColumnType type, ColumnRole role) {

    public SnapshotColumn {
        requireNonNull(name, "column name is null");
        requireNonNull(type, "type of column '" + name + "' is null");
        requireNonNull(role, "role of column '" + name + "' is null");
        if (name.isEmpty() || name.startsWith("_")) {
            throw new IllegalArgumentException("snapshot column name must be non-empty and must not start with '_'"
                    + " (reserved for _extract_ts, _source_id, _tombstone): '" + name + "'");
        }
    }

    /** An identifier column. */
    public static SnapshotColumn identifier(String name, ColumnType type) {
        return new SnapshotColumn(name, type, ColumnRole.IDENTIFIER);
    }

    /** An attribute column. */
    public static SnapshotColumn attribute(String name, ColumnType type) {
        return new SnapshotColumn(name, type, ColumnRole.ATTRIBUTE);
    }
}
