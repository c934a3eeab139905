package io.infrasync.core.port.in;

import io.infrasync.core.domain.run.ErrorRow;
import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.RunMode;
import io.infrasync.core.domain.run.RunStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What a finished run did.
 *
 * @param runId   the run's id (its cache folder)
 * @param mode    diff, sync or apply
 * @param status  {@code dry-run} (diff, dry runs), {@code applied}, or {@code failed} (a write failed without
 *                {@code --continue-on-error}, or the source could not be mapped)
 * @param summary counts: {@code create}, {@code update}, {@code delete}, {@code no-change} of the plan, then
 *                {@code created}, {@code updated}, {@code deleted} written and {@code errors}
 * @param errors  the per-object errors, as recorded in {@code errors.parquet}
 * @param failure why the run failed, when it did
 * @param notices things the operator should know (fallbacks, guardrail bypasses)
 */
public record RunOutcome(
        RunId runId,
        RunMode mode,
        RunStatus status,
        Map<String, Long> summary,
        List<ErrorRow> errors,
        Optional<String> failure,
        List<String> notices) {

    /** Validates and copies. */
    public RunOutcome {
        requireNonNull(runId, "runId is null");
        requireNonNull(mode, "mode is null");
        requireNonNull(status, "status is null");
        summary = Map.copyOf(summary);
        errors = List.copyOf(errors);
        requireNonNull(failure, "failure is null");
        notices = List.copyOf(notices);
    }

    /** The planned changes: creates + updates + deletes. */
    public long plannedChanges() {
        return count("create") + count("update") + count("delete");
    }

    /**
     * One summary count.
     *
     * @param key a summary key
     * @return the count, 0 when absent
     */
    public long count(String key) {
        return summary.getOrDefault(key, 0L);
    }
}
