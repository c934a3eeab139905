package io.infrasync.core.port.in;

import io.infrasync.core.domain.run.RunId;
import java.time.Duration;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * How a run behaves: the command-line switches of {@code diff}, {@code sync} and {@code apply}.
 *
 * @param concurrentLoad    load source and destination at the same time ({@code --concurrent-load}, default)
 * @param fullExtract       read every record ({@code --full-extract}, default); incremental reads are not
 *                          implemented yet, so {@code false} falls back to a full extract and says so in
 *                          {@code run.json}
 * @param continueOnError   record per-object failures and go on ({@code --continue-on-error})
 * @param dryRun            compute and record everything but write nothing to the destination
 * @param parallel          write the kinds of one tier concurrently ({@code --parallel}, default)
 * @param allowRowcountDrop bypass the row-count guardrail ({@code --allow-rowcount-drop})
 * @param runId             reuse this run id ({@code diff --run-id}); required by {@code apply}
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
        Optional<RunId> runId,
        int batchSize,
        Duration lockTimeout) {

    /** The default batch size. */
    public static final int DEFAULT_BATCH_SIZE = 100;

    /** Validates. */
    public RunSettings {
        requireNonNull(runId, "runId is null");
        requireNonNull(lockTimeout, "lockTimeout is null");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
        }
    }

    /** The defaults of the original: concurrent load, full extract, parallel tiers, 60 s lock timeout. */
    public static RunSettings defaults() {
        return new RunSettings(true, true, false, false, true, false, Optional.empty(), DEFAULT_BATCH_SIZE,
                Duration.ofSeconds(60));
    }

    /** @return a copy with {@code concurrentLoad} */
    public RunSettings withConcurrentLoad(boolean value) {
        return new RunSettings(value, fullExtract, continueOnError, dryRun, parallel, allowRowcountDrop, runId, batchSize,
                lockTimeout);
    }

    /** @return a copy with {@code fullExtract} */
    public RunSettings withFullExtract(boolean value) {
        return new RunSettings(concurrentLoad, value, continueOnError, dryRun, parallel, allowRowcountDrop, runId, batchSize,
                lockTimeout);
    }

    /** @return a copy with {@code continueOnError} */
    public RunSettings withContinueOnError(boolean value) {
        return new RunSettings(concurrentLoad, fullExtract, value, dryRun, parallel, allowRowcountDrop, runId, batchSize,
                lockTimeout);
    }

    /** @return a copy with {@code dryRun} */
    public RunSettings withDryRun(boolean value) {
        return new RunSettings(concurrentLoad, fullExtract, continueOnError, value, parallel, allowRowcountDrop, runId,
                batchSize, lockTimeout);
    }

    /** @return a copy with {@code parallel} */
    public RunSettings withParallel(boolean value) {
        return new RunSettings(concurrentLoad, fullExtract, continueOnError, dryRun, value, allowRowcountDrop, runId,
                batchSize, lockTimeout);
    }

    /** @return a copy with {@code allowRowcountDrop} */
    public RunSettings withAllowRowcountDrop(boolean value) {
        return new RunSettings(concurrentLoad, fullExtract, continueOnError, dryRun, parallel, value, runId, batchSize,
                lockTimeout);
    }

    /** @return a copy with {@code runId} */
    public RunSettings withRunId(RunId value) {
        return new RunSettings(concurrentLoad, fullExtract, continueOnError, dryRun, parallel, allowRowcountDrop,
                Optional.ofNullable(value), batchSize, lockTimeout);
    }

    /** @return a copy with {@code batchSize} */
    public RunSettings withBatchSize(int value) {
        return new RunSettings(concurrentLoad, fullExtract, continueOnError, dryRun, parallel, allowRowcountDrop, runId, value,
                lockTimeout);
    }

    /** @return a copy with {@code lockTimeout} */
    public RunSettings withLockTimeout(Duration value) {
        return new RunSettings(concurrentLoad, fullExtract, continueOnError, dryRun, parallel, allowRowcountDrop, runId,
                batchSize, value);
    }
}
