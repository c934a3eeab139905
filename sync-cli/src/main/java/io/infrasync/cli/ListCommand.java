package io.infrasync.cli;

import io.infrasync.cli.config.DiscoveredConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code infrahub-sync list}: every config.yml found, with its source and destination or its errors. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List every sync found under --directory: its name, source and destination, or why its"
                + " config.yml is invalid.")
final class ListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    InfrahubSyncCommand root;

    @Option(names = "--directory", paramLabel = "DIR", defaultValue = ".",
            description = "Where to look for config.yml files (recursively); default: the working directory.")
    Path directory;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = root.application().resolve(directory);
        List<DiscoveredConfig> found = root.application().discovery().list(dir);
        if (root.output == InfrahubSyncCommand.Format.json) {
            List<Object> rows = new ArrayList<>();
            for (DiscoveredConfig config : found) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("file", dir.relativize(config.file()).toString());
                if (config instanceof DiscoveredConfig.Valid valid) {
                    row.put("name", valid.name());
                    row.put("source", valid.loaded().config().source().name());
                    row.put("destination", valid.loaded().config().destination().name());
                } else if (config instanceof DiscoveredConfig.Invalid invalid) {
                    row.put("name", invalid.name());
                    row.put("errors", invalid.problems().stream().map(Object::toString).toList());
                }
                rows.add(row);
            }
            out.println(RunCommands.write(rows));
            return 0;
        }
        if (found.isEmpty()) {
            out.println("no config.yml under " + dir);
            return 0;
        }
        for (DiscoveredConfig config : found) {
            String file = dir.relativize(config.file()).toString();
            if (config instanceof DiscoveredConfig.Valid valid) {
                out.println(valid.name() + "  " + valid.loaded().config().source().name() + " -> "
                        + valid.loaded().config().destination().name() + "  " + file);
            } else if (config instanceof DiscoveredConfig.Invalid invalid) {
                out.println((invalid.name() == null ? "?" : invalid.name()) + "  INVALID  " + file);
                invalid.problems().forEach(problem -> out.println("    " + problem));
            }
        }
        return 0;
    }
}
