package io.infrasync.core.domain.model;

import io.infrasync.core.domain.value.PythonText;
import io.infrasync.core.domain.value.Values;
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
        return new ModelKey(parts.clone());
    }

    static ModelKey wrap(Object[] parts) {
        return new ModelKey(parts);
    }

    static int hashOf(Object[] parts) {
        int h = 1;
        for (Object part : parts) {
            h = 31 * h + Values.hash(part);
        }
        return h;
    }

    /** The identifier values in identifier order. */
    public List<Object> parts() {
        return Arrays.asList(parts.clone());
    }

    Object part(int index) {
        return parts[index];
    }

    int size() {
        return parts.length;
    }

    /** The original's unique id: each value as Python's {@code str()} renders it, joined with {@code "__"}. */
    public String render() {
        if (parts.length == 1 && parts[0] instanceof String s) {
            return s;
        }
        StringJoiner joiner = new StringJoiner("__");
        for (Object part : parts) {
            joiner.add(PythonText.str(part));
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
            if (!Values.equal(parts[i], key.parts[i])) {
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
