package io.infrasync.tck.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A tiny system of record: resources of records with numeric ids above 2^31 and modification times. */
final class InMemoryStore {

    /** Stores by name, so settings can point an adapter at one (as a URL points at a server). */
    static final Map<String, InMemoryStore> STORES = new ConcurrentHashMap<>();

    record Row(String id, Map<String, Object> data, Instant modified) {
    }

    private final Map<String, Map<String, Row>> resources = new LinkedHashMap<>();
    private long nextId = 3_000_000_000L;

    synchronized void addResource(String resource) {
        resources.computeIfAbsent(resource, r -> new LinkedHashMap<>());
    }

    synchronized boolean knows(String resource) {
        return resources.containsKey(resource);
    }

    synchronized List<String> resourceNames() {
        return List.copyOf(resources.keySet());
    }

    synchronized List<Row> rows(String resource) {
        return new ArrayList<>(resources.get(resource).values());
    }

    synchronized Optional<Row> row(String resource, String id) {
        return Optional.ofNullable(resources.get(resource).get(id));
    }

    synchronized String insert(String resource, Map<String, Object> data, Instant now) {
        String id = Long.toString(nextId++);
        resources.get(resource).put(id, new Row(id, new LinkedHashMap<>(data), now));
        return id;
    }

    synchronized void replace(String resource, Row row) {
        resources.get(resource).put(row.id(), row);
    }

    synchronized boolean remove(String resource, String id) {
        return resources.get(resource).remove(id) != null;
    }
}
