package io.infrasync.core.domain.run;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content of {@code run.json}: where a run stands and what it did.
 *
 * @param status          the lifecycle state
 * @param mode            the command that produced the run
 * @param summary         counts by name (for example {@code create}, {@code update}, {@code delete}, {@code errors}),
 *                        kept sorted by name
 * @param startedAt       when the run started
 * @param finishedAt      when it finished; {@code null} while it is pending or running
 * @param error           the one-line reason a failed run failed; {@code null} otherwise
 * @param fallbackReasons why parts of the run fell back from the incremental to the full path, in order
 * @param extraction      how each resource of each side was read (empty for runs that read nothing, such as apply)
 */
public record RunRecord(
        RunStatus status,
        RunMode mode,
        Map<String, Long> summary,
        Instant startedAt,
        Instant finishedAt,
        String error,
        List<String> fallbackReasons,
        ExtractionLog extraction) {

    public RunRecord {
        requireNonNull(extraction, "extraction is null");
        requireNonNull(status, "status is null");
        requireNonNull(mode, "mode is null");
        requireNonNull(startedAt, "startedAt is null");
        summary = Collections.unmodifiableMap(new TreeMap<>(requireNonNull(summary, "summary is null")));
        summary.forEach((name, count) -> requireNonNull(count, "summary count '" + name + "' is null"));
        fallbackReasons = List.copyOf(requireNonNull(fallbackReasons, "fallbackReasons is null"));
        if (status.isFinished() && finishedAt == null) {
            throw new IllegalArgumentException("a " + status.wireName() + " run needs finishedAt");
        }
        if (!status.isFinished() && finishedAt != null) {
            throw new IllegalArgumentException("a " + status.wireName() + " run has no finishedAt");
        }
    }

    /** A record without an extraction log (runs that read nothing, and run.json files written before it existed). */
    public RunRecord(RunStatus status, RunMode mode, Map<String, Long> summary, Instant startedAt, Instant finishedAt,
            String error, List<String> fallbackReasons) {
        this(status, mode, summary, startedAt, finishedAt, error, fallbackReasons, ExtractionLog.empty());
    }

    /** The record of a run that has just started. */
    public static RunRecord running(RunMode mode, Instant startedAt) {
        return new RunRecord(RunStatus.RUNNING, mode, Map.of(), startedAt, null, null, List.of());
    }

    /** This run, finished with {@code status} (dry-run, applied or failed) at {@code finishedAt}. */
    public RunRecord finished(RunStatus newStatus, Map<String, Long> newSummary, Instant at) {
        if (!newStatus.isFinished()) {
            throw new IllegalArgumentException("finished() needs dry-run, applied or failed (got " + newStatus.wireName() + ")");
        }
        return new RunRecord(newStatus, mode, newSummary, startedAt, requireNonNull(at, "finishedAt is null"), error,
                fallbackReasons, extraction);
    }

    /** This run, failed at {@code at} for {@code reason}. */
    public RunRecord failed(String reason, Instant at) {
        return new RunRecord(RunStatus.FAILED, mode, summary, startedAt, requireNonNull(at, "finishedAt is null"),
                requireNonNull(reason, "reason is null"), fallbackReasons, extraction);
    }

    /** This run with one more fallback reason appended. */
    public RunRecord withFallbackReason(String reason) {
        List<String> reasons = new ArrayList<>(fallbackReasons);
        reasons.add(requireNonNull(reason, "reason is null"));
        return new RunRecord(status, mode, summary, startedAt, finishedAt, error, reasons, extraction);
    }

    /** This run with its extraction log replaced by {@code log}. */
    public RunRecord withExtraction(ExtractionLog log) {
        return new RunRecord(status, mode, summary, startedAt, finishedAt, error, fallbackReasons, log);
    }
}
