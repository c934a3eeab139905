package io.infrasync.core.domain.run;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One loaded object in a snapshot table.
 *
 * @param sourceId  the object's unique id on its side ({@code _source_id})
 * @param extractTs when it was extracted ({@code _extract_ts})
 * @param tombstone whether the row marks a deleted object ({@code _tombstone})
 * @param values    one value per {@link SnapshotSchema#columns() schema column}, in that order; {@code null} for
 *                  an absent value
 */
public record SnapshotRow(String sourceId, Instant extractTs, boolean tombstone, List<Object> values) {

    public SnapshotRow {
        requireNonNull(sourceId, "sourceId is null");
        requireNonNull(extractTs, "extractTs of '" + sourceId + "' is null");
        // List.copyOf refuses nulls, and absent values are null here.
        values = Collections.unmodifiableList(new ArrayList<>(requireNonNull(values, "values of '" + sourceId + "' is null")));
    }

    /** A live (not tombstoned) row. */
    public static SnapshotRow of(String sourceId, Instant extractTs, List<Object> values) {
        return new SnapshotRow(sourceId, extractTs, false, values);
    }
}
