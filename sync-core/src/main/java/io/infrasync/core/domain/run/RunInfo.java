package io.infrasync.core.domain.run;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One run folder as listed by the cache.
 *
 * @param runId   the run
 * @param record  its {@code run.json}, or {@code null} when missing or unreadable
 * @param problem why {@code record} is {@code null} (a one-line message naming the file); {@code null} otherwise
 */
public record RunInfo(RunId runId, RunRecord record, String problem) {

    public RunInfo {
        requireNonNull(runId, "runId is null");
        if ((record == null) == (problem == null)) {
            throw new IllegalArgumentException("run " + runId + " needs either a record or a problem");
        }
    }

    /** The status, when {@code run.json} could be read. */
    public Optional<RunStatus> status() {
        return Optional.ofNullable(record).map(RunRecord::status);
    }
}
