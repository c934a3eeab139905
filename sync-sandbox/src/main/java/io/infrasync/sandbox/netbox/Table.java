package io.infrasync.sandbox.netbox;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The rows of one model, kept sorted by id so that a page of the unfiltered list is an index range
 * (no scan), with a map for detail lookups. Rows are immutable maps; a write replaces the row.
 * Not thread-safe: {@link NetboxStore} guards it.
 */
final class Table {

    private final ModelSpec spec;
    private final Map<Long, Map<String, Object>> rows = new HashMap<>();
    private long[] ids = new long[16];
    private int size;
    private long lastId;

    Table(ModelSpec spec) {
        this.spec = spec;
    }

    ModelSpec spec() {
        return spec;
    }

    int size() {
        return size;
    }

    long nextId() {
        return lastId + 1;
    }

    /** The id at a position in id order. */
    long idAt(int index) {
        return ids[index];
    }

    Map<String, Object> get(long id) {
        return rows.get(id);
    }

    /** The position of the first id greater than or equal to {@code id}. */
    int lowerBound(long id) {
        int found = Arrays.binarySearch(ids, 0, size, id);
        return found >= 0 ? found : -found - 1;
    }

    /** Inserts or replaces a row; ids given out of order (seeding) are placed in order. */
    void put(long id, Map<String, Object> row) {
        if (rows.put(id, row) == null) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            if (size == 0 || ids[size - 1] < id) {
                ids[size++] = id;
            } else {
                int at = lowerBound(id);
                System.arraycopy(ids, at, ids, at + 1, size - at);
                ids[at] = id;
                size++;
            }
        }
        lastId = Math.max(lastId, id);
    }

    void remove(long id) {
        if (rows.remove(id) != null) {
            int at = lowerBound(id);
            System.arraycopy(ids, at + 1, ids, at, size - at - 1);
            size--;
        }
    }

    Iterable<Map<String, Object>> rowsInIdOrder() {
        return () -> new java.util.Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public Map<String, Object> next() {
                return rows.get(ids[next++]);
            }
        };
    }
}
