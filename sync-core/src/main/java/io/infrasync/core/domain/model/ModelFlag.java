package io.infrasync.core.domain.model;

import java.util.EnumSet;
import java.util.Set;

/** Per-object flags (diffsync's {@code DiffSyncModelFlags}), with the original's bit values. */
public enum ModelFlag {
    /** Diff: skip this object (on either side) and its whole subtree. */
    IGNORE(1),
    /** Sync, read on the destination object: delete only the parent; children leave the store silently. */
    SKIP_CHILDREN_ON_DELETE(2),
    /** Diff, read on the source object: do not create it when it has no destination counterpart. */
    SKIP_UNMATCHED_SRC(4),
    /** Diff, read on the destination object: do not delete it when it has no source counterpart. */
    SKIP_UNMATCHED_DST(8),
    /** Sync, read on the destination object: when deleting it, delete its children first. */
    NATURAL_DELETION_ORDER(16);

    /** Both SKIP_UNMATCHED flags (the original's value 12). */
    public static final Set<ModelFlag> SKIP_UNMATCHED_BOTH = Set.copyOf(EnumSet.of(SKIP_UNMATCHED_SRC, SKIP_UNMATCHED_DST));

    private final int bit;

    ModelFlag(int bit) {
        this.bit = bit;
    }

    /** The original's numeric value. */
    public int bit() {
        return bit;
    }

    /** The bit mask of a set of flags. */
    public static int mask(Iterable<ModelFlag> flags) {
        int mask = 0;
        for (ModelFlag flag : flags) {
            mask |= flag.bit;
        }
        return mask;
    }

    /** The flags of a bit mask. */
    public static Set<ModelFlag> fromMask(int mask) {
        EnumSet<ModelFlag> set = EnumSet.noneOf(ModelFlag.class);
        for (ModelFlag flag : values()) {
            if ((mask & flag.bit) != 0) {
                set.add(flag);
            }
        }
        return set;
    }
}
