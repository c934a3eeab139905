package io.infrasync.cli;

import io.infrasync.cli.app.Application;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C during a run: asks the run to stop at its next safe point (between pages and write batches), and
 * holds the JVM's exit until the run has marked itself failed and released its lock (at most 30 s).
 */
final class Interrupts implements AutoCloseable {

    private final Thread hook;
    private final CountDownLatch done = new CountDownLatch(1);

    private Interrupts(Application app) {
        hook = new Thread(() -> {
            app.cancel();
            try {
                done.await(30, TimeUnit.SECONDS);
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

    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting (Ctrl-C): the hook is running and now sees the run finished.
        }
    }
}
