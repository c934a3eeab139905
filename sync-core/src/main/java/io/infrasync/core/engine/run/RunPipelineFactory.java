package io.infrasync.core.engine.run;

import io.infrasync.core.port.in.RunPipeline;
import io.infrasync.core.port.out.ExpressionEvaluator;
import io.infrasync.core.port.out.RunCache;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;

/** Creates the {@link RunPipeline} use cases. */
public final class RunPipelineFactory {

    private RunPipelineFactory() {
    }

    /**
     * @param cache     where runs are recorded
     * @param evaluator compiles the {@code transforms} expressions
     * @param clock     run ids, timestamps
     * @param random    the random part of run ids
     * @param cancelled answers {@code true} once the run is cancelled (Ctrl-C); checked between pages and batches
     * @return the use cases
     */
    public static RunPipeline create(RunCache cache, ExpressionEvaluator evaluator, Clock clock, RandomGenerator random,
            BooleanSupplier cancelled) {
        return new PipelineService(cache, evaluator, clock, random, cancelled);
    }
}
