package io.infrasync.core.mapping;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A list over an array that nobody changes any more (null elements allowed, unlike {@code List.of}): the
 * session builds identifier values once per object and hands them to {@link MappedObject} without the
 * defensive copy a caller-supplied list needs.
 */
final class FrozenList extends AbstractList<Object> implements RandomAccess {

    private final Object[] elements;

    /** Takes ownership of {@code elements}: the caller must not keep or change the array. */
    FrozenList(Object[] elements) {
        this.elements = elements;
    }

    @Override
    public Object get(int index) {
        return elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }
}
