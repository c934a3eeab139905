package io.infrasync.rest;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Thread pools that never keep the JVM alive (an adapter the host forgets to close must not hang it). */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /**
     * A cached pool of daemon threads named {@code <prefix>-1}, {@code <prefix>-2}, ...
     *
     * @param prefix the thread names' prefix ({@code netbox-page})
     * @return the pool; shut it down when done
     */
    public static ExecutorService cachedPool(String prefix) {
        AtomicInteger number = new AtomicInteger();
        return Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
