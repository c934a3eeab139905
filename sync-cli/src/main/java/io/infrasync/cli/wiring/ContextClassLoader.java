package io.infrasync.cli.wiring;

import java.util.function.Supplier;

/**
 * Runs plugin code with the plugin's class loader as the thread's context class loader, because
 * libraries inside a plugin (JSON, HTTP, their own ServiceLoader look-ups) search it.
 */
final class ContextClassLoader {

    private ContextClassLoader() {
    }

    static <T> T call(ClassLoader loader, Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        if (previous == loader) {
            return action.get();
        }
        thread.setContextClassLoader(loader);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static void run(ClassLoader loader, Runnable action) {
        call(loader, () -> {
            action.run();
            return null;
        });
    }
}
