package io.infrasync.cache;

import static io.infrasync.cache.CacheFixtures.PLAN;
import static io.infrasync.cache.CacheFixtures.RUN;
import static io.infrasync.cache.CacheFixtures.STARTED;
import static io.infrasync.cache.CacheFixtures.SYNC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.RunMode;
import io.infrasync.core.port.out.RunCacheReader;
import io.infrasync.core.port.out.RunCacheRows;
import io.infrasync.core.port.out.RunCacheSession;
import io.infrasync.core.port.out.RunCacheSink;
import io.infrasync.core.port.out.RunCacheWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanParquetTest {

    @TempDir
    Path workDir;

    @Test
    void planParquetHasTheTenColumnsOfSeed000AndAnswersItsDuckDbQuery() throws Exception {
        ParquetRunCache cache = ParquetRunCache.fromEnvironment(Map.of(), workDir, workDir);
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5))) {
            RunCacheWriter writer = session.startRun(RUN, RunMode.DIFF, STARTED);
            try (RunCacheSink<PlanRow> plan = writer.plan()) {
                PLAN.forEach(plan::write);
                plan.commit();
            }
        }
        Path file = workDir.resolve(".infrahub-sync-cache/from-netbox/" + RUN + "/plan.parquet");
        assertThat(file).isRegularFile();

        assertThat(Duck.describe(file)).containsExactly(
                entry("action", "VARCHAR"), entry("resource", "VARCHAR"), entry("source_id", "VARCHAR"),
                entry("dest_id", "VARCHAR"), entry("attribute", "VARCHAR"), entry("old_value", "VARCHAR"),
                entry("new_value", "VARCHAR"), entry("owner", "VARCHAR"), entry("skip_reason", "VARCHAR"),
                entry("conflict_class", "VARCHAR"));
        assertThat(Duck.repetition(file)).containsExactly(
                entry("action", "REQUIRED"), entry("resource", "REQUIRED"), entry("source_id", "REQUIRED"),
                entry("dest_id", "OPTIONAL"), entry("attribute", "OPTIONAL"), entry("old_value", "OPTIONAL"),
                entry("new_value", "OPTIONAL"), entry("owner", "OPTIONAL"), entry("skip_reason", "OPTIONAL"),
                entry("conflict_class", "OPTIONAL"));

        // The query of seed 000, verbatim but for the path.
        List<Map<String, Object>> rows = Duck.query("SELECT action, resource, source_id, new_value FROM read_parquet('"
                + file + "') WHERE action <> 'create' LIMIT 20");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly(entry("action", "update"), entry("resource", "InfraDevice"),
                entry("source_id", "atl1-edge1"), entry("new_value", "{\"status\": \"active\"}"));
        assertThat(rows.get(1)).containsEntry("action", "delete").containsEntry("source_id", "old-site")
                .containsEntry("new_value", null);

        List<Map<String, Object>> nulls = Duck.query("SELECT count(*) AS n FROM read_parquet('" + file
                + "') WHERE dest_id IS NULL AND attribute IS NULL AND owner IS NULL AND skip_reason IS NULL"
                + " AND conflict_class IS NULL");
        assertThat(nulls.get(0).get("n")).isEqualTo(3L);
    }

    @Test
    void planRowsReadBackEqualToWhatWasWritten() {
        ParquetRunCache cache = new ParquetRunCache(workDir.resolve("cache"));
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5))) {
            RunCacheWriter writer = session.startRun(RUN, RunMode.DIFF, STARTED);
            try (RunCacheSink<PlanRow> plan = writer.plan()) {
                PLAN.forEach(plan::write);
                assertThat(plan.rowCount()).isEqualTo(3);
                plan.commit();
            }
        }
        RunCacheReader reader = cache.reader(SYNC, RUN);
        List<PlanRow> read = new ArrayList<>();
        try (RunCacheRows<PlanRow> rows = reader.plan()) {
            rows.forEachRemaining(read::add);
        }
        assertThat(read).isEqualTo(PLAN);
    }

    @Test
    void anEmptyPlanIsAValidFileWithTheTenColumns() throws Exception {
        ParquetRunCache cache = new ParquetRunCache(workDir);
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5));
             RunCacheSink<PlanRow> plan = session.startRun(RUN, RunMode.DIFF, STARTED).plan()) {
            plan.commit();
        }
        Path file = workDir.resolve("from-netbox/" + RUN + "/plan.parquet");
        assertThat(Duck.describe(file)).hasSize(10);
        assertThat(Duck.query("SELECT count(*) AS n FROM read_parquet('" + file + "')").get(0)).containsEntry("n", 0L);
    }

    @Test
    void anUncommittedPlanLeavesNoFileAndNoTemporaryFile() throws Exception {
        ParquetRunCache cache = new ParquetRunCache(workDir);
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5));
             RunCacheSink<PlanRow> plan = session.startRun(RUN, RunMode.DIFF, STARTED).plan()) {
            PLAN.forEach(plan::write);
        }
        try (var files = Files.list(workDir.resolve("from-netbox/" + RUN))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("run.json");
        }
    }
}
