package io.infrasync.cli;

import picocli.CommandLine;

/** Entry point of the shaded jar and the {@code ./infrahub-sync} launcher. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = InfrahubSyncCommand.newCommandLine().execute(args);
        Interrupts.commandFinished();
        System.exit(code);
    }
}
