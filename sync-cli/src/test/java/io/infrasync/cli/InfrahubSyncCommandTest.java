package io.infrasync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class InfrahubSyncCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = InfrahubSyncCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void helpPrintsUsageWithCommandsAndExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: infrahub-sync").contains("demo").contains("Exit codes:");
    }

    @Test
    void versionComesFromTheBuild() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("infrahub-sync 0.").doesNotContain("unknown").doesNotContain("${");
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitCode2() {
        assertThat(run("--no-such-flag")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-flag'");
    }

    @Test
    void completionScriptCoversCommandsAndTheirOptions() {
        assertThat(run("generate-completion")).isZero();
        assertThat(out.toString()).contains("complete -F").contains("infrahub-sync")
                .contains("--full-extract").contains("--continue-on-error").contains("sandbox");
    }
}
