package io.infrasync.core.domain.sync;

/**
 * Progress of a run: stage {@code "diff"} once per processed object (current counts objects of both
 * sides, total is both datasets' sizes), stage {@code "sync"} once per successfully handled element
 * (total is the diff's size). Never called with an unchanged count.
 */
@FunctionalInterface
public interface ProgressCallback {

    /** A callback that ignores progress. */
    ProgressCallback NONE = (stage, current, total) -> {
    };

    /** Called at intervals with the stage name, the processed count and the total. */
    void progress(String stage, long current, long total);
}
