package io.infrasync.cache;

import static io.infrasync.cache.CacheFixtures.DEVICE;
import static io.infrasync.cache.CacheFixtures.PLAN;
import static io.infrasync.cache.CacheFixtures.RUN;
import static io.infrasync.cache.CacheFixtures.STARTED;
import static io.infrasync.cache.CacheFixtures.SYNC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.ErrorRow;
import io.infrasync.core.domain.run.RunMode;
import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SnapshotRow;
import io.infrasync.core.port.out.RunCacheException;
import io.infrasync.core.port.out.RunCacheReader;
import io.infrasync.core.port.out.RunCacheSession;
import io.infrasync.core.port.out.RunCacheSink;
import io.infrasync.core.port.out.RunCacheWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a cache file can be broken ends in one RunCacheException whose message names the file. */
class BrokenFilesTest {

    @TempDir
    Path root;

    private ParquetRunCache cache;
    private Path run;

    @BeforeEach
    void writeAGoodRun() {
        cache = new ParquetRunCache(root);
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5))) {
            RunCacheWriter writer = session.startRun(RUN, RunMode.DIFF, STARTED);
            try (RunCacheSink<PlanRow> plan = writer.plan()) {
                PLAN.forEach(plan::write);
                plan.commit();
            }
            try (RunCacheSink<SnapshotRow> snapshot = writer.snapshot(Side.A, DEVICE)) {
                for (int i = 0; i < 1000; i++) {
                    snapshot.write(SnapshotRow.of("d" + i, Instant.EPOCH, Arrays.asList("d" + i, (long) i, null, true, null)));
                }
                snapshot.commit();
            }
            try (RunCacheSink<ErrorRow> errors = writer.errors()) {
                errors.write(new ErrorRow("X", "InfraDevice", null, null, null, "m", null, 0, false));
                errors.commit();
            }
        }
        run = root.resolve("from-netbox").resolve(RUN.value());
    }

    private RunCacheReader reader() {
        return cache.reader(SYNC, RUN);
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        Files.delete(run.resolve("plan.parquet"));
        assertThatThrownBy(() -> reader().plan()).isInstanceOf(RunCacheException.class)
                .hasMessageContaining("missing").hasMessageContaining(run.resolve("plan.parquet").toString())
                .extracting(e -> ((RunCacheException) e).file()).isEqualTo(run.resolve("plan.parquet").toString());
        assertThatThrownBy(() -> reader().snapshot(Side.B, "InfraDevice")).isInstanceOf(RunCacheException.class)
                .hasMessageContaining(run.resolve("B/InfraDevice.parquet").toString());
        Files.delete(run.resolve("run.json"));
        assertThatThrownBy(() -> reader().record()).isInstanceOf(RunCacheException.class)
                .hasMessageContaining(run.resolve("run.json").toString());
    }

    @Test
    void aMissingRunIsNamed() {
        assertThatThrownBy(() -> cache.reader(SYNC, CacheFixtures.RUN_2)).isInstanceOf(RunCacheException.class)
                .hasMessageContaining(CacheFixtures.RUN_2.value()).hasMessageContaining("missing folder");
    }

    @Test
    void aTruncatedFileIsNamed() throws Exception {
        for (String name : new String[] {"plan.parquet", "A/InfraDevice.parquet", "errors.parquet"}) {
            Path file = run.resolve(name);
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        }
        assertThatThrownBy(() -> reader().plan()).isInstanceOf(RunCacheException.class)
                .hasMessageContaining("truncated").hasMessageContaining(run.resolve("plan.parquet").toString());
        assertThatThrownBy(() -> reader().snapshot(Side.A, "InfraDevice")).isInstanceOf(RunCacheException.class)
                .hasMessageContaining("truncated").hasMessageContaining("InfraDevice.parquet");
        assertThatThrownBy(() -> reader().errors()).isInstanceOf(RunCacheException.class)
                .hasMessageContaining("truncated").hasMessageContaining("errors.parquet");
        Files.write(run.resolve("plan.parquet"), new byte[3]);
        assertThatThrownBy(() -> reader().plan()).isInstanceOf(RunCacheException.class)
                .hasMessageContaining("truncated (3 bytes");
    }

    @Test
    void aCorruptFooterIsNamed() throws Exception {
        Path file = run.resolve("plan.parquet");
        byte[] bytes = Files.readAllBytes(file);
        // Keep both magic numbers but scramble the footer length: parquet-hadoop's own failure must still name the file.
        bytes[bytes.length - 8] = (byte) 0x7f;
        bytes[bytes.length - 5] = (byte) 0x7f;
        Files.write(file, bytes);
        assertThatThrownBy(() -> reader().plan()).isInstanceOf(RunCacheException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void aForeignFileIsNamed() throws Exception {
        Files.writeString(run.resolve("plan.parquet"), "action,resource,source_id\ncreate,X,1\n");
        assertThatThrownBy(() -> reader().plan()).isInstanceOf(RunCacheException.class)
                .hasMessageContaining("not a Parquet file").hasMessageContaining("plan.parquet");

        // A real Parquet file with the wrong columns: the errors file where the plan belongs.
        Files.copy(run.resolve("errors.parquet"), run.resolve("plan.parquet"), StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> reader().plan()).isInstanceOf(RunCacheException.class)
                .hasMessageContaining("foreign file").hasMessageContaining("plan.parquet")
                .hasMessageContaining("error_class");

        // A plan where a snapshot belongs: no engine columns.
        Files.copy(run.resolve("plan.parquet"), run.resolve("A/InfraDevice.parquet"), StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> reader().snapshot(Side.A, "InfraDevice")).isInstanceOf(RunCacheException.class)
                .hasMessageContaining("foreign file").hasMessageContaining("_extract_ts");
    }

    @Test
    void brokenSidecarsAreNamed() throws Exception {
        Files.writeString(run.resolve("run.json"), "{\"status\": \"done\", \"mode\": \"diff\"}");
        assertThatThrownBy(() -> reader().record()).isInstanceOf(RunCacheException.class)
                .hasMessageContaining("run.json").hasMessageContaining("unknown run status 'done'");
        Files.writeString(run.resolve("run.json"), "{\"status\": ");
        assertThatThrownBy(() -> reader().record()).isInstanceOf(RunCacheException.class)
                .hasMessageContaining("run.json").hasMessageContaining("not JSON");
        Files.writeString(run.resolve("cursors.json"), "{\"C\": {}}");
        assertThatThrownBy(() -> reader().cursors()).isInstanceOf(RunCacheException.class)
                .hasMessageContaining("cursors.json").hasMessageContaining("unknown side 'C'");
        Files.writeString(run.resolve("cursors.json"), "{\"A\": {\"X\": \"SOMETIMES:1\"}}");
        assertThatThrownBy(() -> reader().cursors()).isInstanceOf(RunCacheException.class)
                .hasMessageContaining("unknown tier 'SOMETIMES'");
        Files.writeString(run.resolve("schema-sub-hash.txt"), "not-a-hash");
        assertThatThrownBy(() -> reader().schemaSubHash()).isInstanceOf(RunCacheException.class)
                .hasMessageContaining("schema-sub-hash.txt");
        Files.writeString(root.resolve("from-netbox/last-successful-rowcounts.json"), "{\"X\": \"many\"}");
        assertThatThrownBy(() -> cache.lastSuccessfulRowCounts(SYNC)).isInstanceOf(RunCacheException.class)
                .hasMessageContaining("last-successful-rowcounts.json").hasMessageContaining("'X'");
    }

    @Test
    void listingReportsABrokenRunJsonInsteadOfFailing() throws Exception {
        Files.writeString(run.resolve("run.json"), "garbage");
        assertThat(cache.runs(SYNC)).singleElement().satisfies(info -> {
            assertThat(info.record()).isNull();
            assertThat(info.problem()).contains("run.json");
        });
    }
}
