package io.infrasync.core.domain.config;

/**
 * {@code incremental}.
 *
 * @param fullResyncEvery run a full extraction every this many runs; {@code 0} disables the cadence check,
 *                        {@code 1} means always full; default {@value #DEFAULT_FULL_RESYNC_EVERY}
 */
public record IncrementalConfig(int fullResyncEvery) {

    /** The original's default. */
    public static final int DEFAULT_FULL_RESYNC_EVERY = 10;

    public IncrementalConfig {
        if (fullResyncEvery < 0) {
            throw new IllegalArgumentException("fullResyncEvery must be >= 0, got " + fullResyncEvery);
        }
    }

    /** The defaults. */
    public static IncrementalConfig defaults() {
        return new IncrementalConfig(DEFAULT_FULL_RESYNC_EVERY);
    }
}
