package io.infrasync.core.port.in;

/**
 * The {@code diff}, {@code sync} and {@code apply} use cases: load both sides through the adapters, diff them,
 * record the run in the run cache, and write the changes to the destination. Obtain an implementation from
 * {@code io.infrasync.core.engine.run.RunPipelineFactory}.
 *
 * <p>Each call takes the sync's lock for its whole duration. Whole-run failures throw {@link RunException}
 * (the run's {@code run.json} says {@code failed} when the run had started); per-object failures are
 * reported in the outcome.
 */
public interface RunPipeline {

    /**
     * Loads both sides, diffs them and records A, B, the plan and {@code run.json} (status {@code dry-run}).
     * Writes nothing to the destination.
     *
     * @param request the run
     * @return what the run found
     * @throws RunException when the run cannot proceed
     */
    RunOutcome diff(RunRequest request);

    /**
     * {@link #diff} then writes the plan to the destination tier by tier (unless {@code dryRun}), and updates
     * the last successful row counts when everything was applied.
     *
     * @param request the run
     * @return what the run did
     * @throws RunException when the run cannot proceed, or a guardrail refuses it
     */
    RunOutcome sync(RunRequest request);

    /**
     * Writes the cached plan of {@code request.settings().runId()} to the destination without reading the
     * source. The destination is read again to find the current ids of the objects and their peers.
     * Refuses ({@link RunException.Reason#GUARDRAIL}) when the schema sub-hash differs from the run's.
     *
     * @param request the run; {@code settings().runId()} is required, {@code source} is ignored
     * @return what the run did
     * @throws RunException when the run cannot proceed
     */
    RunOutcome apply(RunRequest request);
}
