package io.infrasync.cache;

import java.nio.file.Path;

/**
 * Called at each step of an atomic write. Production code uses {@link #NONE}; crash-safety tests inject a hook
 * that kills the process (or throws) at a chosen step, to prove that no step leaves a torn file behind.
 */
@FunctionalInterface
interface WriteHook {

    /** The steps of publishing one file. */
    enum Step {
        /** The temporary file is complete but not yet forced to disk. */
        TEMP_WRITTEN,
        /** The temporary file is on disk, not yet renamed. */
        TEMP_SYNCED,
        /** The file is renamed into place (the directory entry is not yet forced). */
        RENAMED
    }

    WriteHook NONE = (step, target) -> { };

    void at(Step step, Path target);
}
