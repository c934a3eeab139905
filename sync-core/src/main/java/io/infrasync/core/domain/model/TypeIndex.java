package io.infrasync.core.domain.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The objects of one type in insertion order, hash-indexed by their key tuple without a key object
 * or map entry per object: an insertion-ordered object array plus an open-addressing table of
 * indexes into it (linear probing, load factor at most 1/2). About 12 bytes per object instead of
 * the ~50 of a LinkedHashMap entry with a key object. Removal leaves a hole that compaction reclaims.
 */
final class TypeIndex {

    private static final int EMPTY = 0;
    private static final int DELETED = -1;

    private ModelObject[] entries = new ModelObject[8];
    private int end;
    private int live;
    private int[] table = new int[16];
    private int usedSlots; // EMPTY slots turned into something (live or DELETED)

    int size() {
        return live;
    }

    ModelObject find(ModelKey key) {
        int mask = table.length - 1;
        for (int i = spread(key.hashCode()) & mask; ; i = (i + 1) & mask) {
            int t = table[i];
            if (t == EMPTY) {
                return null;
            }
            if (t > 0 && entries[t - 1].hasKey(key)) {
                return entries[t - 1];
            }
        }
    }

    /**
     * Visits {@code (object, match)} for each object of {@code mine} in order, where match is this
     * index's object with the same key or null, then {@code (null, object)} for this index's objects
     * that matched nothing, in order. One probe per object of {@code mine}; unmatched objects are
     * found through a bit set over entry positions instead of a second round of probes.
     */
    void pairWith(TypeIndex mine, java.util.function.BiConsumer<ModelObject, ModelObject> visitor) {
        java.util.BitSet matched = new java.util.BitSet(end);
        if (mine != null) {
            for (int i = 0; i < mine.end; i++) {
                ModelObject object = mine.entries[i];
                if (object == null) {
                    continue;
                }
                int slot = slotOf(object);
                ModelObject match = null;
                if (slot >= 0) {
                    int index = table[slot] - 1;
                    matched.set(index);
                    match = entries[index];
                }
                visitor.accept(object, match);
            }
        }
        for (int i = matched.nextClearBit(0); i < end; i = matched.nextClearBit(i + 1)) {
            if (entries[i] != null) {
                visitor.accept(null, entries[i]);
            }
        }
    }

    ModelObject findSameKey(ModelObject probe) {
        return entries.length == 0 ? null : slotValue(slotOf(probe));
    }

    private ModelObject slotValue(int slot) {
        return slot < 0 ? null : entries[table[slot] - 1];
    }

    private int slotOf(ModelObject probe) {
        int mask = table.length - 1;
        for (int i = spread(probe.keyHash()) & mask; ; i = (i + 1) & mask) {
            int t = table[i];
            if (t == EMPTY) {
                return -1;
            }
            if (t > 0 && entries[t - 1].sameKey(probe)) {
                return i;
            }
        }
    }

    /** Adds an object whose key is known to be absent. */
    void insert(ModelObject object) {
        if (end == entries.length) {
            if (live < end / 2) {
                rebuild(table.length);
            } else {
                entries = java.util.Arrays.copyOf(entries, entries.length + (entries.length >> 1) + 1);
            }
        }
        if ((usedSlots + 1) * 2 > table.length) {
            rebuild(tableSizeFor(live + 1));
        }
        entries[end] = object;
        end++;
        live++;
        int mask = table.length - 1;
        for (int i = spread(object.keyHash()) & mask; ; i = (i + 1) & mask) {
            if (table[i] <= 0) {
                if (table[i] == EMPTY) {
                    usedSlots++;
                }
                table[i] = end;
                return;
            }
        }
    }

    /** Replaces the object stored under the same key, keeping its position; returns false if absent. */
    boolean replace(ModelObject object) {
        int slot = slotOf(object);
        if (slot < 0) {
            return false;
        }
        entries[table[slot] - 1] = object;
        return true;
    }

    /** Removes the object stored under the same key as {@code object}; returns it, or null if absent. */
    ModelObject remove(ModelObject object) {
        int slot = slotOf(object);
        if (slot < 0) {
            return null;
        }
        int index = table[slot] - 1;
        ModelObject removed = entries[index];
        entries[index] = null;
        table[slot] = DELETED;
        live--;
        return removed;
    }

    List<ModelObject> all() {
        List<ModelObject> result = new ArrayList<>(live);
        for (int i = 0; i < end; i++) {
            if (entries[i] != null) {
                result.add(entries[i]);
            }
        }
        return result;
    }

    private void rebuild(int tableSize) {
        ModelObject[] compact = new ModelObject[Math.max(8, live + (live >> 1) + 1)];
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (entries[i] != null) {
                compact[n++] = entries[i];
            }
        }
        entries = compact;
        end = n;
        table = new int[Math.max(tableSize, tableSizeFor(n))];
        usedSlots = n;
        int mask = table.length - 1;
        for (int e = 0; e < n; e++) {
            int i = spread(entries[e].keyHash()) & mask;
            while (table[i] != EMPTY) {
                i = (i + 1) & mask;
            }
            table[i] = e + 1;
        }
    }

    // Smallest power of two with load factor <= 1/2 for n entries, growing geometrically.
    private static int tableSizeFor(int n) {
        int size = 16;
        while (size < n * 2 + 2) {
            size <<= 1;
        }
        return size;
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
