package io.infrasync.cache;

import static io.infrasync.cache.CacheFixtures.FINISHED;
import static io.infrasync.cache.CacheFixtures.RUN;
import static io.infrasync.cache.CacheFixtures.STARTED;
import static io.infrasync.cache.CacheFixtures.SYNC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import io.infrasync.core.port.out.RunCacheException;
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

class ErrorsAndSidecarsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    private Path runFolder() {
        return root.resolve("from-netbox").resolve(RUN.value());
    }

    @Test
    void errorsParquetIsWrittenOnlyWhenThereAreErrors() throws Exception {
        ParquetRunCache cache = new ParquetRunCache(root);
        ErrorRow error = new ErrorRow("PeerIdentifierError", "InfraDevice", "atl1-edge1", null, "site",
                "Cannot build unique_id for peer", "map the site first", 2, true);
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5))) {
            RunCacheWriter writer = session.startRun(RUN, RunMode.SYNC, STARTED);
            try (RunCacheSink<ErrorRow> errors = writer.errors()) {
                errors.write(error);
                errors.commit();
            }
        }
        Path file = runFolder().resolve("errors.parquet");
        assertThat(Duck.describe(file)).containsExactly(entry("error_class", "VARCHAR"), entry("resource", "VARCHAR"),
                entry("source_id", "VARCHAR"), entry("dest_id", "VARCHAR"), entry("attribute", "VARCHAR"),
                entry("message", "VARCHAR"), entry("hint", "VARCHAR"), entry("retry_count", "BIGINT"),
                entry("terminal", "BOOLEAN"));
        assertThat(Duck.repetition(file)).containsExactly(entry("error_class", "REQUIRED"), entry("resource", "REQUIRED"),
                entry("source_id", "OPTIONAL"), entry("dest_id", "OPTIONAL"), entry("attribute", "OPTIONAL"),
                entry("message", "REQUIRED"), entry("hint", "OPTIONAL"), entry("retry_count", "REQUIRED"),
                entry("terminal", "REQUIRED"));
        List<Map<String, Object>> rows = Duck.query("SELECT * FROM read_parquet('" + file + "')");
        assertThat(rows).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("error_class", "PeerIdentifierError").containsEntry("dest_id", null)
                .containsEntry("retry_count", 2L).containsEntry("terminal", true));
        List<ErrorRow> read = new ArrayList<>();
        try (RunCacheRows<ErrorRow> errors = cache.reader(SYNC, RUN).errors()) {
            errors.forEachRemaining(read::add);
        }
        assertThat(read).containsExactly(error);

        // The same run again (diff --run-id), this time without errors: the stale file goes away.
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5));
             RunCacheSink<ErrorRow> errors = session.startRun(RUN, RunMode.SYNC, STARTED).errors()) {
            errors.commit();
        }
        assertThat(file).doesNotExist();
        try (RunCacheRows<ErrorRow> errors = cache.reader(SYNC, RUN).errors()) {
            assertThat(errors.hasNext()).isFalse();
        }
    }

    @Test
    void runJsonHasTheOriginalKeysAndRoundTrips() throws Exception {
        ParquetRunCache cache = new ParquetRunCache(root);
        RunRecord done = RunRecord.running(RunMode.SYNC, STARTED).withFallbackReason("InfraDevice: no cursor")
                .finished(RunStatus.APPLIED, Map.of("create", 3L, "update", 1L, "delete", 0L, "errors", 0L), FINISHED);
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5))) {
            RunCacheWriter writer = session.startRun(RUN, RunMode.SYNC, STARTED);
            JsonNode running = JSON.readTree(runFolder().resolve("run.json").toFile());
            assertThat(running.get("status").asText()).isEqualTo("running");
            assertThat(running.get("finished_at").isNull()).isTrue();
            writer.writeRecord(done);
        }
        String text = Files.readString(runFolder().resolve("run.json"));
        JsonNode node = JSON.readTree(text);
        assertThat(node.get("status").asText()).isEqualTo("applied");
        assertThat(node.get("mode").asText()).isEqualTo("sync");
        assertThat(node.get("started_at").asText()).isEqualTo("2026-06-08T12:00:05Z");
        assertThat(node.get("finished_at").asText()).isEqualTo("2026-06-08T12:03:00Z");
        assertThat(node.get("summary").get("create").asLong()).isEqualTo(3);
        assertThat(text).contains("\n  \"error\"");
        assertThat(cache.reader(SYNC, RUN).record()).isEqualTo(done);
        assertThat(cache.latestRun(SYNC, java.util.Set.of(RunStatus.APPLIED))).hasValueSatisfying(
                info -> assertThat(info.runId()).isEqualTo(RUN));
    }

    @Test
    void runJsonWrittenByTheOriginalIsReadable() throws Exception {
        Files.createDirectories(runFolder());
        Files.writeString(runFolder().resolve("run.json"), "{\n  \"finished_at\": \"2026-06-08T12:03:00.123456+00:00\",\n"
                + "  \"mode\": \"diff\",\n  \"status\": \"dry-run\",\n  \"summary\": {\"create\": 2, \"note\": \"x\"}\n}");
        RunRecord record = new ParquetRunCache(root).reader(SYNC, RUN).record();
        assertThat(record.status()).isEqualTo(RunStatus.DRY_RUN);
        assertThat(record.startedAt()).isEqualTo(RUN.startMinute());
        assertThat(record.summary()).containsExactly(entry("create", 2L));
    }

    @Test
    void newRunsGetFreshSortableIds() {
        ParquetRunCache cache = new ParquetRunCache(root);
        java.util.Set<io.infrasync.core.domain.run.RunId> ids = new java.util.HashSet<>();
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5))) {
            for (int i = 0; i < 20; i++) {
                ids.add(session.newRun(RunMode.DIFF, STARTED).runId());
            }
            assertThat(session.startedRuns()).isEqualTo(ids);
        }
        assertThat(ids).hasSize(20).allSatisfy(id -> assertThat(id.value()).startsWith("20260608T1200-"));
        assertThat(cache.runs(SYNC)).hasSize(20)
                .allSatisfy(info -> assertThat(info.status()).hasValue(RunStatus.RUNNING));
    }

    @Test
    void cursorsAreMergedOnWrite() throws Exception {
        ParquetRunCache cache = new ParquetRunCache(root);
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5))) {
            RunCacheWriter writer = session.startRun(RUN, RunMode.SYNC, STARTED);
            writer.mergeCursors(RunCursors.empty()
                    .with(Side.A, "InfraDevice", new Cursor(CursorTier.TIMESTAMP, "2026-06-08T12:00:00+00:00"))
                    .with(Side.A, "BuiltinTag", new Cursor(CursorTier.TIMESTAMP, "2026-06-08T11:00:00+00:00")));
            writer.mergeCursors(RunCursors.empty()
                    .with(Side.A, "BuiltinTag", new Cursor(CursorTier.TIMESTAMP, "2026-06-08T12:30:00+00:00"))
                    .with(Side.B, "InfraDevice", new Cursor(CursorTier.INFRAHUB_DIFF, "abc")));
        }
        JsonNode node = JSON.readTree(runFolder().resolve("cursors.json").toFile());
        assertThat(node.get("A").get("InfraDevice").asText()).isEqualTo("TIMESTAMP:2026-06-08T12:00:00+00:00");
        assertThat(node.get("A").get("BuiltinTag").asText()).isEqualTo("TIMESTAMP:2026-06-08T12:30:00+00:00");
        assertThat(node.get("B").get("InfraDevice").asText()).isEqualTo("INFRAHUB_DIFF:abc");
        RunCursors read = cache.reader(SYNC, RUN).cursors();
        assertThat(read.get(Side.A, "BuiltinTag")).hasValue(new Cursor(CursorTier.TIMESTAMP, "2026-06-08T12:30:00+00:00"));
    }

    @Test
    void schemaSubHashAndRowCountsRoundTrip() throws Exception {
        ParquetRunCache cache = new ParquetRunCache(root);
        SchemaSubHash hash = SchemaSubHash.compute(Map.of("mappings", List.of("InfraDevice")));
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5))) {
            session.startRun(RUN, RunMode.SYNC, STARTED).writeSchemaSubHash(hash);
            session.writeLastSuccessfulRowCounts(new RowCounts(Map.of("InfraDevice", 120L, "BuiltinTag", 4L)));
        }
        assertThat(Files.readString(runFolder().resolve("schema-sub-hash.txt"))).isEqualTo(hash.value()).hasSize(12);
        assertThat(cache.reader(SYNC, RUN).schemaSubHash()).hasValue(hash);
        JsonNode counts = JSON.readTree(root.resolve("from-netbox/last-successful-rowcounts.json").toFile());
        assertThat(counts.get("InfraDevice").asLong()).isEqualTo(120);
        assertThat(cache.lastSuccessfulRowCounts(SYNC).get("BuiltinTag")).hasValue(4);
    }

    @Test
    void appliedIsRefusedWhileAFileOfTheRunIsStillBeingWritten() {
        ParquetRunCache cache = new ParquetRunCache(root);
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5))) {
            RunCacheWriter writer = session.startRun(RUN, RunMode.SYNC, STARTED);
            try (RunCacheSink<PlanRow> plan = writer.plan()) {
                plan.write(CacheFixtures.PLAN.get(0));
                RunRecord applied = RunRecord.running(RunMode.SYNC, STARTED).finished(RunStatus.APPLIED, Map.of(), FINISHED);
                assertThatThrownBy(() -> writer.writeRecord(applied)).isInstanceOf(RunCacheException.class)
                        .hasMessageContaining("run.json").hasMessageContaining("plan.parquet");
                writer.writeRecord(RunRecord.running(RunMode.SYNC, STARTED).failed("boom", FINISHED));
            }
        }
        assertThat(cache.reader(SYNC, RUN).record().status()).isEqualTo(RunStatus.FAILED);
    }
}
