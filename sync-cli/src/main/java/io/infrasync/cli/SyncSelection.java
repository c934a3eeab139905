package io.infrasync.cli;

import io.infrasync.cli.app.Application;
import io.infrasync.cli.config.LoadedConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Which sync a command works on: {@code --name} in {@code --directory}, or {@code --config-file}. */
final class SyncSelection {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--name", paramLabel = "NAME", description = "The sync to use: the 'name' of a config.yml under --directory.")
    String name;

    @Option(names = "--config-file", paramLabel = "FILE", description = "The config.yml to use (instead of --name).")
    Path configFile;

    @Option(names = "--directory", paramLabel = "DIR", defaultValue = ".",
            description = "Where to look for config.yml files (recursively); default: the working directory.")
    Path directory;

    @Option(names = "--branch", paramLabel = "BRANCH",
            description = "The branch to read and write, for adapters that support branches (Infrahub).")
    String branch;

    @Option(names = "--adapter-path", paramLabel = "PATH",
            description = "An extra adapter jar or folder of jars (repeatable); also read from INFRAHUB_SYNC_ADAPTER_PATHS.")
    List<Path> adapterPaths = new ArrayList<>();

    @Option(names = "--lock-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to wait for another run of the same sync to release its lock (default 60).")
    int lockTimeoutSeconds = 60;

    private void requireOne() {
        if ((name == null) == (configFile == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "exactly one of --name and --config-file is required");
        }
    }

    /** Loads the selected configuration (with environment overrides). */
    LoadedConfig load(Application app) {
        requireOne();
        Path dir = app.resolve(directory);
        return name != null ? app.discovery().byName(dir, name) : app.discovery().byFile(configFile, dir);
    }

    /** The sync name, without loading the configuration when {@code --name} gives it. */
    String syncName(Application app) {
        requireOne();
        return name != null ? name : load(app).config().name();
    }
}
