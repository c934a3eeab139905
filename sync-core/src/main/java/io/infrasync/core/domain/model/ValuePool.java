package io.infrasync.core.domain.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Deduplicates equal string values per field while loading, so that a million objects sharing a few
 * hundred distinct statuses, sites or roles hold a few hundred strings instead of a million copies
 * (JSON parsers create a new string for every occurrence).
 *
 * <p>Each field keeps at most {@code maxDistinctPerField} distinct values; once a field reaches that
 * bound (a high-cardinality field such as a serial number), new values pass through unpooled, so the
 * pool never costs more than a bounded amount of memory. Not thread-safe: one pool per loading thread.
 */
public final class ValuePool {

    private final int maxDistinctPerField;
    private final Map<String, Map<String, String>> pools = new HashMap<>();

    /** A pool keeping up to {@code maxDistinctPerField} distinct strings per field name. */
    public ValuePool(int maxDistinctPerField) {
        if (maxDistinctPerField < 0) {
            throw new IllegalArgumentException("maxDistinctPerField must be >= 0, got " + maxDistinctPerField);
        }
        this.maxDistinctPerField = maxDistinctPerField;
    }

    /** A pool with a bound of 4096 distinct strings per field. */
    public ValuePool() {
        this(4096);
    }

    /** Returns a pooled instance equal to {@code value} for strings; any other value is returned as is. */
    public Object intern(String field, Object value) {
        if (!(value instanceof String s)) {
            return value;
        }
        Map<String, String> pool = pools.computeIfAbsent(field, f -> new HashMap<>());
        String pooled = pool.get(s);
        if (pooled != null) {
            return pooled;
        }
        if (pool.size() < maxDistinctPerField) {
            pool.put(s, s);
        }
        return s;
    }

    /** The number of distinct strings pooled for a field. */
    public int distinct(String field) {
        Map<String, String> pool = pools.get(field);
        return pool == null ? 0 : pool.size();
    }
}
