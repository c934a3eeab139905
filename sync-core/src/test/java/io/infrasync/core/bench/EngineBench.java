package io.infrasync.core.bench;

import io.infrasync.core.domain.diff.Diff;
import io.infrasync.core.domain.model.Dataset;
import io.infrasync.core.domain.model.ModelType;
import io.infrasync.core.domain.sync.DiffOptions;
import io.infrasync.core.domain.sync.SyncOptions;
import io.infrasync.core.engine.DiffSyncFactory;
import io.infrasync.core.port.in.DiffSync;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * A plain harness for what JMH does not measure well: load time and retained heap per object (used heap
 * after full GCs, before and after loading each side, divided by the object count), plus diff, plan and
 * sync wall-clock times. Usage: {@code EngineBench [flatSize] [mixed|unique] [repeats]}.
 */
public final class EngineBench {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EngineBench() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean unique = args.length > 1 && args[1].equals("unique");
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        DiffSync engine = DiffSyncFactory.create();
        System.out.printf("JVM %s, max heap %d MB, %d CPUs, GC %s, load average %.2f%n",
                System.getProperty("java.vm.version"), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getGarbageCollectorMXBeans().get(0).getName(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        long before = usedAfterGc();
        long t0 = System.nanoTime();
        Dataset src = BenchData.flat("src", BenchData.flatType(), size, false, unique);
        long loadSrcMs = (System.nanoTime() - t0) / 1_000_000;
        long afterSrc = usedAfterGc();
        ModelType dstType = BenchData.flatType();
        t0 = System.nanoTime();
        Dataset dst = BenchData.flat("dst", dstType, size, true, unique);
        long loadDstMs = (System.nanoTime() - t0) / 1_000_000;
        long afterDst = usedAfterGc();
        System.out.printf("flat %s: loaded %d + %d objects in %d ms + %d ms%n", unique ? "unique" : "mixed",
                src.count(), dst.count(), loadSrcMs, loadDstMs);
        System.out.printf("heap per object: source %.0f B, destination %.0f B%n",
                (afterSrc - before) / (double) src.count(), (afterDst - afterSrc) / (double) dst.count());

        long[] diffMs = new long[repeats];
        long[] diffCpuMs = new long[repeats];
        Diff diff = null;
        for (int i = 0; i < repeats; i++) {
            diff = null;
            usedAfterGc();
            t0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            diff = engine.diffFrom(dst, src, DiffOptions.defaults());
            diffCpuMs[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1_000_000;
            diffMs[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        System.out.printf("diff wall: %s ms (best %d); diff thread CPU: %s ms (best %d); summary %s%n",
                Arrays.toString(diffMs), Arrays.stream(diffMs).min().orElse(0), Arrays.toString(diffCpuMs),
                Arrays.stream(diffCpuMs).min().orElse(0), diff.summary());
        long afterDiff = usedAfterGc();
        System.out.printf("diff retained heap: %.0f B per element%n", (afterDiff - afterDst) / (double) diff.size());
        t0 = System.nanoTime();
        int rows = engine.planRows(diff, UnaryOperator.identity()).size();
        System.out.printf("plan rows: %d in %d ms%n", rows, (System.nanoTime() - t0) / 1_000_000);
        t0 = System.nanoTime();
        engine.syncFrom(dst, src, SyncOptions.defaults().withDiff(diff));
        System.out.printf("sync (default in-memory hooks): %d ms; remaining diffs: %s%n",
                (System.nanoTime() - t0) / 1_000_000, engine.diffFrom(dst, src, DiffOptions.defaults()).summary());
        src = null;
        dst = null;
        diff = null;

        long beforeTree = usedAfterGc();
        t0 = System.nanoTime();
        Dataset treeSrc = BenchData.tree("src", false);
        Dataset treeDst = BenchData.tree("dst", true);
        long loadTreeMs = (System.nanoTime() - t0) / 1_000_000;
        long afterTree = usedAfterGc();
        System.out.printf("tree: loaded %d + %d objects in %d ms, %.0f B per object%n", treeSrc.count(),
                treeDst.count(), loadTreeMs, (afterTree - beforeTree) / (double) (treeSrc.count() + treeDst.count()));
        long[] treeMs = new long[repeats];
        long[] treeCpuMs = new long[repeats];
        Diff treeDiff = null;
        for (int i = 0; i < repeats; i++) {
            t0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            treeDiff = engine.diffFrom(treeDst, treeSrc, DiffOptions.defaults());
            treeCpuMs[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1_000_000;
            treeMs[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        System.out.printf("tree diff wall: %s ms (best %d); CPU: %s ms (best %d); summary %s%n",
                Arrays.toString(treeMs), Arrays.stream(treeMs).min().orElse(0), Arrays.toString(treeCpuMs),
                Arrays.stream(treeCpuMs).min().orElse(0), treeDiff.summary());
        System.out.printf("load average at end %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
