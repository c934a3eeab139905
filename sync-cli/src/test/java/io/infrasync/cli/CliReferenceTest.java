package io.infrasync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** docs/cli.md documents every command and option of the picocli model. */
class CliReferenceTest {

    @Test
    void everyCommandAndOptionIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "cli.md"));
        List<String> missing = new ArrayList<>();
        collect(InfrahubSyncCommand.newCommandLine().getCommandSpec(), doc, missing);
        assertThat(missing).as("missing from docs/cli.md").isEmpty();
    }

    private static void collect(CommandSpec spec, String doc, List<String> missing) {
        if (spec.parent() != null && !doc.contains("`" + spec.name()) && !doc.contains(" " + spec.name() + " ")) {
            missing.add("command " + spec.qualifiedName());
        }
        for (OptionSpec option : spec.options()) {
            for (String name : option.names()) {
                if (!doc.contains(name)) {
                    missing.add(spec.qualifiedName() + " " + name);
                }
            }
            if (option.negatable()) {
                String negated = option.longestName().replaceFirst("^--", "--no-");
                if (!doc.contains(negated)) {
                    missing.add(spec.qualifiedName() + " " + negated);
                }
            }
        }
        for (CommandLine sub : spec.subcommands().values()) {
            collect(sub.getCommandSpec(), doc, missing);
        }
    }
}
