package io.infrasync.core.domain.run;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Rows per resource, as kept in {@code last-successful-rowcounts.json} (the baseline of the row-count guardrail).
 *
 * @param byResource row count by resource name, sorted, never negative
 */
public record RowCounts(Map<String, Long> byResource) {

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

    /** The count recorded for {@code resource}, if any. */
    public OptionalLong get(String resource) {
        Long count = byResource.get(resource);
        return count == null ? OptionalLong.empty() : OptionalLong.of(count);
    }
}
