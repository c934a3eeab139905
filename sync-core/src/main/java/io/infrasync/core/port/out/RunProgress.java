package io.infrasync.core.port.out;

/**
 * Where a run reports what it is doing while it runs, so that a front end can draw progress bars or print
 * periodic log lines. The core never prints.
 *
 * <p>Implementations must be thread-safe: the source and destination sides load concurrently and report
 * from their own threads. Every method has a no-op default.
 */
public interface RunProgress {

    /** Reports nothing. */
    RunProgress NONE = new RunProgress() {
    };

    /** One stage of a run. */
    enum Stage {
        /** Reading and mapping the source side (A). */
        LOAD_SOURCE,
        /** Reading the destination side (B). */
        LOAD_DESTINATION,
        /** Computing the diff and writing the plan. */
        DIFF,
        /** Writing to the destination. */
        WRITE
    }

    /**
     * A resource of a stage starts.
     *
     * @param stage    the stage
     * @param resource the resource (an endpoint or kind)
     * @param total    how many items are expected, or {@code -1} when unknown
     */
    default void started(Stage stage, String resource, long total) {
    }

    /**
     * More items of a resource are done.
     *
     * @param stage    the stage
     * @param resource the resource
     * @param done     items done so far for this resource
     */
    default void advanced(Stage stage, String resource, long done) {
    }

    /**
     * A resource of a stage is done.
     *
     * @param stage    the stage
     * @param resource the resource
     * @param done     items done in total
     */
    default void finished(Stage stage, String resource, long done) {
    }

    /**
     * Something the operator should read at the normal log level.
     *
     * @param message one line
     */
    default void info(String message) {
    }

    /**
     * Something the operator should review (a skipped reference, a store setting ignored, ...).
     *
     * @param message one line
     */
    default void warning(String message) {
    }
}
