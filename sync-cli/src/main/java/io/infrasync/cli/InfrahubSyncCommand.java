package io.infrasync.cli;

import io.infrasync.cli.app.Application;
import io.infrasync.cli.app.ExitCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code infrahub-sync} command: only prints usage; the work is in its subcommands. */
@Command(
        name = "infrahub-sync",
        mixinStandardHelpOptions = true,
        versionProvider = InfrahubSyncCommand.VersionProvider.class,
        description = "Synchronise NetBox, Nautobot and Infrahub: diff, sync and apply with a Parquet run cache.",
        subcommands = {ListCommand.class, DiffCommand.class, SyncCommand.class, ApplyCommand.class, RunsCommand.class,
            AdaptersCommand.class, DemoCommand.class, SandboxCommand.class,
            picocli.AutoComplete.GenerateCompletion.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success, or no changes",
            "1:some objects failed (see errors.parquet): applied the rest under --continue-on-error, else stopped",
            "2:usage or configuration error",
            "3:guardrail refusal (row-count drop, schema drift since the run)",
            "4:adapter or connection error (or the run cache cannot be used)",
            "5:another run of the same sync holds the lock"
        })
public final class InfrahubSyncCommand implements Callable<Integer> {

    /** Output formats of command summaries. */
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "More detail: setting origins, stack traces of errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Only warnings, errors and the final line.")
    boolean quiet;

    @Option(names = "--output", scope = ScopeType.INHERIT, paramLabel = "text|json", defaultValue = "text",
            description = "Summary format on standard output: text (default) or json (one object, for automation).")
    Format output = Format.text;

    @Option(names = "--log-format", scope = ScopeType.INHERIT, paramLabel = "text|json", defaultValue = "text",
            description = "Format of progress and log lines on standard error: text (default) or json.")
    Format logFormat = Format.text;

    private final Application application;

    InfrahubSyncCommand(Application application) {
        this.application = application;
    }

    /** Builds the command line of this process (its environment and working directory). */
    public static CommandLine newCommandLine() {
        return newCommandLine(Application.system());
    }

    /**
     * Builds the command line over an application (tests pass their own environment, directory and clock).
     *
     * @param application the composition root
     * @return the command line, with the documented exit codes and one-line errors
     */
    public static CommandLine newCommandLine(Application application) {
        InfrahubSyncCommand root = new InfrahubSyncCommand(application);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setExitCodeExceptionMapper(new ExitCodes());
        commandLine.setExecutionExceptionHandler(ExitCodes.handler(() -> root.verbose));
        return commandLine;
    }

    Application application() {
        return application;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Reads the version that Maven filtered into {@code version.properties}. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Properties properties = new Properties();
            try (InputStream in = InfrahubSyncCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read version.properties from the jar", e);
            }
            return new String[] {
                "infrahub-sync " + properties.getProperty("version", "unknown"),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
