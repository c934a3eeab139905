package io.infrasync.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The first command a new user runs. Until the sandbox, adapters and run orchestration are wired
 * (issue "sync-cli"), it says plainly what exists today instead of pretending to sync.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run a NetBox-to-Infrahub sync against loopback sandboxes (not available in this build yet).")
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(
                "The demo is not available in this build yet: the sandbox servers, adapters and the sync "
                        + "command it runs are still being built. See README.md for what works today.");
        return 0;
    }
}
