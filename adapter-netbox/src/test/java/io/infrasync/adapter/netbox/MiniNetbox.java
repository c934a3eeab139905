package io.infrasync.adapter.netbox;

import io.infrasync.sandbox.SandboxHandler;
import io.infrasync.sandbox.SandboxRequest;
import io.infrasync.sandbox.SandboxResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small NetBox list API written from the wire spec (wire-apis.md A.2, A.3, A.5, A.7), for tests of the
 * client independent of the full emulator: limit/offset pagination with MAX_PAGE_SIZE clamping and
 * absolute {@code next} links, {@code fields=}, {@code last_updated__gte}, {@code ordering=id},
 * {@code Token}/{@code Bearer nbt_} authentication answering 403, 404 for unknown endpoints.
 */
final class MiniNetbox implements SandboxHandler {

    static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";

    final Map<String, List<Map<String, Object>>> endpoints = new ConcurrentHashMap<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    volatile String acceptedAuthorization = "Token " + TOKEN;
    volatile long delayMillis;
    /** Runs once, after the first list page was answered (to change data in the middle of a read). */
    volatile Runnable afterFirstPage;

    MiniNetbox with(String path, int count) {
        List<Map<String, Object>> objects = new CopyOnWriteArrayList<>();
        for (int id = 1; id <= count; id++) {
            objects.add(object(id, "obj-" + id, Instant.parse("2024-01-01T00:00:00Z")));
        }
        endpoints.put(path, objects);
        return this;
    }

    static Map<String, Object> object(long id, String name, Instant lastUpdated) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("id", id);
        object.put("url", "http://netbox/api/dcim/sites/" + id + "/");
        object.put("display", name);
        object.put("name", name);
        object.put("description", null);
        object.put("status", Map.of("value", "active", "label", "Active"));
        object.put("last_updated", lastUpdated.toString());
        return object;
    }

    void touch(String path, long id, Instant when) {
        List<Map<String, Object>> objects = endpoints.get(path);
        for (int i = 0; i < objects.size(); i++) {
            if (((Number) objects.get(i).get("id")).longValue() == id) {
                Map<String, Object> changed = new LinkedHashMap<>(objects.get(i));
                changed.put("last_updated", when.toString());
                objects.set(i, changed);
            }
        }
    }

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            return answer(request).withHeader("API-Version", "4.2");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SandboxResponse.json(503, Map.of("detail", "interrupted"));
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private SandboxResponse answer(SandboxRequest request) {
        if (!acceptedAuthorization.equals(request.header("authorization").orElse(""))) {
            return SandboxResponse.json(403, Map.of("detail", "Invalid token"));
        }
        String path = request.path();
        if (!path.startsWith("/api/") || !endpoints.containsKey(path.substring(4))) {
            return SandboxResponse.json(404, Map.of("detail", "Not found."));
        }
        List<Map<String, Object>> matching = new ArrayList<>(endpoints.get(path.substring(4)));
        Instant since = request.param("last_updated__gte").map(Instant::parse).orElse(null);
        if (since != null) {
            matching.removeIf(o -> Instant.parse((String) o.get("last_updated")).isBefore(since));
        }
        int limit = request.param("limit").map(Integer::parseInt).orElse(50);
        limit = limit <= 0 || limit > 1000 ? 1000 : limit;
        int offset = request.param("offset").map(Integer::parseInt).orElse(0);
        List<Object> results = new ArrayList<>();
        List<String> fields = request.param("fields").map(f -> List.of(f.split(","))).orElse(null);
        for (int i = offset; i < Math.min(matching.size(), offset + limit); i++) {
            Map<String, Object> object = matching.get(i);
            if (fields != null) {
                Map<String, Object> selected = new LinkedHashMap<>();
                fields.forEach(field -> selected.put(field, object.get(field)));
                results.add(selected);
            } else {
                results.add(object);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", matching.size());
        body.put("next", offset + limit < matching.size()
                ? request.baseUrl() + path + "?limit=" + limit + "&offset=" + (offset + limit) : null);
        body.put("previous", null);
        body.put("results", results);
        SandboxResponse response = SandboxResponse.json(200, body);
        Runnable hook = afterFirstPage;
        if (hook != null) {
            afterFirstPage = null;
            hook.run();
        }
        return response;
    }
}
