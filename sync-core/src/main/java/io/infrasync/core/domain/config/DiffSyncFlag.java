package io.infrasync.core.domain.config;

import java.util.Optional;
import java.util.Set;

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

    /** The engine flags this name stands for: none for {@code NONE}, both skips for {@code SKIP_UNMATCHED_BOTH}. */
    public Set<io.infrasync.core.domain.sync.DiffSyncFlag> engineFlags() {
        return switch (this) {
            case NONE -> Set.of();
            case CONTINUE_ON_FAILURE -> Set.of(io.infrasync.core.domain.sync.DiffSyncFlag.CONTINUE_ON_FAILURE);
            case SKIP_UNMATCHED_SRC -> Set.of(io.infrasync.core.domain.sync.DiffSyncFlag.SKIP_UNMATCHED_SRC);
            case SKIP_UNMATCHED_DST -> Set.of(io.infrasync.core.domain.sync.DiffSyncFlag.SKIP_UNMATCHED_DST);
            case SKIP_UNMATCHED_BOTH -> io.infrasync.core.domain.sync.DiffSyncFlag.SKIP_UNMATCHED_BOTH;
            case LOG_UNCHANGED_RECORDS -> Set.of(io.infrasync.core.domain.sync.DiffSyncFlag.LOG_UNCHANGED_RECORDS);
        };
    }

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
