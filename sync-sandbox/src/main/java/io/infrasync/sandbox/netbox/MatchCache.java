package io.infrasync.sandbox.netbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The matching ids of the last few filtered list queries (keyed by endpoint and every parameter but
 * {@code limit}/{@code offset}), valid for one data generation: a client paging through a filtered
 * list costs one scan, not one per page. Thread-safe.
 */
final class MatchCache {

    private final int capacity;
    private final Map<String, long[]> entries;
    private long generation = -1;

    MatchCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
                return size() > MatchCache.this.capacity;
            }
        };
    }

    synchronized long[] get(long currentGeneration, String key) {
        if (currentGeneration != generation) {
            entries.clear();
            generation = currentGeneration;
            return null;
        }
        return entries.get(key);
    }

    synchronized void put(long currentGeneration, String key, long[] ids) {
        if (currentGeneration == generation) {
            entries.put(key, ids);
        }
    }
}
