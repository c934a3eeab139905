package io.infrasync.sandbox;

import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An embedded HTTP server on 127.0.0.1 that hands every request to one {@link SandboxHandler},
 * after applying the {@link FaultPlan} and before recording the {@link RequestLog}.
 *
 * <p>Binds to loopback only, so tests and the demo never expose anything; port 0 picks a free port.
 *
 * <p>{@code GET /__sandbox/stats} is answered by the server itself, for every emulator: the running
 * {@link RequestStats} as JSON ({@code requests}, {@code by_method}, {@code request_bytes},
 * {@code response_bytes}). It is read-only, needs no token, and is neither counted, logged nor subject
 * to faults, so a benchmark can read the totals before and after a command and take the difference.
 */
public final class SandboxServer implements AutoCloseable {

    private static final int WORKER_THREADS = 16;

    /** The path of the server's own statistics endpoint; no emulated product uses it. */
    public static final String STATS_PATH = "/__sandbox/stats";

    static {
        // Without TCP_NODELAY, Nagle's algorithm and delayed ACKs stall small answers ~40 ms each:
        // writing 20k objects in batches took 26.6 s instead of 9.0 s. The JDK server reads this
        // property once, when its configuration class loads, so it must be set before the first bind.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final SandboxHandler handler;
    private final FaultPlan faults = new FaultPlan();
    private final RequestLog log = new RequestLog();
    private final RequestStats stats = new RequestStats();

    private SandboxServer(HttpServer server, ExecutorService workers, SandboxHandler handler) {
        this.server = server;
        this.workers = workers;
        this.handler = handler;
    }

    /**
     * Starts a server on 127.0.0.1.
     *
     * @param name    a short name for the worker threads (for example {@code "netbox"})
     * @param port    the port, or 0 for an ephemeral one
     * @param handler the emulator answering requests
     */
    public static SandboxServer start(String name, int port, SandboxHandler handler) {
        requireNonNull(name, "name is null");
        requireNonNull(handler, "handler is null");
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the " + name + " sandbox to 127.0.0.1:" + port, e);
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(WORKER_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "sandbox-" + name + "-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        http.setExecutor(workers);
        SandboxServer sandbox = new SandboxServer(http, workers, handler);
        http.createContext("/", sandbox::exchange);
        http.start();
        return sandbox;
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The faults to inject; change it at any time. */
    public FaultPlan faults() {
        return faults;
    }

    /** The requests answered so far. */
    public RequestLog requestLog() {
        return log;
    }

    /** Running totals of the requests answered so far (also served at {@link #STATS_PATH}). */
    public RequestStats stats() {
        return stats;
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void exchange(HttpExchange exchange) {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        String rawQuery = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
        byte[] body = new byte[0];
        boolean logged = false;
        if (method.equals("GET") && path.equals(STATS_PATH)) {
            answerStats(exchange);
            return;
        }
        try {
            body = readBody(exchange.getRequestBody());
            Optional<Fault> fault = faults.next(method, path);
            if (fault.isPresent() && fault.get() instanceof Fault.ConnectionReset) {
                return; // closing without a status line: the client sees the connection drop
            }
            SandboxResponse response = fault.flatMap(f -> replacement(f)).orElse(null);
            if (response == null) {
                fault.filter(Fault.Latency.class::isInstance).map(Fault.Latency.class::cast)
                        .ifPresent(latency -> sleep(latency.delay()));
                response = answer(exchange, method, path, rawQuery, body);
            }
            // Logged before the answer leaves: a client that has its answer must find the entry.
            log.record(entry(method, path, rawQuery, response.status(), body));
            stats.record(method, body.length, response.body().length);
            logged = true;
            send(exchange, response, fault.orElse(null));
        } catch (IOException | RuntimeException e) {
            // A client that hung up mid-answer: nothing to tell it; the exchange is closed below.
        } finally {
            if (!logged) {
                log.record(entry(method, path, rawQuery, 0, body));
                stats.record(method, body.length, 0);
            }
            closeQuietly(exchange);
        }
    }

    private void answerStats(HttpExchange exchange) {
        try {
            exchange.getRequestBody().readAllBytes();
            send(exchange, SandboxResponse.json(200, stats.snapshot().toJson()), null);
        } catch (IOException | RuntimeException e) {
            // The caller hung up: nothing to tell it.
        } finally {
            closeQuietly(exchange);
        }
    }

    private static RequestLog.Entry entry(String method, String path, String rawQuery, int status, byte[] body) {
        return new RequestLog.Entry(method, path, rawQuery, status, new String(body, StandardCharsets.UTF_8));
    }

    private SandboxResponse answer(HttpExchange exchange, String method, String path, String rawQuery, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        String host = exchange.getRequestHeaders().getFirst("Host");
        String baseUrl = "http://" + (host != null ? host : "127.0.0.1:" + port());
        SandboxRequest request = new SandboxRequest(method, path, rawQuery, SandboxRequest.parseQuery(rawQuery),
                headers, body, baseUrl);
        try {
            return handler.handle(request);
        } catch (RuntimeException e) {
            // A real server answers 500 for an unhandled error; so does the emulator, naming the cause.
            return SandboxResponse.json(500, Map.of("error", String.valueOf(e.getMessage()),
                    "exception", e.getClass().getSimpleName()));
        }
    }

    private static Optional<SandboxResponse> replacement(Fault fault) {
        if (fault instanceof Fault.ServerError error) {
            return Optional.of(SandboxResponse.json(error.status(), error.jsonBody()));
        }
        if (fault instanceof Fault.TooManyRequests tooMany) {
            SandboxResponse response = SandboxResponse.json(429, "{\"detail\": \"Request was throttled.\"}");
            return Optional.of(tooMany.retryAfterSeconds() >= 0
                    ? response.withHeader("Retry-After", Integer.toString(tooMany.retryAfterSeconds()))
                    : response);
        }
        return Optional.empty();
    }

    private static void send(HttpExchange exchange, SandboxResponse response, Fault fault) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        response.headers().forEach(headers::set);
        byte[] body = response.body();
        boolean noBody = body.length == 0 && (response.status() == 204 || response.status() == 304);
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length == 0 ? -1 : body.length);
        if (body.length == 0) {
            return;
        }
        OutputStream out = exchange.getResponseBody();
        if (fault instanceof Fault.TruncatedBody truncated) {
            out.write(body, 0, (int) (body.length * truncated.fraction()));
            out.flush();
            // Closing under a promised Content-Length is what a dying upstream does; the JDK server
            // drops the connection when the exchange is closed short of it.
            return;
        }
        if (fault instanceof Fault.SlowBody slow) {
            for (int offset = 0; offset < body.length; offset += slow.chunkBytes()) {
                out.write(body, offset, Math.min(slow.chunkBytes(), body.length - offset));
                out.flush();
                sleep(slow.pause());
            }
        } else {
            out.write(body);
        }
    }

    private static void closeQuietly(HttpExchange exchange) {
        try {
            exchange.close();
        } catch (RuntimeException e) {
            // Closing short of Content-Length throws inside the JDK server; the connection is dropped anyway.
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
