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
    private final Map<String, Map<String, Object>> pools = new HashMap<>();

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

    /**
     * For a string, returns the shared storage form of an equal string (the first one seen, in the
     * compact form objects store); any other value is returned as is. The result is meant to be passed
     * straight to {@link ModelType#newObjectFromSlots} or {@link ModelType#newObject}: for strings it
     * may be an opaque array rather than a {@code String}.
     */
    public Object intern(String field, Object value) {
        if (!(value instanceof String s)) {
            return value;
        }
        Map<String, Object> pool = pools.computeIfAbsent(field, f -> new HashMap<>());
        Object pooled = pool.get(s);
        if (pooled != null) {
            return pooled;
        }
        if (pool.size() < maxDistinctPerField) {
            Object stored = Compact.pack(s);
            pool.put(s, stored);
            return stored;
        }
        return s;
    }

    /** The number of distinct strings pooled for a field. */
    public int distinct(String field) {
        Map<String, Object> pool = pools.get(field);
        return pool == null ? 0 : pool.size();
    }
}
