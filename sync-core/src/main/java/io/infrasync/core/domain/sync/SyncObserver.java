package io.infrasync.core.domain.sync;

/**
 * Receives the outcome of every element the sync attempts (and, with
 * {@link DiffSyncFlag#LOG_UNCHANGED_RECORDS}, of unchanged ones). Use it to log or to collect failures.
 */
@FunctionalInterface
public interface SyncObserver {

    /** An observer that ignores events. */
    SyncObserver NONE = event -> {
    };

    /** Called once per reported element, in sync order. */
    void onEvent(SyncEvent event);
}
