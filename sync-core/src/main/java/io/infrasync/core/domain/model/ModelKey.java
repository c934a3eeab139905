package io.infrasync.core.domain.model;

import io.infrasync.core.domain.value.PythonText;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;

/**
 * The collision-free unique key of an object within its type: the tuple of its identifier values in
 * the descriptor's identifier order. Two different tuples are never equal, unlike the original's
 * {@code "__"}-joined strings ({@code ("x__y","z")} and {@code ("x","y__z")} both give {@code x__y__z}).
 * {@link #render()} gives that joined form for display.
 */
public final class ModelKey {

    private final Object[] parts;
    private final int hash;

    private ModelKey(Object[] parts) {
        this.parts = parts;
        this.hash = hashOf(parts);
    }

    /** A key from identifier values in identifier order. */
    public static ModelKey of(Object... parts) {
        Object[] stored = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            stored[i] = Compact.pack(parts[i]);
        }
        return new ModelKey(stored);
    }

    /** Wraps values already in storage form (see {@link Compact}); the array is not copied. */
    static ModelKey wrap(Object[] storedParts) {
        return new ModelKey(storedParts);
    }

    // Same formula as ModelObject's key hash, so keys and objects probe the same index slots.
    static int hashOf(Object[] storedParts) {
        int h = 1;
        for (Object part : storedParts) {
            h = 31 * h + Compact.hash(part);
        }
        return h;
    }

    /** The identifier values in identifier order. */
    public List<Object> parts() {
        Object[] values = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Compact.unpack(parts[i]);
        }
        return Arrays.asList(values);
    }

    /** The stored form of one part (see {@link Compact}). */
    Object part(int index) {
        return parts[index];
    }

    int size() {
        return parts.length;
    }

    /** The original's unique id: each value as Python's {@code str()} renders it, joined with {@code "__"}. */
    public String render() {
        StringJoiner joiner = new StringJoiner("__");
        for (Object part : parts) {
            joiner.add(PythonText.str(Compact.unpack(part)));
        }
        return joiner.toString();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ModelKey key) || key.hash != hash || key.parts.length != parts.length) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!Compact.equal(parts[i], key.parts[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** The rendered unique id. */
    @Override
    public String toString() {
        return render();
    }
}
