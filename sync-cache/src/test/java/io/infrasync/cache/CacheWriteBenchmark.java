package io.infrasync.cache;

import io.infrasync.core.domain.plan.PlanAction;
import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.ColumnType;
import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.RunMode;
import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SnapshotColumn;
import io.infrasync.core.domain.run.SnapshotRow;
import io.infrasync.core.domain.run.SnapshotSchema;
import io.infrasync.core.domain.run.SyncName;
import io.infrasync.core.port.out.RunCacheRows;
import io.infrasync.core.port.out.RunCacheSession;
import io.infrasync.core.port.out.RunCacheSink;
import io.infrasync.core.port.out.RunCacheWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Main-method benchmark (not run by {@code mvn verify}): writes a 1,000,000-row {@code plan.parquet} and a
 * 1,000,000-row snapshot through the public port, rows generated on the fly so that nothing is held twice.
 *
 * <p>Arguments: {@code <output-file> [rows] [warm-up iterations] [measured iterations]}. Results (one line per
 * measured iteration, then the best and median) go to the output file, since only the CLI may print.
 */
public final class CacheWriteBenchmark {

    private static final SnapshotSchema DEVICE = new SnapshotSchema("InfraDevice", List.of(
            SnapshotColumn.identifier("name", ColumnType.STRING),
            SnapshotColumn.attribute("serial", ColumnType.STRING),
            SnapshotColumn.attribute("status", ColumnType.STRING),
            SnapshotColumn.attribute("asn", ColumnType.LONG),
            SnapshotColumn.attribute("weight", ColumnType.DOUBLE),
            SnapshotColumn.attribute("managed", ColumnType.BOOLEAN),
            SnapshotColumn.attribute("tags", ColumnType.JSON)));

    /** Writer-thread CPU time tells the cost apart from waiting for a core on a shared machine. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final String[] STATUSES = {"active", "planned", "offline", "staged"};

    private CacheWriteBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Path root = Files.createTempDirectory("cache-bench");
        ParquetRunCache cache = new ParquetRunCache(root);
        SyncName sync = SyncName.of("bench");
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "rows=%d warmups=%d iterations=%d cpus=%d jvm=%s%n", rows, warmups,
                iterations, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version")));
        List<Long> plan = new ArrayList<>();
        List<Long> snapshot = new ArrayList<>();
        List<Long> planRead = new ArrayList<>();
        List<Long> snapshotRead = new ArrayList<>();
        for (int i = 0; i < warmups + iterations; i++) {
            RunId runId = RunId.generate(Instant.now(), new SplittableRandom(i));
            try (RunCacheSession session = cache.open(sync, Duration.ofSeconds(5))) {
                RunCacheWriter writer = session.startRun(runId, RunMode.DIFF, Instant.now());
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                long planNanos = timePlan(writer, rows);
                long cpu1 = THREADS.getCurrentThreadCpuTime();
                long snapshotNanos = timeSnapshot(writer, rows);
                long cpu2 = THREADS.getCurrentThreadCpuTime();
                Path folder = cache.runFolder(sync, runId);
                long planBytes = Files.size(folder.resolve("plan.parquet"));
                long snapshotBytes = Files.size(folder.resolve("A/InfraDevice.parquet"));
                long planReadNanos = timeRead(() -> cache.reader(sync, runId).plan(), rows);
                long snapshotReadNanos = timeRead(() -> cache.reader(sync, runId).snapshot(Side.A, "InfraDevice"), rows);
                String kind = i < warmups ? "warm-up" : "measured";
                report.append(String.format(Locale.ROOT, "%-8s write: plan %6.3f s (cpu %5.3f s, %4.1f MB), snapshot %6.3f s"
                        + " (cpu %5.3f s, %4.1f MB); read: plan %6.3f s, snapshot %6.3f s%n", kind, planNanos / 1e9,
                        (cpu1 - cpu0) / 1e9, planBytes / 1e6, snapshotNanos / 1e9, (cpu2 - cpu1) / 1e9, snapshotBytes / 1e6,
                        planReadNanos / 1e9, snapshotReadNanos / 1e9));
                if (i >= warmups) {
                    plan.add(planNanos);
                    snapshot.add(snapshotNanos);
                    planRead.add(planReadNanos);
                    snapshotRead.add(snapshotReadNanos);
                }
            }
            deleteTree(cache.runFolder(sync, runId));
        }
        report.append(String.format(Locale.ROOT, "write plan.parquet      best %.3f s, median %.3f s%n", best(plan),
                median(plan)));
        report.append(String.format(Locale.ROOT, "write A/<Kind>.parquet  best %.3f s, median %.3f s%n", best(snapshot),
                median(snapshot)));
        report.append(String.format(Locale.ROOT, "read  plan.parquet      best %.3f s, median %.3f s%n", best(planRead),
                median(planRead)));
        report.append(String.format(Locale.ROOT, "read  A/<Kind>.parquet  best %.3f s, median %.3f s%n",
                best(snapshotRead), median(snapshotRead)));
        report.append(String.format(Locale.ROOT, "peak heap used %.0f MB (max heap %.0f MB)%n",
                ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                        .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6));
        Files.writeString(out, report.toString());
        deleteTree(root);
    }

    private static long timePlan(RunCacheWriter writer, int rows) {
        long start = System.nanoTime();
        try (RunCacheSink<PlanRow> sink = writer.plan()) {
            for (int i = 0; i < rows; i++) {
                PlanAction action = i % 10 == 0 ? PlanAction.CREATE : i % 10 == 1 ? PlanAction.DELETE : PlanAction.UPDATE;
                String id = "device-" + i;
                sink.write(new PlanRow(action, "InfraDevice", id, null, null,
                        action == PlanAction.UPDATE ? "{\"status\": \"planned\", \"serial\": \"S" + i + "\"}" : null,
                        action == PlanAction.DELETE ? null : "{\"status\": \"active\", \"serial\": \"S" + (i + 1) + "\"}",
                        null, null, null));
            }
            sink.commit();
        }
        return System.nanoTime() - start;
    }

    private static long timeSnapshot(RunCacheWriter writer, int rows) {
        Instant extracted = Instant.now();
        List<Object> tags = List.of("core", "edge");
        long start = System.nanoTime();
        try (RunCacheSink<SnapshotRow> sink = writer.snapshot(Side.A, DEVICE)) {
            for (int i = 0; i < rows; i++) {
                String name = "device-" + i;
                sink.write(SnapshotRow.of(name, extracted, Arrays.asList(name, "SN" + (i * 7919L), STATUSES[i & 3],
                        64512L + (i % 1000), i * 0.5, (i & 1) == 0, i % 4 == 0 ? tags : null)));
            }
            sink.commit();
        }
        return System.nanoTime() - start;
    }

    /** Streams every row of a file (the rehydration path of incremental runs and apply), checking the count. */
    private static long timeRead(java.util.function.Supplier<? extends RunCacheRows<?>> open, int rows) {
        long start = System.nanoTime();
        long count = 0;
        try (RunCacheRows<?> read = open.get()) {
            while (read.hasNext()) {
                read.next();
                count++;
            }
        }
        if (count != rows) {
            throw new IllegalStateException("read " + count + " rows, wrote " + rows);
        }
        return System.nanoTime() - start;
    }

    private static double best(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).min().orElse(0) / 1e9;
    }

    private static double median(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2] / 1e9;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
