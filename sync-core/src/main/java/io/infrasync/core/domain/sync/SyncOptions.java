package io.infrasync.core.domain.sync;

import static java.util.Objects.requireNonNull;

import io.infrasync.core.domain.diff.Diff;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Options of a sync.
 *
 * @param flags        global flags
 * @param progress     progress callback (stage {@code "diff"} while diffing, then {@code "sync"})
 * @param diffFactory  the diff class to compute with; when {@code diff} is given, it must be an instance
 *                     of what this factory creates (else DiffClassMismatchException), unless the factory
 *                     is the default
 * @param diff         a precomputed diff to apply, or null to compute one (an empty diff also triggers
 *                     a fresh calculation, as in the original)
 * @param observer     receives per-element outcomes
 * @param onComplete   the destination's sync-complete hook
 */
public record SyncOptions(Set<DiffSyncFlag> flags, ProgressCallback progress, Supplier<? extends Diff> diffFactory,
        Diff diff, SyncObserver observer, SyncCompleteListener onComplete) {

    public SyncOptions {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        requireNonNull(progress, "progress is null");
        requireNonNull(observer, "observer is null");
        requireNonNull(onComplete, "onComplete is null");
    }

    /** No flags, no callbacks, computes a plain {@link Diff}. */
    public static SyncOptions defaults() {
        return new SyncOptions(Set.of(), ProgressCallback.NONE, null, null, SyncObserver.NONE, SyncCompleteListener.NONE);
    }

    /** A copy with these flags. */
    public SyncOptions withFlags(Set<DiffSyncFlag> newFlags) {
        return new SyncOptions(newFlags, progress, diffFactory, diff, observer, onComplete);
    }

    /** A copy with this progress callback. */
    public SyncOptions withProgress(ProgressCallback callback) {
        return new SyncOptions(flags, callback, diffFactory, diff, observer, onComplete);
    }

    /** A copy with this diff factory (the original's {@code diff_class}). */
    public SyncOptions withDiffFactory(Supplier<? extends Diff> factory) {
        return new SyncOptions(flags, progress, factory, diff, observer, onComplete);
    }

    /** A copy that applies this precomputed diff. */
    public SyncOptions withDiff(Diff precomputed) {
        return new SyncOptions(flags, progress, diffFactory, precomputed, observer, onComplete);
    }

    /** A copy with this observer. */
    public SyncOptions withObserver(SyncObserver newObserver) {
        return new SyncOptions(flags, progress, diffFactory, diff, newObserver, onComplete);
    }

    /** A copy with this sync-complete hook. */
    public SyncOptions withOnComplete(SyncCompleteListener listener) {
        return new SyncOptions(flags, progress, diffFactory, diff, observer, listener);
    }

    /** The diff options a sync uses when it computes its diff. */
    public DiffOptions diffOptions() {
        return new DiffOptions(flags, progress, diffFactory == null ? Diff::new : diffFactory);
    }
}
