package io.infrasync.cli;

import io.infrasync.cli.app.Application;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C during a run: asks the run to stop at its next safe point (between pages and write batches), and
 * holds the JVM's exit until the command has finished (the run marked itself failed, released its lock and the
 * command printed its one error line), at most 30 s.
 */
final class Interrupts implements AutoCloseable {

    /**
     * Counted down by {@link Main} once the command returned, everything printed. Waiting only for the run to
     * close is not enough: the JVM halts as soon as the hook returns, which raced with the error line the command
     * prints after the run closed (Ctrl-C sometimes ended without saying why).
     */
    private static final CountDownLatch COMMAND_FINISHED = new CountDownLatch(1);

    private final Thread hook;

    private Interrupts(Application app) {
        hook = new Thread(() -> {
            app.cancel();
            try {
                COMMAND_FINISHED.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "infrahub-sync-interrupt");
    }

    static Interrupts install(Application app) {
        Interrupts interrupts = new Interrupts(app);
        Runtime.getRuntime().addShutdownHook(interrupts.hook);
        return interrupts;
    }

    /** Lets a pending Ctrl-C end the JVM: the command has returned and printed its outcome. */
    static void commandFinished() {
        COMMAND_FINISHED.countDown();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting (Ctrl-C): the hook is running and waits for commandFinished().
        }
    }
}
