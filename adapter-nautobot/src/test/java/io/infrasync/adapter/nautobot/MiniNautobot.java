package io.infrasync.adapter.nautobot;

import io.infrasync.sandbox.SandboxHandler;
import io.infrasync.sandbox.SandboxRequest;
import io.infrasync.sandbox.SandboxResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small Nautobot 2.x list API written from the wire spec (wire-apis.md B): UUID ids, limit/offset
 * pagination, {@code depth} 0 (FKs as {id, object_type, url}) or 1 (nested names), strict filtering
 * (unknown parameters answer 400 "Unknown filter field"), endpoints whose filter set lacks
 * {@code last_updated}, {@code Accept: application/json; version=x} negotiation (406), 403 on a bad token.
 */
final class MiniNautobot implements SandboxHandler {

    static final String TOKEN = "aaaaaaaaaabbbbbbbbbbccccccccccdddddddddd";
    private static final Set<String> CONTROL = Set.of("limit", "offset", "depth", "sort", "include", "exclude_m2m",
            "api_version", "format");

    final Map<String, List<Map<String, Object>>> endpoints = new ConcurrentHashMap<>();
    final Set<String> withoutLastUpdated = ConcurrentHashMap.newKeySet();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    volatile long delayMillis;

    MiniNautobot with(String path, int count) {
        List<Map<String, Object>> objects = new CopyOnWriteArrayList<>();
        for (int i = 1; i <= count; i++) {
            objects.add(object(i, Instant.parse("2024-01-01T00:00:00Z")));
        }
        endpoints.put(path, objects);
        return this;
    }

    static String uuid(int i) {
        return new UUID(0x1234_5678_9abc_4defL, 0x8000_0000_0000_0000L | i).toString();
    }

    private static Map<String, Object> object(int i, Instant lastUpdated) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", uuid(i));
        object.put("object_type", "dcim.location");
        object.put("display", "loc-" + i);
        object.put("url", "http://nautobot/api/dcim/locations/" + uuid(i) + "/");
        object.put("natural_slug", "loc-" + i + "_" + uuid(i).substring(0, 4));
        object.put("name", i == 1 ? "Zürich" : "loc-" + i);
        object.put("description", null);
        object.put("status", Map.of("id", "status-uuid", "object_type", "extras.status", "url", "http://x/"));
        object.put("last_updated", lastUpdated.toString());
        return object;
    }

    void touch(String path, int i, Instant when) {
        List<Map<String, Object>> objects = endpoints.get(path);
        Map<String, Object> changed = new LinkedHashMap<>(objects.get(i - 1));
        changed.put("last_updated", when.toString());
        objects.set(i - 1, changed);
    }

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            return answer(request).withHeader("API-Version", "2.4");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SandboxResponse.json(503, Map.of("detail", "interrupted"));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private SandboxResponse answer(SandboxRequest request) {
        if (!("Token " + TOKEN).equals(request.header("authorization").orElse(""))) {
            return SandboxResponse.json(403, Map.of("detail", "Invalid token"));
        }
        String accept = request.header("accept").orElse("");
        if (accept.contains("version=") && !accept.matches(".*version=2\\.[0-4]$")) {
            return SandboxResponse.json(406, Map.of("detail", "Invalid version in \"Accept\" header."));
        }
        String path = request.path().startsWith("/api/") ? request.path().substring(4) : "";
        if (!endpoints.containsKey(path)) {
            return SandboxResponse.json(404, Map.of("detail", "Not found."));
        }
        for (String param : request.query().keySet()) {
            boolean known = CONTROL.contains(param) || param.equals("name")
                    || param.startsWith("last_updated") && !withoutLastUpdated.contains(path);
            if (!known) {
                return SandboxResponse.json(400, Map.of(param, List.of("Unknown filter field")));
            }
        }
        List<Map<String, Object>> matching = new ArrayList<>(endpoints.get(path));
        Instant since = request.param("last_updated__gte").map(Instant::parse).orElse(null);
        if (since != null) {
            matching.removeIf(o -> Instant.parse((String) o.get("last_updated")).isBefore(since));
        }
        int depth = request.param("depth").map(Integer::parseInt).orElse(0);
        int limit = request.param("limit").map(Integer::parseInt).orElse(50);
        limit = limit <= 0 || limit > 1000 ? 1000 : limit;
        int offset = request.param("offset").map(Integer::parseInt).orElse(0);
        List<Object> results = new ArrayList<>();
        for (int i = offset; i < Math.min(matching.size(), offset + limit); i++) {
            Map<String, Object> object = new LinkedHashMap<>(matching.get(i));
            if (depth >= 1) {
                object.put("status", Map.of("id", "status-uuid", "object_type", "extras.status", "url", "http://x/",
                        "name", "Active"));
            }
            results.add(object);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", matching.size());
        body.put("next", offset + limit < matching.size()
                ? request.baseUrl() + request.path() + "?limit=" + limit + "&offset=" + (offset + limit) : null);
        body.put("previous", null);
        body.put("results", results);
        return SandboxResponse.json(200, body);
    }
}
