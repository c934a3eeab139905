package io.infrasync.spi;

import java.util.ResourceBundle;

/** The default logger of a context built without one: tests and tools that do not care about logs. */
record DiscardingLogger(String getName) implements System.Logger {

    @Override
    public boolean isLoggable(Level level) {
        return false;
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        // discarded on purpose
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        // discarded on purpose
    }
}
