package io.infrasync.core.mapping;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * An insertion-ordered map that nobody can change any more: the session hands over maps it built and drops,
 * so {@link MappedObject} can keep them without a defensive copy (one per object adds up over millions).
 * Only this package can create one.
 */
final class FrozenMap<V> extends AbstractMap<String, V> {

    private final Map<String, V> delegate;

    /** Takes ownership of {@code map}: the caller must not keep or change it. */
    FrozenMap(Map<String, V> map) {
        this.delegate = map;
    }

    @Override
    public V get(Object key) {
        return delegate.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return delegate.containsKey(key);
    }

    @Override
    public int size() {
        return delegate.size();
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return Collections.unmodifiableMap(delegate).entrySet();
    }
}
