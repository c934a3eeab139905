package io.infrasync.core.domain.run;

/**
 * The name of a sync ({@code config.yml} {@code name}), which is also its folder in the cache.
 *
 * @param value one safe path segment: not empty, not {@code .} or {@code ..}, no separators or control characters
 */
public record SyncName(String value) {

    public SyncName {
        PathSegment.require(value, "sync name");
    }

    /** Validates and wraps {@code value}; throws {@link IllegalArgumentException} naming the problem. */
    public static SyncName of(String value) {
        return new SyncName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
