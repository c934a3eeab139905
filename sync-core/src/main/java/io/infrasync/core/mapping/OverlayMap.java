package io.infrasync.core.mapping;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A record with a few keys replaced, without copying the record: transforms write their results here,
 * and reads see them first. Iteration (rare: a template iterating over the whole record) materializes a copy.
 */
final class OverlayMap extends AbstractMap<String, Object> {

    private final Map<String, Object> base;
    // Transforms mostly replace one key: scanning a tiny array beats hashing into a HashMap.
    private String[] keys = new String[1];
    private Object[] values = new Object[1];
    private int size;

    OverlayMap(Map<String, Object> base) {
        this.base = base;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Object get(Object key) {
        int index = indexOf(key);
        return index >= 0 ? values[index] : base.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0 || base.containsKey(key);
    }

    @Override
    public Object put(String key, Object value) {
        int index = indexOf(key);
        if (index >= 0) {
            Object previous = values[index];
            values[index] = value;
            return previous;
        }
        if (size == keys.length) {
            keys = java.util.Arrays.copyOf(keys, size * 2);
            values = java.util.Arrays.copyOf(values, size * 2);
        }
        Object previous = base.get(key);
        keys[size] = key;
        values[size++] = value;
        return previous;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        for (int i = 0; i < size; i++) {
            merged.put(keys[i], values[i]);
        }
        return merged.entrySet();
    }
}
