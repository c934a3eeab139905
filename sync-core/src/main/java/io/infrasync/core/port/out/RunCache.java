package io.infrasync.core.port.out;

import io.infrasync.core.domain.run.RowCounts;
import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.RunInfo;
import io.infrasync.core.domain.run.RunStatus;
import io.infrasync.core.domain.run.SyncName;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The run cache: per sync, a lock, a row-count baseline and one folder per run holding both sides'
 * snapshots, the plan, the errors and the sidecars ({@code cursors.json}, {@code schema-sub-hash.txt},
 * {@code run.json}).
 *
 * <p>Writing needs a {@link RunCacheSession}, which holds the sync's lock for the whole run; reading does not.
 * Every method throws {@link RunCacheException} (one line, naming the file) when the cache cannot do its job.
 * Implementations are safe for concurrent use by several threads and processes.
 *
 * <p>A {@code sync} run, in the order that keeps {@code run.json} honest:
 * <pre>{@code
 * try (RunCacheSession session = cache.open(sync, RunCache.DEFAULT_LOCK_TIMEOUT)) {
 *     RunCacheWriter run = session.newRun(RunMode.SYNC, clock.instant());
 *     try (RunCacheSink<SnapshotRow> a = run.snapshot(Side.A, schema)) {   // one per kind and side,
 *         rows.forEach(a::write);                                          // from any thread
 *         a.commit();
 *     }
 *     try (RunCacheSink<PlanRow> plan = run.plan()) { ...; plan.commit(); }
 *     try (RunCacheSink<ErrorRow> errors = run.errors()) { ...; errors.commit(); }
 *     run.mergeCursors(cursors);
 *     run.writeSchemaSubHash(SchemaSubHash.compute(canonicalMappingAndSchema));
 *     run.writeRecord(record.finished(RunStatus.APPLIED, summary, clock.instant()));   // last
 *     session.writeLastSuccessfulRowCounts(counts);                                     // sync only
 * }
 * }</pre>
 */
public interface RunCache {

    /** How long the original waits for a sync's lock before giving up. */
    Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Takes the lock of {@code sync}, waiting up to {@code lockTimeout} for another run to release it.
     * A lock left behind by a dead process is taken over.
     *
     * @throws RunCacheException when the lock is still held after the timeout; the message names the holder's
     *                           pid and start time
     */
    RunCacheSession open(SyncName sync, Duration lockTimeout);

    /**
     * The runs of {@code sync}, oldest first: by the minute of the run id, then by {@code started_at} within a minute
     * (the rest of an id is random); empty when the sync has no cache yet.
     */
    List<RunInfo> runs(SyncName sync);

    /** The newest run of {@code sync} whose {@code run.json} status is one of {@code statuses}. */
    Optional<RunInfo> latestRun(SyncName sync, Set<RunStatus> statuses);

    /**
     * Opens an existing run for reading.
     *
     * @throws RunCacheException when the run folder does not exist
     */
    RunCacheReader reader(SyncName sync, RunId runId);

    /** {@code last-successful-rowcounts.json} of {@code sync}; empty when no sync has succeeded yet. */
    RowCounts lastSuccessfulRowCounts(SyncName sync);
}
