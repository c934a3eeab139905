package io.infrasync.core.domain.sync;

import io.infrasync.core.domain.diff.Diff;
import io.infrasync.core.domain.model.Dataset;
import java.util.Set;

/**
 * The original's {@code sync_complete} hook of the destination: called after a sync in which at least
 * one element with an action was attempted (even if it failed under continue-on-failure); not called
 * when nothing had to change or when an exception ended the sync. Typically used to flush bulk writes.
 */
@FunctionalInterface
public interface SyncCompleteListener {

    /** A listener that does nothing. */
    SyncCompleteListener NONE = (source, destination, diff, flags) -> {
    };

    /** Called once, after the sync, with the diff that was applied. */
    void syncComplete(Dataset source, Dataset destination, Diff diff, Set<DiffSyncFlag> flags);
}
