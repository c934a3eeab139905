package io.infrasync.core.engine.run;

import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.RunInfo;
import io.infrasync.core.domain.run.RunRecord;
import io.infrasync.core.domain.run.RunStatus;
import io.infrasync.core.domain.run.SchemaSubHash;
import io.infrasync.core.domain.run.SyncName;
import io.infrasync.core.port.out.RunCache;
import io.infrasync.core.port.out.RunCacheException;
import io.infrasync.core.port.out.RunCacheReader;
import java.util.Comparator;
import java.util.Optional;

/**
 * The earlier run a warm read builds on: the newest run of the sync that finished as applied or dry-run (seed
 * 001, condition 1) and whose schema sub-hash equals this run's (condition 2); or why there is none.
 *
 * @param reader  the run's files, when it is usable
 * @param runId   its id, when there is one
 * @param record  its {@code run.json}, when it is usable
 * @param problem why no run is usable; {@code null} when one is
 */
record Baseline(RunCacheReader reader, RunId runId, RunRecord record, String problem) {

    static Baseline find(RunCache cache, SyncName sync, RunId current, SchemaSubHash schemaNow) {
        // Run ids sort by minute only (the rest is random), so the newest run is found by when it finished.
        Optional<RunInfo> newest = cache.runs(sync).stream()
                .filter(run -> !run.runId().equals(current)) // the run being (re)started: its files are being replaced
                .filter(run -> run.status().filter(RunStatus::isSuccessful).isPresent())
                .max(Comparator.comparing((RunInfo run) -> run.record().finishedAt())
                        .thenComparing(run -> run.record().startedAt())
                        .thenComparing(run -> run.runId().value()));
        if (newest.isEmpty()) {
            return none(null, "no earlier applied or dry-run run of this sync to build on");
        }
        RunInfo run = newest.get();
        RunCacheReader reader;
        Optional<SchemaSubHash> then;
        try {
            reader = cache.reader(sync, run.runId());
            then = reader.schemaSubHash();
        } catch (RunCacheException exception) {
            return none(run.runId(), "run " + run.runId() + " cannot be read: " + exception.getMessage());
        }
        if (then.isEmpty()) {
            return none(run.runId(), "run " + run.runId() + " has no schema-sub-hash.txt");
        }
        if (!then.get().equals(schemaNow)) {
            return none(run.runId(), "the schema sub-hash changed since run " + run.runId() + " (" + then.get().value()
                    + " then, " + schemaNow.value() + " now: the mapping or the destination schema changed)");
        }
        return new Baseline(reader, run.runId(), run.record(), null);
    }

    private static Baseline none(RunId runId, String problem) {
        return new Baseline(null, runId, null, problem);
    }

    boolean usable() {
        return problem == null;
    }
}
