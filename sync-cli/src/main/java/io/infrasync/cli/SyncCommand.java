package io.infrasync.cli;

import io.infrasync.core.port.in.RunSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code infrahub-sync sync}: diff, then write the changes to the destination tier by tier. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Diff, then write the changes to the destination tier by tier; updates"
                + " last-successful-rowcounts.json when everything was applied.")
final class SyncCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    InfrahubSyncCommand root;

    @Mixin
    SyncSelection selection;

    @Mixin
    LoadSwitches load;

    @Option(names = "--diff", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Print the plan before the summary (default).")
    boolean printDiff = true;

    @Option(names = "--allow-rowcount-drop", negatable = true,
            description = "Write even when a kind dropped below the configured share of its last successful count.")
    boolean allowRowcountDrop;

    @Option(names = "--allow-mass-delete", negatable = true,
            description = "Write even when the plan deletes more than guardrails.max_delete_ratio (default 0.2) of a"
                    + " kind's destination objects.")
    boolean allowMassDelete;

    @Option(names = "--continue-on-error", negatable = true,
            description = "Record per-object failures in errors.parquet and go on (exit code 1 at the end);"
                    + " without it the first failure stops the run.")
    boolean continueOnError;

    @Option(names = "--parallel", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Write the kinds of one tier concurrently (default); tiers always follow each other."
                    + " An explicit 'order' is written one kind at a time.")
    boolean parallel = true;

    @Option(names = "--dry-run", description = "Plan and record everything, write nothing (run.json says dry-run).")
    boolean dryRun;

    @Override
    public Integer call() {
        RunSettings settings = RunSettings.defaults().withConcurrentLoad(load.concurrentLoad)
                .withFullExtract(load.fullExtract).withAllowRowcountDrop(allowRowcountDrop).withAllowMassDelete(allowMassDelete)
                .withContinueOnError(continueOnError).withParallel(parallel).withDryRun(dryRun);
        return RunCommands.run(spec, root, selection, RunCommands.Kind.SYNC, settings, load.showProgress, printDiff);
    }
}
