package io.infrasync.core.domain.sync;

import static java.util.Objects.requireNonNull;

import io.infrasync.core.domain.diff.Diff;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Options of a diff calculation.
 *
 * @param flags       global flags (only the SKIP_UNMATCHED ones affect a diff)
 * @param progress    progress callback (stage {@code "diff"})
 * @param diffFactory creates the result diff and every child diff
 */
public record DiffOptions(Set<DiffSyncFlag> flags, ProgressCallback progress, Supplier<? extends Diff> diffFactory) {

    public DiffOptions {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        requireNonNull(progress, "progress is null");
        requireNonNull(diffFactory, "diffFactory is null");
    }

    /** No flags, no progress, plain {@link Diff}. */
    public static DiffOptions defaults() {
        return new DiffOptions(Set.of(), ProgressCallback.NONE, Diff::new);
    }

    /** A copy with these flags. */
    public DiffOptions withFlags(Set<DiffSyncFlag> newFlags) {
        return new DiffOptions(newFlags, progress, diffFactory);
    }

    /** A copy with this progress callback. */
    public DiffOptions withProgress(ProgressCallback callback) {
        return new DiffOptions(flags, callback, diffFactory);
    }

    /** A copy with this diff factory. */
    public DiffOptions withDiffFactory(Supplier<? extends Diff> factory) {
        return new DiffOptions(flags, progress, factory);
    }
}
