package io.infrasync.core.domain.run;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Rows per resource, as kept in {@code last-successful-rowcounts.json} (the baseline of the row-count guardrail).
 *
 * @param byResource row count by resource name, sorted, never negative
 */
public record RowCounts(Map<String, Long> byResource) {

    /** The original's guardrail threshold: a resource may not shrink below half of its last successful count. */
    public static final double DEFAULT_DROP_THRESHOLD = 0.5;

    public RowCounts {
        requireNonNull(byResource, "byResource is null");
        TreeMap<String, Long> sorted = new TreeMap<>();
        byResource.forEach((resource, count) -> {
            requireNonNull(resource, "resource is null");
            requireNonNull(count, "row count of '" + resource + "' is null");
            if (count < 0) {
                throw new IllegalArgumentException("row count of '" + resource + "' is negative: " + count);
            }
            sorted.put(resource, count);
        });
        byResource = Collections.unmodifiableMap(sorted);
    }

    /** No baseline at all. */
    public static RowCounts empty() {
        return new RowCounts(Map.of());
    }

    /**
     * The resources of {@code current} that dropped below {@code threshold} of this baseline, sorted by name. As in
     * the original, a resource absent from the baseline, or recorded there as 0, has nothing to compare with and
     * passes; a resource absent from {@code current} is not checked.
     */
    public List<RowCountDrop> dropsTo(RowCounts current, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("row-count drop threshold must be in (0, 1] (got " + threshold + ")");
        }
        List<RowCountDrop> drops = new ArrayList<>();
        current.byResource.forEach((resource, count) -> {
            Long previous = byResource.get(resource);
            if (previous != null && previous > 0 && (double) count / previous < threshold) {
                drops.add(new RowCountDrop(resource, previous, count));
            }
        });
        return List.copyOf(drops);
    }

    /** The count recorded for {@code resource}, if any. */
    public OptionalLong get(String resource) {
        Long count = byResource.get(resource);
        return count == null ? OptionalLong.empty() : OptionalLong.of(count);
    }
}
