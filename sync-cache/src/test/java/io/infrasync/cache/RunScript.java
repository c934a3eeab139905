package io.infrasync.cache;

import static io.infrasync.cache.CacheFixtures.DEVICE;
import static io.infrasync.cache.CacheFixtures.RUN;
import static io.infrasync.cache.CacheFixtures.SYNC;

import io.infrasync.core.domain.plan.PlanAction;
import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.Cursor;
import io.infrasync.core.domain.run.CursorTier;
import io.infrasync.core.domain.run.ErrorRow;
import io.infrasync.core.domain.run.RowCounts;
import io.infrasync.core.domain.run.RunCursors;
import io.infrasync.core.domain.run.RunMode;
import io.infrasync.core.domain.run.RunRecord;
import io.infrasync.core.domain.run.RunStatus;
import io.infrasync.core.domain.run.SchemaSubHash;
import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SnapshotColumn;
import io.infrasync.core.domain.run.SnapshotRow;
import io.infrasync.core.domain.run.SnapshotSchema;
import io.infrasync.core.domain.run.ColumnType;
import io.infrasync.core.port.out.RunCacheSession;
import io.infrasync.core.port.out.RunCacheSink;
import io.infrasync.core.port.out.RunCacheWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One complete run as the engine will write it, every value stamped with a generation number, so that after a
 * crash each file can be told to be the old generation or the new one.
 */
final class RunScript {

    static final int ROWS = 2000;
    static final SnapshotSchema TAG = new SnapshotSchema("BuiltinTag", List.of(SnapshotColumn.identifier("name", ColumnType.STRING)));
    /** Every file the script writes, relative to the run folder, in writing order. */
    static final List<String> RUN_FILES = List.of("run.json", "A/InfraDevice.parquet", "B/BuiltinTag.parquet",
            "plan.parquet", "errors.parquet", "cursors.json", "schema-sub-hash.txt");

    private RunScript() {
    }

    static void write(ParquetRunCache cache, long generation) {
        Instant started = Instant.parse("2026-06-08T12:00:00Z").plusSeconds(generation);
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(10))) {
            RunCacheWriter writer = session.startRun(RUN, RunMode.SYNC, started);
            try (RunCacheSink<SnapshotRow> a = writer.snapshot(Side.A, DEVICE)) {
                for (int i = 0; i < ROWS; i++) {
                    a.write(SnapshotRow.of("d" + i, started, Arrays.asList("d" + i, generation, 1.5, true, List.of(i))));
                }
                a.commit();
            }
            try (RunCacheSink<SnapshotRow> b = writer.snapshot(Side.B, TAG)) {
                b.write(SnapshotRow.of("gen" + generation, started, List.of("gen" + generation)));
                b.commit();
            }
            try (RunCacheSink<PlanRow> plan = writer.plan()) {
                for (int i = 0; i < ROWS; i++) {
                    plan.write(new PlanRow(PlanAction.UPDATE, "InfraDevice", "d" + i, null, null, null,
                            "{\"generation\": " + generation + "}", null, null, null));
                }
                plan.commit();
            }
            try (RunCacheSink<ErrorRow> errors = writer.errors()) {
                errors.write(new ErrorRow("X", "InfraDevice", "d0", null, null, "generation " + generation, null, 0, true));
                errors.commit();
            }
            writer.mergeCursors(RunCursors.empty().with(Side.A, "InfraDevice", new Cursor(CursorTier.TIMESTAMP, "gen" + generation)));
            writer.writeSchemaSubHash(hash(generation));
            writer.writeRecord(RunRecord.running(RunMode.SYNC, started)
                    .finished(RunStatus.APPLIED, Map.of("generation", generation), started.plusSeconds(1)));
            session.writeLastSuccessfulRowCounts(new RowCounts(Map.of("InfraDevice", generation)));
        }
    }

    static SchemaSubHash hash(long generation) {
        return SchemaSubHash.compute(Map.of("generation", generation));
    }
}
