package io.infrasync.core.domain.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunValuesTest {

    private static final Instant T0 = Instant.parse("2026-06-08T12:00:00Z");

    @Test
    void statusesAndModesUseTheRunJsonSpelling() {
        assertThat(RunStatus.DRY_RUN.wireName()).isEqualTo("dry-run");
        assertThat(RunStatus.fromWireName("dry-run")).isEqualTo(RunStatus.DRY_RUN);
        assertThat(RunStatus.APPLIED.isSuccessful()).isTrue();
        assertThat(RunStatus.FAILED.isSuccessful()).isFalse();
        assertThat(RunStatus.RUNNING.isFinished()).isFalse();
        assertThat(RunMode.fromWireName("apply")).isEqualTo(RunMode.APPLY);
        assertThatThrownBy(() -> RunStatus.fromWireName("DRY_RUN")).hasMessageContaining("'DRY_RUN'");
        assertThatThrownBy(() -> RunMode.fromWireName("")).hasMessageContaining("unknown run mode");
    }

    @Test
    void aRunRecordFinishesOnceAndKeepsItsStart() {
        RunRecord running = RunRecord.running(RunMode.SYNC, T0);
        assertThat(running.finishedAt()).isNull();
        RunRecord done = running.withFallbackReason("A/InfraDevice: cursor tier NONE")
                .finished(RunStatus.APPLIED, Map.of("update", 2L, "create", 1L), T0.plusSeconds(5));
        assertThat(done.startedAt()).isEqualTo(T0);
        assertThat(done.summary().keySet()).containsExactly("create", "update");
        assertThat(done.fallbackReasons()).containsExactly("A/InfraDevice: cursor tier NONE");
        RunRecord failed = running.failed("destination unreachable", T0.plusSeconds(1));
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.error()).isEqualTo("destination unreachable");
        assertThatThrownBy(() -> running.finished(RunStatus.RUNNING, Map.of(), T0)).hasMessageContaining("running");
        assertThatThrownBy(() -> new RunRecord(RunStatus.APPLIED, RunMode.SYNC, Map.of(), T0, null, null, List.of()))
                .hasMessageContaining("needs finishedAt");
    }

    @Test
    void cursorsPackAsTierColonValueAndMergePerResource() {
        Cursor ts = Cursor.parse("TIMESTAMP:2026-06-08T12:00:00+00:00");
        assertThat(ts).isEqualTo(new Cursor(CursorTier.TIMESTAMP, "2026-06-08T12:00:00+00:00"));
        assertThat(ts.packed()).isEqualTo("TIMESTAMP:2026-06-08T12:00:00+00:00");
        assertThatThrownBy(() -> Cursor.parse("no tier")).hasMessageContaining("TIER:value");

        RunCursors first = RunCursors.empty().with(Side.A, "X", ts).with(Side.A, "Y", ts);
        Cursor newer = new Cursor(CursorTier.PAGE_TOKEN, "p2");
        RunCursors merged = first.merge(RunCursors.empty().with(Side.A, "Y", newer).with(Side.B, "X", newer));
        assertThat(merged.get(Side.A, "X")).hasValue(ts);
        assertThat(merged.get(Side.A, "Y")).hasValue(newer);
        assertThat(merged.get(Side.B, "X")).hasValue(newer);
        assertThat(merged.get(Side.B, "Y")).isEmpty();
        assertThat(RunCursors.empty().bySide()).containsOnlyKeys(Side.A, Side.B);
    }

    @Test
    void snapshotSchemasRefuseReservedAndDuplicateColumns() {
        assertThatThrownBy(() -> SnapshotColumn.attribute("_source_id", ColumnType.STRING)).hasMessageContaining("reserved");
        assertThatThrownBy(() -> new SnapshotSchema("X", List.of(SnapshotColumn.attribute("a", ColumnType.LONG),
                SnapshotColumn.attribute("a", ColumnType.STRING)))).hasMessageContaining("'a' twice");
        SnapshotSchema schema = new SnapshotSchema("X", List.of(SnapshotColumn.identifier("name", ColumnType.STRING)));
        assertThat(schema.indexOf("name")).isZero();
        assertThat(schema.indexOf("other")).isEqualTo(-1);
    }

    @Test
    void columnTypesAcceptTheirJavaValues() {
        assertThat(ColumnType.LONG.accepts(3)).isTrue();
        assertThat(ColumnType.LONG.accepts(3.0)).isFalse();
        assertThat(ColumnType.DOUBLE.accepts(1.5f)).isTrue();
        assertThat(ColumnType.JSON.accepts(Map.of("a", List.of(1, "b", Map.of())))).isTrue();
        assertThat(ColumnType.JSON.accepts(Map.of(1, "b"))).isFalse();
        assertThat(ColumnType.JSON.accepts(new Object())).isFalse();
        assertThat(ColumnType.STRING.accepts(null)).isTrue();
    }

    @Test
    void snapshotRowsKeepNullValuesAndAreImmutable() {
        SnapshotRow row = SnapshotRow.of("a", T0, Arrays.asList("a", null));
        assertThat(row.values()).containsExactly("a", null);
        assertThatThrownBy(() -> row.values().set(0, "b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rowCountsAndRetentionValidate() {
        assertThat(new RowCounts(Map.of("B", 2L, "A", 1L)).byResource().keySet()).containsExactly("A", "B");
        assertThatThrownBy(() -> new RowCounts(Map.of("A", -1L))).hasMessageContaining("negative");
        assertThat(RowCounts.empty().get("A")).isEmpty();
        assertThat(RetentionPolicy.keepLatest(3).keepCount()).hasValue(3);
    }
}
