package io.infrasync.cli;

import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.port.in.RunSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code infrahub-sync apply --run-id ID}: writes a cached plan without reading the source. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Write the cached plan of a run to the destination without reading the source. Refuses"
                + " (exit 3) when the mapping or the destination schema changed since the run.")
final class ApplyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    InfrahubSyncCommand root;

    @Mixin
    SyncSelection selection;

    @Option(names = "--run-id", required = true, paramLabel = "ID", description = "The run whose plan.parquet to apply.")
    String runId;

    @Option(names = "--continue-on-error", negatable = true,
            description = "Record per-object failures and go on; without it the first failure stops.")
    boolean continueOnError;

    @Option(names = "--allow-mass-delete", negatable = true,
            description = "Write even when the plan deletes more than guardrails.max_delete_ratio of a kind's"
                    + " destination objects.")
    boolean allowMassDelete;

    @Option(names = "--show-progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show progress on the error stream (default).")
    boolean showProgress = true;

    @Override
    public Integer call() {
        RunSettings settings = RunSettings.defaults().withRunId(RunId.of(runId)).withContinueOnError(continueOnError)
                .withAllowMassDelete(allowMassDelete);
        return RunCommands.run(spec, root, selection, RunCommands.Kind.APPLY, settings, showProgress, false);
    }
}
