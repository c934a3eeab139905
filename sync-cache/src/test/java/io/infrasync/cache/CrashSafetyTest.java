package io.infrasync.cache;

import static io.infrasync.cache.CacheFixtures.RUN;
import static io.infrasync.cache.CacheFixtures.SYNC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.ErrorRow;
import io.infrasync.core.domain.run.RunRecord;
import io.infrasync.core.domain.run.RunStatus;
import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SnapshotRow;
import io.infrasync.core.port.out.RunCacheException;
import io.infrasync.core.port.out.RunCacheReader;
import io.infrasync.core.port.out.RunCacheRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kill points between and inside writes: after any of them every cache file is the old version or the new one
 * (never torn), and {@code run.json} says applied only when every file of that generation is in place.
 */
class CrashSafetyTest {

    /** Thrown by the hook: stands for the process dying at that step. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash() {
            super("simulated crash", null, false, false);
        }
    }

    @TempDir
    Path root;

    static Stream<Arguments> killPoints() {
        List<Arguments> points = new ArrayList<>();
        List<String> files = new ArrayList<>(RunScript.RUN_FILES);
        files.add("last-successful-rowcounts.json");
        for (String file : files) {
            int writes = file.equals("run.json") ? 2 : 1;
            for (int occurrence = 1; occurrence <= writes; occurrence++) {
                for (WriteHook.Step step : WriteHook.Step.values()) {
                    points.add(Arguments.of(file, occurrence, step));
                }
            }
        }
        return points.stream();
    }

    @ParameterizedTest(name = "{2} of {0} #{1}")
    @MethodSource("killPoints")
    void aCrashOfAFirstRunLeavesNoTornFileAndNoFalseApplied(String file, int occurrence, WriteHook.Step step) throws Exception {
        crashInProcess(1, file, occurrence, step);
        verify(null, 1);
        recover();
    }

    @ParameterizedTest(name = "{2} of {0} #{1}")
    @MethodSource("killPoints")
    void aCrashWhileRewritingARunLeavesOldOrNewFiles(String file, int occurrence, WriteHook.Step step) throws Exception {
        RunScript.write(new ParquetRunCache(root), 1);
        crashInProcess(2, file, occurrence, step);
        verify(1L, 2);
        recover();
    }

    @Test
    @Timeout(120)
    void aKilledProcessLeavesOldOrNewFiles() throws Exception {
        RunScript.write(new ParquetRunCache(root), 1);
        String[][] points = {
            {"TEMP_WRITTEN", "A/InfraDevice.parquet", "1"},
            {"TEMP_SYNCED", "plan.parquet", "1"},
            {"RENAMED", "plan.parquet", "1"},
            {"TEMP_SYNCED", "run.json", "2"},
        };
        long generation = 2;
        for (String[] point : points) {
            Process child = ChildJvm.start(root.resolve("child-" + generation + ".log"), "crash", root.toString(),
                    Long.toString(generation), point[0], point[1], point[2]);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("halted at %s of %s", point[0], point[1]).isEqualTo(77);
            verify(null, generation);
            generation++;
        }
        recover();
    }

    private void crashInProcess(long generation, String file, int occurrence, WriteHook.Step step) {
        int[] seen = {0};
        WriteHook crash = (at, target) -> {
            if (at == step && target.toString().endsWith(file) && ++seen[0] == occurrence) {
                throw new SimulatedCrash();
            }
        };
        ParquetRunCache cache = new ParquetRunCache(root, crash, Clock.systemUTC());
        assertThatThrownBy(() -> RunScript.write(cache, generation)).isInstanceOf(SimulatedCrash.class);
    }

    /**
     * Every present file must be readable and of an allowed generation ({@code old}, if given, or anything up to
     * {@code newest}); an applied {@code run.json} implies every file of its generation.
     */
    private void verify(Long old, long newest) throws IOException {
        ParquetRunCache cache = new ParquetRunCache(root);
        Path run = root.resolve("from-netbox").resolve(RUN.value());
        Map<String, Long> generations = new java.util.LinkedHashMap<>();
        if (!Files.isDirectory(run)) {
            return;
        }
        RunCacheReader reader = cache.reader(SYNC, RUN);
        RunRecord record = null;
        if (Files.exists(run.resolve("run.json"))) {
            record = reader.record();
            if (record.status() == RunStatus.APPLIED) {
                generations.put("run.json", record.summary().get("generation"));
            }
        }
        if (Files.exists(run.resolve("A/InfraDevice.parquet"))) {
            Set<Object> values = new HashSet<>();
            long count = 0;
            try (RunCacheRows<SnapshotRow> rows = reader.snapshot(Side.A, "InfraDevice")) {
                while (rows.hasNext()) {
                    values.add(rows.next().values().get(1));
                    count++;
                }
            }
            assertThat(count).isEqualTo(RunScript.ROWS);
            assertThat(values).hasSize(1);
            generations.put("A/InfraDevice.parquet", (Long) values.iterator().next());
        }
        if (Files.exists(run.resolve("B/BuiltinTag.parquet"))) {
            try (RunCacheRows<SnapshotRow> rows = reader.snapshot(Side.B, "BuiltinTag")) {
                generations.put("B/BuiltinTag.parquet", Long.parseLong(rows.next().sourceId().substring(3)));
            }
        }
        if (Files.exists(run.resolve("plan.parquet"))) {
            Set<String> values = new HashSet<>();
            long count = 0;
            try (RunCacheRows<PlanRow> rows = reader.plan()) {
                while (rows.hasNext()) {
                    values.add(rows.next().newValue());
                    count++;
                }
            }
            assertThat(count).isEqualTo(RunScript.ROWS);
            assertThat(values).hasSize(1);
            generations.put("plan.parquet", Long.parseLong(values.iterator().next().replaceAll("\\D", "")));
        }
        if (Files.exists(run.resolve("errors.parquet"))) {
            try (RunCacheRows<ErrorRow> rows = reader.errors()) {
                generations.put("errors.parquet", Long.parseLong(rows.next().message().substring("generation ".length())));
            }
        }
        if (Files.exists(run.resolve("cursors.json"))) {
            generations.put("cursors.json", Long.parseLong(
                    reader.cursors().get(Side.A, "InfraDevice").orElseThrow().value().substring(3)));
        }
        if (Files.exists(run.resolve("schema-sub-hash.txt"))) {
            var hash = reader.schemaSubHash().orElseThrow();
            long generation = -1;
            for (long g = 1; g <= newest; g++) {
                if (RunScript.hash(g).equals(hash)) {
                    generation = g;
                }
            }
            generations.put("schema-sub-hash.txt", generation);
        }
        if (Files.exists(root.resolve("from-netbox/last-successful-rowcounts.json"))) {
            generations.put("rowcounts", cache.lastSuccessfulRowCounts(SYNC).get("InfraDevice").orElseThrow());
        }
        for (Map.Entry<String, Long> entry : generations.entrySet()) {
            assertThat(entry.getValue()).as(entry.getKey())
                    .isBetween(old == null ? 1L : old, newest);
        }
        if (record != null && record.status() == RunStatus.APPLIED) {
            long applied = record.summary().get("generation");
            for (String file : RunScript.RUN_FILES) {
                assertThat(generations).as("run.json says generation %d applied", applied).containsEntry(file, applied);
            }
        }
        assertThat(visibleNames(run)).allSatisfy(name -> assertThat(name).doesNotEndWith(".tmp"));
    }

    /** The next run of the same sync must succeed and leave no temporary files behind. */
    private void recover() throws IOException {
        RunScript.write(new ParquetRunCache(root), 99);
        verify(null, 99);
        try (Stream<Path> all = Files.walk(root.resolve("from-netbox"))) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
        assertThat(new ParquetRunCache(root).reader(SYNC, RUN).record().status()).isEqualTo(RunStatus.APPLIED);
    }

    private static List<String> visibleNames(Path run) throws IOException {
        try (Stream<Path> all = Files.walk(run)) {
            return all.map(p -> p.getFileName().toString()).filter(name -> !name.startsWith(".")).toList();
        }
    }

    @Test
    void aRunKilledBeforeItFinishesIsNeverApplied() {
        crashInProcess(1, "run.json", 2, WriteHook.Step.TEMP_SYNCED);
        RunRecord record = new ParquetRunCache(root).reader(SYNC, RUN).record();
        assertThat(record.status()).isEqualTo(RunStatus.RUNNING);
        assertThatThrownBy(() -> new ParquetRunCache(root).reader(SYNC, CacheFixtures.RUN_2))
                .isInstanceOf(RunCacheException.class);
    }
}
