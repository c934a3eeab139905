package io.infrasync.cache;

import static io.infrasync.cache.CacheFixtures.DEVICE;
import static io.infrasync.cache.CacheFixtures.RUN;
import static io.infrasync.cache.CacheFixtures.STARTED;
import static io.infrasync.cache.CacheFixtures.SYNC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.infrasync.core.domain.run.ColumnRole;
import io.infrasync.core.domain.run.ColumnType;
import io.infrasync.core.domain.run.RunMode;
import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SnapshotColumn;
import io.infrasync.core.domain.run.SnapshotRow;
import io.infrasync.core.domain.run.SnapshotSchema;
import io.infrasync.core.port.out.RunCacheException;
import io.infrasync.core.port.out.RunCacheSession;
import io.infrasync.core.port.out.RunCacheSink;
import io.infrasync.core.port.out.RunCacheSnapshotRows;
import io.infrasync.core.port.out.RunCacheWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotParquetTest {

    private static final Instant TS = Instant.parse("2026-06-08T12:00:01.123456789Z");

    @TempDir
    Path root;

    private final List<SnapshotRow> rows = List.of(
            new SnapshotRow("atl1-edge1", TS, false, Arrays.asList("atl1-edge1", 3L, 12.5, true,
                    List.of("core", Map.of("name", "blue", "weight", 2L)))),
            new SnapshotRow("atl1-edge2", TS, false, Arrays.asList("atl1-edge2", null, null, null, null)),
            new SnapshotRow("gone", TS, true, Arrays.asList("gone", 1L, 0.0, false, Map.of())));

    private ParquetRunCache writeDevices(SnapshotSchema emptySchema) {
        ParquetRunCache cache = new ParquetRunCache(root);
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5))) {
            RunCacheWriter writer = session.startRun(RUN, RunMode.DIFF, STARTED);
            try (RunCacheSink<SnapshotRow> sink = writer.snapshot(Side.A, DEVICE)) {
                rows.forEach(sink::write);
                sink.commit();
            }
            try (RunCacheSink<SnapshotRow> sink = writer.snapshot(Side.B, emptySchema)) {
                sink.commit();
            }
        }
        return cache;
    }

    @Test
    void snapshotColumnsAreTypedAndEndWithTheEngineColumns() throws Exception {
        writeDevices(new SnapshotSchema("BuiltinTag", List.of(SnapshotColumn.identifier("name", ColumnType.STRING))));
        Path file = root.resolve("from-netbox/" + RUN + "/A/InfraDevice.parquet");

        Map<String, String> types = Duck.describe(file);
        assertThat(types).containsExactly(entry("name", "VARCHAR"), entry("serial_count", "BIGINT"),
                entry("weight", "DOUBLE"), entry("managed", "BOOLEAN"), entry("tags", "VARCHAR"),
                entry("_extract_ts", "TIMESTAMP WITH TIME ZONE"), entry("_source_id", "VARCHAR"),
                entry("_tombstone", "BOOLEAN"));

        List<Map<String, Object>> read = Duck.query("SELECT name, serial_count, weight, managed, tags,"
                + " epoch_ns(_extract_ts) AS ns, _source_id, _tombstone FROM read_parquet('" + file + "') ORDER BY _source_id");
        assertThat(read).hasSize(3);
        assertThat(read.get(0)).containsEntry("name", "atl1-edge1").containsEntry("serial_count", 3L)
                .containsEntry("weight", 12.5).containsEntry("managed", true)
                .containsEntry("tags", "[\"core\",{\"name\":\"blue\",\"weight\":2}]")
                // DuckDB turns a UTC nanosecond timestamp into its microsecond TIMESTAMPTZ; the file keeps nanoseconds
                // (see extractTimestampsKeepNanosecondsAndPreEpochValues and the logical type check below).
                .containsEntry("ns", TS.getEpochSecond() * 1_000_000_000L + TS.getNano() / 1000 * 1000)
                .containsEntry("_source_id", "atl1-edge1").containsEntry("_tombstone", false);
        assertThat(read.get(1)).containsEntry("serial_count", null).containsEntry("tags", null);
        assertThat(read.get(2)).containsEntry("_source_id", "gone").containsEntry("_tombstone", true);
        assertThat(Duck.query("SELECT logical_type FROM parquet_schema('" + file + "') WHERE name = '_extract_ts'")
                .get(0).get("logical_type").toString()).contains("isAdjustedToUTC=1").contains("NANOS");
    }

    @Test
    void anEmptyResourceStillGetsAFileWithItsColumns() throws Exception {
        writeDevices(new SnapshotSchema("BuiltinTag", List.of(SnapshotColumn.identifier("name", ColumnType.STRING))));
        Path file = root.resolve("from-netbox/" + RUN + "/B/BuiltinTag.parquet");
        assertThat(file).isRegularFile();
        assertThat(Duck.describe(file)).containsOnlyKeys("name", "_extract_ts", "_source_id", "_tombstone");
        assertThat(Duck.query("SELECT count(*) AS n FROM read_parquet('" + file + "')").get(0)).containsEntry("n", 0L);
    }

    @Test
    void snapshotsRehydrateWithSchemaRolesAndJsonTrees() {
        ParquetRunCache cache = writeDevices(new SnapshotSchema("BuiltinTag", List.of()));
        var reader = cache.reader(SYNC, RUN);
        assertThat(reader.snapshotResources(Side.A)).containsExactly("InfraDevice");
        assertThat(reader.snapshotResources(Side.B)).containsExactly("BuiltinTag");
        List<SnapshotRow> read = new ArrayList<>();
        try (RunCacheSnapshotRows snapshot = reader.snapshot(Side.A, "InfraDevice")) {
            assertThat(snapshot.schema()).isEqualTo(DEVICE);
            assertThat(snapshot.schema().columns().get(0).role()).isEqualTo(ColumnRole.IDENTIFIER);
            snapshot.forEachRemaining(read::add);
        }
        assertThat(read).isEqualTo(rows);
        try (RunCacheSnapshotRows empty = reader.snapshot(Side.B, "BuiltinTag")) {
            assertThat(empty.hasNext()).isFalse();
            assertThat(empty.schema().columns()).isEmpty();
        }
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingFileRowAndColumn() {
        ParquetRunCache cache = new ParquetRunCache(root);
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5));
             RunCacheSink<SnapshotRow> sink = session.startRun(RUN, RunMode.DIFF, STARTED).snapshot(Side.A, DEVICE)) {
            assertThatThrownBy(() -> sink.write(SnapshotRow.of("x", TS, Arrays.asList("x", "three", null, null, null))))
                    .isInstanceOf(RunCacheException.class)
                    .hasMessageContaining("InfraDevice.parquet").hasMessageContaining("'x'")
                    .hasMessageContaining("serial_count");
            assertThatThrownBy(() -> sink.write(SnapshotRow.of("y", TS, List.of("y"))))
                    .isInstanceOf(RunCacheException.class).hasMessageContaining("1 values for 5 columns");
            Map<Object, Object> badJson = new LinkedHashMap<>();
            badJson.put(1, "not a string key");
            assertThatThrownBy(() -> sink.write(SnapshotRow.of("z", TS, Arrays.asList("z", null, null, null, badJson))))
                    .isInstanceOf(RunCacheException.class).hasMessageContaining("tags");
        }
    }

    @Test
    void extractTimestampsKeepNanosecondsAndPreEpochValues() {
        Instant early = OffsetDateTime.parse("1969-12-31T23:59:59.000000001Z").toInstant();
        ParquetRunCache cache = new ParquetRunCache(root);
        SnapshotSchema schema = new SnapshotSchema("T", List.of());
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5));
             RunCacheSink<SnapshotRow> sink = session.startRun(RUN, RunMode.DIFF, STARTED).snapshot(Side.A, schema)) {
            sink.write(SnapshotRow.of("a", early, List.of()));
            sink.commit();
        }
        try (RunCacheSnapshotRows read = cache.reader(SYNC, RUN).snapshot(Side.A, "T")) {
            assertThat(read.next().extractTs()).isEqualTo(early);
        }
    }
}
