package io.infrasync.core.port.in;

import io.infrasync.core.domain.run.RunId;
import java.time.Duration;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * How a run behaves: the command-line switches of {@code diff}, {@code sync} and {@code apply}.
 *
 * @param concurrentLoad    load source and destination at the same time ({@code --concurrent-load}, default)
 * @param fullExtract       read every record ({@code --full-extract}, default); {@code false} takes the warm path of seed
 *                          001 for each resource where its conditions hold, and records why where they do not
 * @param continueOnError   record per-object failures and go on ({@code --continue-on-error})
 * @param dryRun            compute and record everything but write nothing to the destination
 * @param parallel          write the kinds of one tier concurrently ({@code --parallel}, default)
 * @param allowRowcountDrop bypass the row-count guardrail ({@code --allow-rowcount-drop})
 * @param allowMassDelete   bypass the delete guardrail ({@code --allow-mass-delete})
 * @param runId             reuse this run id ({@code diff --run-id}); required by {@code apply}
 * @param branch            the destination (or source) branch given with {@code --branch}, part of what a warm read
 *                          checks it builds on
 * @param batchSize         operations per {@code Adapter.write} call, at least 1
 * @param lockTimeout       how long to wait for the sync's lock
 */
public record RunSettings(
        boolean concurrentLoad,
        boolean fullExtract,
        boolean continueOnError,
        boolean dryRun,
        boolean parallel,
        boolean allowRowcountDrop,
        boolean allowMassDelete,
        Optional<RunId> runId,
        Optional<String> branch,
        int batchSize,
        Duration lockTimeout) {

    /** The default batch size. */
    public static final int DEFAULT_BATCH_SIZE = 100;

    /** Validates. */
    public RunSettings {
        requireNonNull(runId, "runId is null");
        requireNonNull(branch, "branch is null");
        requireNonNull(lockTimeout, "lockTimeout is null");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
    }

    /** The defaults of the original: concurrent load, full extract, parallel tiers, 60 s lock timeout. */
    public static RunSettings defaults() {
        return new RunSettings(true, true, false, false, true, false, false, Optional.empty(), Optional.empty(),
                DEFAULT_BATCH_SIZE, Duration.ofSeconds(60));
    }

    /** @return a copy with {@code concurrentLoad} */
    public RunSettings withConcurrentLoad(boolean value) {
        return new RunSettings(value, fullExtract, continueOnError, dryRun, parallel, allowRowcountDrop, allowMassDelete, runId, branch, batchSize, lockTimeout);
    }

    /** @return a copy with {@code fullExtract} */
    public RunSettings withFullExtract(boolean value) {
        return new RunSettings(concurrentLoad, value, continueOnError, dryRun, parallel, allowRowcountDrop, allowMassDelete, runId, branch, batchSize, lockTimeout);
    }

    /** @return a copy with {@code continueOnError} */
    public RunSettings withContinueOnError(boolean value) {
        return new RunSettings(concurrentLoad, fullExtract, value, dryRun, parallel, allowRowcountDrop, allowMassDelete, runId, branch, batchSize, lockTimeout);
    }

    /** @return a copy with {@code dryRun} */
    public RunSettings withDryRun(boolean value) {
        return new RunSettings(concurrentLoad, fullExtract, continueOnError, value, parallel, allowRowcountDrop, allowMassDelete, runId, branch, batchSize, lockTimeout);
    }

    /** @return a copy with {@code parallel} */
    public RunSettings withParallel(boolean value) {
        return new RunSettings(concurrentLoad, fullExtract, continueOnError, dryRun, value, allowRowcountDrop, allowMassDelete, runId, branch, batchSize, lockTimeout);
    }

    /** @return a copy with {@code allowRowcountDrop} */
    public RunSettings withAllowRowcountDrop(boolean value) {
        return new RunSettings(concurrentLoad, fullExtract, continueOnError, dryRun, parallel, value, allowMassDelete, runId, branch, batchSize, lockTimeout);
    }

    /** @return a copy with {@code allowMassDelete} */
    public RunSettings withAllowMassDelete(boolean value) {
        return new RunSettings(concurrentLoad, fullExtract, continueOnError, dryRun, parallel, allowRowcountDrop, value, runId, branch, batchSize, lockTimeout);
    }

    /** @return a copy with {@code runId} */
    public RunSettings withRunId(RunId value) {
        return new RunSettings(concurrentLoad, fullExtract, continueOnError, dryRun, parallel, allowRowcountDrop, allowMassDelete, Optional.ofNullable(value), branch, batchSize, lockTimeout);
    }

    /** @return a copy with {@code branch} */
    public RunSettings withBranch(String value) {
        return new RunSettings(concurrentLoad, fullExtract, continueOnError, dryRun, parallel, allowRowcountDrop, allowMassDelete, runId, Optional.ofNullable(value), batchSize, lockTimeout);
    }

    /** @return a copy with {@code batchSize} */
    public RunSettings withBatchSize(int value) {
        return new RunSettings(concurrentLoad, fullExtract, continueOnError, dryRun, parallel, allowRowcountDrop, allowMassDelete, runId, branch, value, lockTimeout);
    }

    /** @return a copy with {@code lockTimeout} */
    public RunSettings withLockTimeout(Duration value) {
        return new RunSettings(concurrentLoad, fullExtract, continueOnError, dryRun, parallel, allowRowcountDrop, allowMassDelete, runId, branch, batchSize, value);
    }
}
