package io.infrasync.cache;

import static io.infrasync.cache.CacheFixtures.RUN;
import static io.infrasync.cache.CacheFixtures.STARTED;
import static io.infrasync.cache.CacheFixtures.SYNC;
import static org.assertj.core.api.Assertions.assertThat;

import io.infrasync.core.domain.run.ColumnType;
import io.infrasync.core.domain.run.Cursor;
import io.infrasync.core.domain.run.CursorTier;
import io.infrasync.core.domain.run.RunCursors;
import io.infrasync.core.domain.run.RunMode;
import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SnapshotColumn;
import io.infrasync.core.domain.run.SnapshotRow;
import io.infrasync.core.domain.run.SnapshotSchema;
import io.infrasync.core.port.out.RunCacheReader;
import io.infrasync.core.port.out.RunCacheSession;
import io.infrasync.core.port.out.RunCacheSink;
import io.infrasync.core.port.out.RunCacheSnapshotRows;
import io.infrasync.core.port.out.RunCacheWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concurrent load: both sides write their snapshots and cursors at the same time through one writer. */
class ConcurrentLoadTest {

    private static final int KINDS = 8;
    private static final int ROWS = 500;

    @TempDir
    Path root;

    @Test
    void bothSidesWriteConcurrentlyWithoutLosingFilesOrCursors() throws Exception {
        ParquetRunCache cache = new ParquetRunCache(root);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5))) {
            RunCacheWriter writer = session.startRun(RUN, RunMode.DIFF, STARTED);
            List<CompletableFuture<Void>> loads = new ArrayList<>();
            for (Side side : Side.values()) {
                for (int k = 0; k < KINDS; k++) {
                    String kind = "Kind" + k;
                    loads.add(CompletableFuture.runAsync(() -> load(writer, side, kind), pool));
                }
            }
            CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new)).get();
        } finally {
            pool.shutdownNow();
        }
        RunCacheReader reader = cache.reader(SYNC, RUN);
        for (Side side : Side.values()) {
            assertThat(reader.snapshotResources(side)).hasSize(KINDS);
            for (int k = 0; k < KINDS; k++) {
                assertThat(reader.cursors().get(side, "Kind" + k)).hasValue(new Cursor(CursorTier.TIMESTAMP, side + "Kind" + k));
                long count = 0;
                try (RunCacheSnapshotRows rows = reader.snapshot(side, "Kind" + k)) {
                    while (rows.hasNext()) {
                        assertThat(rows.next().values().get(0)).isEqualTo(side + "Kind" + k);
                        count++;
                    }
                }
                assertThat(count).isEqualTo(ROWS);
            }
        }
    }

    private static void load(RunCacheWriter writer, Side side, String kind) {
        SnapshotSchema schema = new SnapshotSchema(kind, List.of(SnapshotColumn.attribute("origin", ColumnType.STRING)));
        try (RunCacheSink<SnapshotRow> sink = writer.snapshot(side, schema)) {
            for (int i = 0; i < ROWS; i++) {
                sink.write(SnapshotRow.of(kind + i, STARTED, List.of(side + kind)));
            }
            sink.commit();
        }
        writer.mergeCursors(RunCursors.empty().with(side, kind, new Cursor(CursorTier.TIMESTAMP, side + kind)));
    }
}
