package io.infrasync.cli.demo;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * While the demo runs, the project's {@code java.util.logging} warnings ({@code io.infrasync..}) are shown as
 * one short line each on the demo's error stream, once per distinct message, instead of the JDK's two-line
 * default format with timestamps and class names; closing restores the previous set-up.
 */
public final class DemoLog implements AutoCloseable {

    private static final String ROOT = "io.infrasync";

    private final Logger logger = Logger.getLogger(ROOT);
    private final boolean parentHandlers;
    private final Handler handler;

    private DemoLog(PrintWriter err) {
        parentHandlers = logger.getUseParentHandlers();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() < Level.WARNING.intValue()) {
                    return;
                }
                String message = new SimpleFormatter().formatMessage(record);
                if (seen.add(message)) {
                    err.println(record.getLevel().getName().toLowerCase(Locale.ROOT) + ": " + message);
                    err.flush();
                }
            }

            @Override
            public void flush() {
                err.flush();
            }

            @Override
            public void close() {
                flush();
            }
        };
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
    }

    /** Starts showing warnings on {@code err}. */
    public static DemoLog to(PrintWriter err) {
        return new DemoLog(err);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(parentHandlers);
    }
}
