package io.infrasync.sandbox;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Running totals of the requests a server answered, kept apart from the {@link RequestLog} so that a
 * benchmark can read them cheaply over HTTP ({@code GET /__sandbox/stats}) and so that clearing the
 * log does not reset them. Thread-safe.
 */
public final class RequestStats {

    /**
     * A point-in-time copy of the totals.
     *
     * @param requests      requests answered (or dropped by a fault), the stats requests themselves excluded
     * @param byMethod      the same, per upper-case HTTP method, sorted by method
     * @param requestBytes  bytes of request bodies received
     * @param responseBytes bytes of response bodies sent (as produced by the handler, before any fault cuts them)
     */
    public record Snapshot(long requests, Map<String, Long> byMethod, long requestBytes, long responseBytes) {
        /** Copies the map, so a snapshot never changes. */
        public Snapshot {
            byMethod = Map.copyOf(byMethod);
        }

        /** The snapshot as a JSON-ready map (snake_case keys, methods sorted). */
        public Map<String, Object> toJson() {
            Map<String, Object> json = new java.util.LinkedHashMap<>();
            json.put("requests", requests);
            json.put("by_method", new TreeMap<>(byMethod));
            json.put("request_bytes", requestBytes);
            json.put("response_bytes", responseBytes);
            return json;
        }
    }

    private final LongAdder requests = new LongAdder();
    private final Map<String, LongAdder> byMethod = new ConcurrentHashMap<>();
    private final LongAdder requestBytes = new LongAdder();
    private final LongAdder responseBytes = new LongAdder();

    void record(String method, long receivedBytes, long sentBytes) {
        requests.increment();
        byMethod.computeIfAbsent(method.toUpperCase(Locale.ROOT), m -> new LongAdder()).increment();
        requestBytes.add(receivedBytes);
        responseBytes.add(sentBytes);
    }

    /** The totals so far. */
    public Snapshot snapshot() {
        Map<String, Long> methods = new TreeMap<>();
        byMethod.forEach((method, count) -> methods.put(method, count.sum()));
        return new Snapshot(requests.sum(), methods, requestBytes.sum(), responseBytes.sum());
    }
}
