package io.infrasync.core.bench;

import io.infrasync.core.domain.diff.Diff;
import io.infrasync.core.domain.model.Dataset;
import io.infrasync.core.domain.model.ModelType;
import io.infrasync.core.domain.sync.DiffOptions;
import io.infrasync.core.engine.DiffSyncFactory;
import io.infrasync.core.port.in.DiffSync;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: the diff of two loaded datasets (load happens once in setup). Single-shot, because one diff of a
 * million objects is the unit of work a user waits for. Run it with {@code org.openjdk.jmh.Main}
 * (see docs/perf-engine.md); it is not part of {@code mvn verify}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class DiffBenchmark {

    /** Flat datasets: 1M vs 1M devices with 10 string attributes, 1% differences. */
    @State(Scope.Benchmark)
    public static class Flat {
        @Param({"1000000"})
        public int size;
        Dataset src;
        Dataset dst;

        @Setup(Level.Trial)
        public void load() {
            ModelType srcType = BenchData.flatType();
            ModelType dstType = BenchData.flatType();
            src = BenchData.flat("src", srcType, size, false, false);
            dst = BenchData.flat("dst", dstType, size, true, false);
        }
    }

    /** Hierarchical datasets: 101,250 objects per side, 3 levels of children, 1% differences. */
    @State(Scope.Benchmark)
    public static class Tree {
        Dataset src;
        Dataset dst;

        @Setup(Level.Trial)
        public void load() {
            src = BenchData.tree("src", false);
            dst = BenchData.tree("dst", true);
        }
    }

    private static final DiffSync ENGINE = DiffSyncFactory.create();

    @Benchmark
    public Diff diffFlat(Flat state) {
        return ENGINE.diffFrom(state.dst, state.src, DiffOptions.defaults());
    }

    @Benchmark
    public Diff diffTree(Tree state) {
        return ENGINE.diffFrom(state.dst, state.src, DiffOptions.defaults());
    }
}
