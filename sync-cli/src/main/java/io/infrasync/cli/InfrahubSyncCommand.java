package io.infrasync.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code infrahub-sync} command: only prints usage; the work is in its subcommands. */
@Command(
        name = "infrahub-sync",
        mixinStandardHelpOptions = true,
        versionProvider = InfrahubSyncCommand.VersionProvider.class,
        description = "Synchronise NetBox, Nautobot and Infrahub: diff, sync and apply with a Parquet run cache.",
        subcommands = {DemoCommand.class, AdaptersCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success, or no changes",
            "2:usage or configuration error"
        })
public final class InfrahubSyncCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Builds the command line with the settings every entry point (main, tests) shares. */
    public static CommandLine newCommandLine() {
        return new CommandLine(new InfrahubSyncCommand());
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
