package io.infrasync.core.mapping;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An insertion-ordered map in two arrays, for the few fields of one mapped object: a million objects with five
 * attributes each take about a third of the memory of {@code LinkedHashMap}s, which the garbage collector
 * otherwise copies around while the session holds them. Lookups scan the keys, as fast as hashing for so few.
 */
final class CompactMap<V> extends AbstractMap<String, V> {

    private String[] keys;
    private Object[] values;
    private int size;

    CompactMap(int expected) {
        keys = new String[Math.max(1, expected)];
        values = new Object[keys.length];
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
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int index = indexOf(key);
        return index >= 0 ? (V) values[index] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V put(String key, V value) {
        int index = indexOf(key);
        if (index >= 0) {
            V previous = (V) values[index];
            values[index] = value;
            return previous;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size++] = value;
        return null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V remove(Object key) {
        int index = indexOf(key);
        if (index < 0) {
            return null;
        }
        V previous = (V) values[index];
        System.arraycopy(keys, index + 1, keys, index, size - index - 1);
        System.arraycopy(values, index + 1, values, index, size - index - 1);
        size--;
        keys[size] = null;
        values[size] = null;
        return previous;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;
                    private boolean removable;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Entry<String, V> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        removable = true;
                        int index = next++;
                        return new SimpleImmutableEntry<>(keys[index], (V) values[index]);
                    }

                    @Override
                    public void remove() {
                        if (!removable) {
                            throw new IllegalStateException();
                        }
                        removable = false;
                        CompactMap.this.remove(keys[--next]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
