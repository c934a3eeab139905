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

/** {@code infrahub-sync diff}: loads both sides, writes A, B and plan.parquet, prints the plan. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Load source and destination, record A/, B/ and plan.parquet in the run cache, print the plan."
                + " Writes nothing to the destination.")
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    InfrahubSyncCommand root;

    @Mixin
    SyncSelection selection;

    @Mixin
    LoadSwitches load;

    @Option(names = "--run-id", paramLabel = "ID", description = "Reuse (overwrite) this run id instead of a new one.")
    String runId;

    @Override
    public Integer call() {
        RunSettings settings = RunSettings.defaults().withConcurrentLoad(load.concurrentLoad)
                .withFullExtract(load.fullExtract);
        if (runId != null) {
            settings = settings.withRunId(RunId.of(runId));
        }
        return RunCommands.run(spec, root, selection, RunCommands.Kind.DIFF, settings, load.showProgress, true);
    }
}
