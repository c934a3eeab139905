package io.infrasync.core.domain.config;

import java.util.Optional;

/**
 * The global flags of diffsync's {@code DiffSyncFlags} that {@code diffsync_flags} may name. The original
 * accepts any member name, more than its docs list; so do we.
 */
public enum DiffSyncFlag {
    NONE,
    CONTINUE_ON_FAILURE,
    SKIP_UNMATCHED_SRC,
    SKIP_UNMATCHED_DST,
    SKIP_UNMATCHED_BOTH,
    LOG_UNCHANGED_RECORDS;

    /** The flag with this exact name, if any (names are case-sensitive, as in Python). */
    public static Optional<DiffSyncFlag> byName(String name) {
        for (DiffSyncFlag flag : values()) {
            if (flag.name().equals(name)) {
                return Optional.of(flag);
            }
        }
        return Optional.empty();
    }
}
