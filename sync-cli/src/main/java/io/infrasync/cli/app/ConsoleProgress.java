package io.infrasync.cli.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.infrasync.core.port.out.RunProgress;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shows a run's progress on the error stream: a live line per resource (count and rate) on a terminal, or
 * plain periodic log lines (every few seconds and at the end of each resource) otherwise, as text or JSON.
 * Thread-safe: the two sides report from their own threads.
 *
 * <p>On a terminal ({@link Style#LIVE}) the live line is redrawn in place: carriage return, ANSI "erase to end
 * of line", then {@code write   InfraDevice  [#####.....] 120/240  950/s  0.1s} (a bar when the total is known,
 * as for writes; the count alone otherwise), at most {@value #LIVE_WIDTH} characters wide. When a resource
 * finishes, its line is erased and a final line is printed with a newline, so the scrollback keeps one line per
 * resource. Log lines erase the live line first.
 */
public final class ConsoleProgress implements RunProgress {

    /** How the console looks. */
    public enum Style { LIVE, LINES, QUIET }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);
    /** Back to column 0 and erase to the end of the line (ANSI EL), so a shorter line leaves nothing behind. */
    static final String ERASE_LINE = "\r\u001b[K";
    private static final int BAR_WIDTH = 10;
    /**
     * Widest live line. A line wider than the terminal wraps, and the carriage return of the next redraw only goes
     * back to the start of its last row, leaving the first rows behind on every frame; 79 fits a default 80-column
     * terminal (the JDK cannot ask the terminal for its width).
     */
    static final int LIVE_WIDTH = 79;

    private final PrintWriter out;
    private final Style style;
    private final boolean json;
    private final Clock clock;
    private final Map<String, Instant> started = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastLine = new ConcurrentHashMap<>();
    private final Map<String, Long> totals = new ConcurrentHashMap<>();
    /** Whether a live line without its newline is on the terminal (guarded by this). */
    private boolean liveLineShown;

    /**
     * @param out   where to write (the error stream: standard output stays machine-readable)
     * @param style live bars, lines, or warnings only
     * @param json  one JSON object per line instead of text
     * @param clock for rates
     */
    public ConsoleProgress(PrintWriter out, Style style, boolean json, Clock clock) {
        this.out = out;
        this.style = style;
        this.json = json;
        this.clock = clock;
    }

    private static String key(Stage stage, String resource) {
        return stage + "/" + resource;
    }

    private static String label(Stage stage) {
        return switch (stage) {
            case LOAD_SOURCE -> "load A";
            case LOAD_DESTINATION -> "load B";
            case DIFF -> "diff";
            case WRITE -> "write";
        };
    }

    @Override
    public void started(Stage stage, String resource, long total) {
        Instant now = clock.instant();
        started.put(key(stage, resource), now);
        lastLine.put(key(stage, resource), now);
        if (total >= 0) {
            totals.put(key(stage, resource), total);
        } else {
            totals.remove(key(stage, resource));
        }
    }

    @Override
    public synchronized void advanced(Stage stage, String resource, long done) {
        if (style == Style.QUIET) {
            return;
        }
        Instant now = clock.instant();
        if (style == Style.LIVE && !json) {
            out.print(ERASE_LINE + liveLine(stage, resource, done, now));
            out.flush();
            liveLineShown = true;
            return;
        }
        Instant last = lastLine.getOrDefault(key(stage, resource), now);
        if (Duration.between(last, now).compareTo(LOG_EVERY) >= 0) {
            lastLine.put(key(stage, resource), now);
            emit("progress", stage, resource, done, now);
        }
    }

    @Override
    public synchronized void finished(Stage stage, String resource, long done) {
        if (style == Style.QUIET) {
            return;
        }
        Instant now = clock.instant();
        eraseLiveLine();
        emit("done", stage, resource, done, now);
    }

    private void eraseLiveLine() {
        if (liveLineShown) {
            out.print(ERASE_LINE);
            liveLineShown = false;
        }
    }

    /**
     * The redrawn line, within {@link #LIVE_WIDTH}: a bar and {@code done/total} when the total is known (writes),
     * else the count; a long resource name loses its end ({@code ~} marks the cut) so that the numbers stay
     * visible, and only numbers too wide for the line are cut.
     */
    private String liveLine(Stage stage, String resource, long done, Instant now) {
        Long total = totals.get(key(stage, resource));
        Instant start = started.getOrDefault(key(stage, resource), now);
        double seconds = Math.max(0.001, Duration.between(start, now).toMillis() / 1000.0);
        int nameWidth;
        String numbers;
        if (total == null || total <= 0) {
            nameWidth = 32;
            numbers = String.format(Locale.ROOT, "%,10d  %,.0f/s  %.1fs", done, done / seconds, seconds);
        } else {
            int filled = (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
            nameWidth = 24;
            numbers = String.format(Locale.ROOT, "[%s%s] %,d/%,d  %,.0f/s  %.1fs", "#".repeat(filled),
                    ".".repeat(BAR_WIDTH - filled), done, total, done / seconds, seconds);
        }
        String line = String.format(Locale.ROOT, "%-7s %-" + nameWidth + "s %s", label(stage), resource, numbers);
        if (line.length() > LIVE_WIDTH) {
            int room = LIVE_WIDTH - 9 - numbers.length(); // the label column and two spaces
            String name = room >= 4 && resource.length() > room ? resource.substring(0, room - 1) + "~" : resource;
            line = String.format(Locale.ROOT, "%-7s %s %s", label(stage), name, numbers);
        }
        return line.length() > LIVE_WIDTH ? line.substring(0, LIVE_WIDTH) : line;
    }

    /** The plain (final or periodic) line of a resource. */
    private String line(Stage stage, String resource, long done, Instant now) {
        Instant start = started.getOrDefault(key(stage, resource), now);
        double seconds = Math.max(0.001, Duration.between(start, now).toMillis() / 1000.0);
        return String.format(Locale.ROOT, "%-7s %-32s %,10d  %,.0f/s  %.1fs", label(stage), resource, done, done / seconds,
                seconds);
    }

    private void emit(String event, Stage stage, String resource, long done, Instant now) {
        if (json) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("ts", now.toString());
            line.put("level", "info");
            line.put("event", event);
            line.put("stage", stage.name().toLowerCase(Locale.ROOT));
            line.put("resource", resource);
            line.put("count", done);
            writeJson(line);
        } else {
            out.println(line(stage, resource, done, now));
        }
        out.flush();
    }

    @Override
    public synchronized void info(String message) {
        if (style != Style.QUIET) {
            log("info", message);
        }
    }

    @Override
    public synchronized void warning(String message) {
        log("warning", message);
    }

    private void log(String level, String message) {
        eraseLiveLine();
        if (json) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("ts", clock.instant().toString());
            line.put("level", level);
            line.put("message", message);
            writeJson(line);
        } else {
            out.println(level + ": " + message);
        }
        out.flush();
    }

    /** Ends {@link #showLogWarnings()}. */
    public interface LogWarnings extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Until closed, shows the project's own log records of level WARNING and above ({@code System.Logger} /
     * {@code java.util.logging} under {@code io.infrasync}, such as the mapping's "kinds mapped but absent from
     * order") as {@link #warning} lines of this console, once per distinct message. Without it they went to the
     * process's standard error in the JDK's two-line format, once per place that built the mapping, ignoring
     * {@code --log-format json} and the command's own streams. Does nothing when a handler already shows them
     * (the demo installs its own).
     *
     * @return what removes the forwarding again
     */
    public LogWarnings showLogWarnings() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("io.infrasync");
        if (logger.getHandlers().length > 0) {
            return () -> { };
        }
        boolean parentHandlers = logger.getUseParentHandlers();
        java.util.Set<String> seen = ConcurrentHashMap.newKeySet();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (record.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                    String message = new java.util.logging.SimpleFormatter().formatMessage(record);
                    if (seen.add(message)) {
                        warning(message);
                    }
                }
            }

            @Override
            public void flush() {
                out.flush();
            }

            @Override
            public void close() {
                flush();
            }
        };
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
        return () -> {
            logger.removeHandler(handler);
            logger.setUseParentHandlers(parentHandlers);
        };
    }

    private void writeJson(Map<String, Object> line) {
        try {
            out.println(JSON.writeValueAsString(line));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render a log line", e);
        }
    }
}
