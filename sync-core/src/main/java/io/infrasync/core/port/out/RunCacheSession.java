package io.infrasync.core.port.out;

import io.infrasync.core.domain.run.LockHolder;
import io.infrasync.core.domain.run.PruneReport;
import io.infrasync.core.domain.run.RetentionPolicy;
import io.infrasync.core.domain.run.RowCounts;
import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.RunMode;
import io.infrasync.core.domain.run.SyncName;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A sync's cache while this process holds its {@code .lock}. Close it (try-with-resources) to release the lock.
 * Not meant to be shared between concurrent runs; its writers may be used from several threads, one sink per thread.
 */
public interface RunCacheSession extends AutoCloseable {

    /** The sync whose lock this session holds. */
    SyncName sync();

    /** The holder of a stale lock (its process is gone) that this session took over, if it did. */
    Optional<LockHolder> tookOverFrom();

    /**
     * Starts a new run with a fresh id ({@link io.infrasync.core.domain.run.RunId#generate generated} from
     * {@code startedAt}, never one that already has a folder) and writes {@code run.json} with status running.
     */
    RunCacheWriter newRun(RunMode mode, Instant startedAt);

    /**
     * Starts (or restarts, for {@code diff --run-id} and {@code apply}) the run {@code runId}: creates its folder
     * when needed, removes leftovers of an earlier crash, and writes {@code run.json} with status running.
     */
    RunCacheWriter startRun(RunId runId, RunMode mode, Instant startedAt);

    /** Replaces {@code last-successful-rowcounts.json} (only a successful {@code sync} should call this). */
    void writeLastSuccessfulRowCounts(RowCounts counts);

    /**
     * Deletes the runs {@code policy} selects as of {@code now}, except the latest applied run and the runs
     * started in this session.
     */
    PruneReport prune(RetentionPolicy policy, Instant now);

    /** The run folders this session started, for callers that want to report them. */
    Set<RunId> startedRuns();

    /** Releases the lock; open sinks of this session's writers are aborted. Idempotent. */
    @Override
    void close();
}
