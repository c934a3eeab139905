package io.infrasync.core.engine;

import io.infrasync.core.port.in.DiffSync;

/** Creates the diff and sync engine. */
public final class DiffSyncFactory {

    private DiffSyncFactory() {
    }

    /** A stateless engine; one instance may serve any number of runs, also concurrently on distinct datasets. */
    public static DiffSync create() {
        return new DiffSyncEngine();
    }
}
