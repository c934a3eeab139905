package io.infrasync.cache;

import static io.infrasync.cache.CacheFixtures.RUN;
import static io.infrasync.cache.CacheFixtures.STARTED;
import static io.infrasync.cache.CacheFixtures.SYNC;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.ColumnRole;
import io.infrasync.core.domain.run.ColumnType;
import io.infrasync.core.domain.run.RunMode;
import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SnapshotColumn;
import io.infrasync.core.domain.run.SnapshotRow;
import io.infrasync.core.port.out.RunCacheException;
import io.infrasync.core.port.out.RunCacheSession;
import io.infrasync.core.port.out.RunCacheSink;
import io.infrasync.core.port.out.RunCacheSnapshotRows;
import io.infrasync.core.port.out.RunCacheWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots written the way pyarrow writes them (no footer description, nullable engine columns, µs) are readable. */
class OriginalFilesTest {

    private static final Instant TS = Instant.parse("2026-06-08T12:00:01.123456Z");

    @TempDir
    Path root;

    /** What {@code pa.Table.from_pylist} produces for {name: str, count: int, ...engine columns}. */
    private static final class PyarrowLikeEmitter implements RowEmitter<Object[]> {
        @Override
        public MessageType schema() {
            return Types.buildMessage()
                    .optional(PrimitiveTypeName.BINARY).as(stringType()).named("name")
                    .optional(PrimitiveTypeName.INT32).named("count")
                    .optional(PrimitiveTypeName.INT64).as(timestampType(true, TimeUnit.MICROS)).named("_extract_ts")
                    .optional(PrimitiveTypeName.BINARY).as(stringType()).named("_source_id")
                    .optional(PrimitiveTypeName.BOOLEAN).named("_tombstone")
                    .named("schema");
        }

        @Override
        public String problem(Object[] row) {
            return null;
        }

        @Override
        public void emit(Object[] row, RecordConsumer out) {
            Fields.string(out, "name", 0, (String) row[0]);
            if (row[1] != null) {
                out.startField("count", 1);
                out.addInteger((Integer) row[1]);
                out.endField("count", 1);
            }
            Fields.int64(out, "_extract_ts", 2, TS.getEpochSecond() * 1_000_000L + TS.getNano() / 1000);
            Fields.string(out, "_source_id", 3, (String) row[0]);
            Fields.bool(out, "_tombstone", 4, false);
        }
    }

    @Test
    void aSnapshotWithoutOurFooterDescriptionIsInferred() {
        ParquetRunCache cache = new ParquetRunCache(root);
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5))) {
            session.startRun(RUN, RunMode.DIFF, STARTED);
        }
        Path file = root.resolve("from-netbox/" + RUN + "/A/BuiltinTag.parquet");
        ParquetSink<Object[]> sink = new ParquetSink<>(file, new PyarrowLikeEmitter(), Map.of(),
                new AtomicFiles(WriteHook.NONE), () -> { });
        sink.write(new Object[] {"blue", 3});
        sink.write(new Object[] {"red", null});
        sink.commit();

        try (RunCacheSnapshotRows rows = cache.reader(SYNC, RUN).snapshot(Side.A, "BuiltinTag")) {
            assertThat(rows.schema().columns()).containsExactly(
                    new SnapshotColumn("name", ColumnType.STRING, ColumnRole.ATTRIBUTE),
                    new SnapshotColumn("count", ColumnType.LONG, ColumnRole.ATTRIBUTE));
            SnapshotRow blue = rows.next();
            assertThat(blue).isEqualTo(SnapshotRow.of("blue", TS, Arrays.asList("blue", 3L)));
            assertThat(rows.next().values()).containsExactly("red", null);
            assertThat(rows.hasNext()).isFalse();
        }
    }

    @Test
    void oneFileHasOneWriterAtATime() {
        try (RunCacheSession session = new ParquetRunCache(root).open(SYNC, Duration.ofSeconds(5))) {
            RunCacheWriter writer = session.startRun(RUN, RunMode.DIFF, STARTED);
            try (RunCacheSink<PlanRow> first = writer.plan()) {
                assertThat(first.rowCount()).isZero();
                assertThatThrownBy(writer::plan).isInstanceOf(RunCacheException.class)
                        .hasMessageContaining("plan.parquet is already being written");
            }
            try (RunCacheSink<PlanRow> again = writer.plan()) {
                again.commit();
            }
        }
    }
}
