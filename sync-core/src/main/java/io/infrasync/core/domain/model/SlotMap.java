package io.infrasync.core.domain.model;

import io.infrasync.core.domain.value.JsonText;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map view over some slots of a value array, in the order of {@code slots}. Objects never
 * mutate a published value array (updates copy it), so a view is also a snapshot: this is how diff
 * elements keep the attribute values of the moment without copying them.
 */
final class SlotMap extends AbstractMap<String, Object> implements JsonText.OrderedMap {

    private final ModelType type;
    private final Object[] values;
    private final int[] slots; // the type's attribute slots or its identifier slots (declaration order)

    SlotMap(ModelType type, Object[] values, int[] slots) {
        this.type = type;
        this.values = values;
        this.slots = slots;
    }

    // Derived instead of stored: diffs hold millions of these views, 4 bytes each count.
    private java.util.List<String> names() {
        return slots == type.attributeSlots() ? type.attributes() : type.identifiersInDeclarationOrder();
    }

    ModelType type() {
        return type;
    }

    Object[] slotValues() {
        return values;
    }

    int[] slots() {
        return slots;
    }

    @Override
    public int size() {
        return slots.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : Compact.unpack(values[slots[i]]);
    }

    private int indexOf(Object key) {
        if (!(key instanceof String field)) {
            return -1;
        }
        int slot = type.slotOf(field);
        if (slot < 0) {
            return -1;
        }
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] == slot) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < slots.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= slots.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names().get(i), Compact.unpack(values[slots[i]]));
                    }
                };
            }

            @Override
            public int size() {
                return slots.length;
            }
        };
    }
}
