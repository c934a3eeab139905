package io.infrasync.core.domain.sync;

import java.util.EnumSet;
import java.util.Set;

/** Global flags of a diff or sync (diffsync's {@code DiffSyncFlags}), with the original's bit values. */
public enum DiffSyncFlag {
    /** Sync: an ObjectCrudException marks the element ERROR and the sync goes on with the next one. */
    CONTINUE_ON_FAILURE(1),
    /** Diff: source objects without a destination counterpart are skipped (nothing is created). */
    SKIP_UNMATCHED_SRC(2),
    /** Diff: destination objects without a source counterpart are skipped (nothing is deleted). */
    SKIP_UNMATCHED_DST(4),
    /** Sync: report unchanged elements to the observer too. */
    LOG_UNCHANGED_RECORDS(8);

    /** Both SKIP_UNMATCHED flags (the original's value 6). */
    public static final Set<DiffSyncFlag> SKIP_UNMATCHED_BOTH = Set.copyOf(EnumSet.of(SKIP_UNMATCHED_SRC, SKIP_UNMATCHED_DST));

    private final int bit;

    DiffSyncFlag(int bit) {
        this.bit = bit;
    }

    /** The original's numeric value. */
    public int bit() {
        return bit;
    }
}
