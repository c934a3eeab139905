package io.infrasync.sandbox.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrasync.sandbox.SandboxJson;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The in-memory database of the NetBox emulator. Tests use it to change data between sync runs
 * (the changes bump {@code last_updated} from the injected clock, exactly like API writes, because
 * they go through the same validation).
 *
 * <p>Values are given as in a NetBox API write body: related objects as ids or attribute maps
 * ({@code Map.of("slug", "nyc")}), choices as bare values, tags as ids or {@code {"name": ...}} maps.
 * Thread-safe.
 */
public final class NetboxStore {

    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, List<String>> customFields = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Map<Long, Integer>> countIndexes = new ConcurrentHashMap<>();
    private final NetboxVersion version;
    private final Clock clock;

    NetboxStore(NetboxVersion version, Clock clock) {
        this.version = version;
        this.clock = clock;
        NetboxModels.all().forEach(spec -> tables.put(spec.endpoint(), new Table(spec)));
    }

    /** The endpoints served, as {@code <app>/<plural>} (e.g. {@code dcim/sites}). */
    public List<String> endpoints() {
        return List.copyOf(tables.keySet());
    }

    /** How many objects an endpoint holds. */
    public int count(String endpoint) {
        return read(() -> table(endpoint).size());
    }

    /**
     * Creates an object as {@code POST /api/<endpoint>/} would.
     *
     * @return the new object's id
     * @throws IllegalArgumentException with NetBox's field messages when the values are invalid
     */
    public long create(String endpoint, Map<String, ?> values) {
        WriteResult result = write(endpoint, null, SandboxJson.mapper().valueToTree(values), false);
        return result.id().orElseThrow(() -> new IllegalArgumentException("cannot create " + endpoint + ": "
                + result.errors()));
    }

    /**
     * Changes an object as {@code PATCH /api/<endpoint>/<id>/} would (given fields only).
     *
     * @throws IllegalArgumentException when the object does not exist or the values are invalid
     */
    public void update(String endpoint, long id, Map<String, ?> changes) {
        WriteResult result = write(endpoint, id, SandboxJson.mapper().valueToTree(changes), true);
        if (result.id().isEmpty()) {
            throw new IllegalArgumentException("cannot update " + endpoint + " " + id + ": " + result.errors());
        }
    }

    /**
     * Deletes an object as {@code DELETE /api/<endpoint>/<id>/} would.
     *
     * @return false when there was no such object
     */
    public boolean delete(String endpoint, long id) {
        lock.writeLock().lock();
        try {
            Table table = table(endpoint);
            if (table.get(id) == null) {
                return false;
            }
            table.remove(id);
            detachReferences(table.spec(), id);
            changed();
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The stored form of an object (related objects as ids, timestamps as {@link java.time.Instant}). */
    public Optional<Map<String, Object>> get(String endpoint, long id) {
        return read(() -> Optional.ofNullable(table(endpoint).get(id)));
    }

    /** The ids of an endpoint, ascending. */
    public List<Long> ids(String endpoint) {
        return read(() -> {
            Table table = table(endpoint);
            List<Long> ids = new ArrayList<>(table.size());
            for (int i = 0; i < table.size(); i++) {
                ids.add(table.idAt(i));
            }
            return ids;
        });
    }

    // ----- package-private engine access -----

    /** The outcome of a write: the id written, or the field errors. */
    record WriteResult(Optional<Long> id, Map<String, List<String>> errors) {
    }

    /** Validates and applies one create ({@code id == null}) or update. */
    WriteResult write(String endpoint, Long id, JsonNode body, boolean partial) {
        lock.writeLock().lock();
        try {
            Table table = table(endpoint);
            Map<String, Object> existing = null;
            if (id != null) {
                existing = table.get(id);
                if (existing == null) {
                    return new WriteResult(Optional.empty(), Map.of("detail", List.of("Not found.")));
                }
            }
            RowWriter.Outcome outcome = new RowWriter(this, version).apply(table.spec(), body, existing, partial,
                    clock.instant());
            if (!outcome.ok()) {
                return new WriteResult(Optional.empty(), outcome.errors());
            }
            long newId = id != null ? id : table.nextId();
            Map<String, Object> row = outcome.row();
            row.put("id", newId);
            table.put(newId, Collections.unmodifiableMap(row));
            changed();
            return new WriteResult(Optional.of(newId), Map.of());
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Seeds a row as is (loaders), without validation or timestamp changes. */
    void insertRaw(String endpoint, long id, Map<String, Object> row) {
        lock.writeLock().lock();
        try {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            copy.put("id", id);
            table(endpoint).put(id, Collections.unmodifiableMap(copy));
            changed();
        } finally {
            lock.writeLock().unlock();
        }
    }

    void defineCustomField(String modelLabel, String name) {
        customFields.computeIfAbsent(modelLabel, k -> new ArrayList<>()).add(name);
    }

    List<String> customFieldNames(String modelLabel) {
        return customFields.getOrDefault(modelLabel, List.of());
    }

    Table table(String endpoint) {
        Table table = tables.get(endpoint);
        if (table == null) {
            throw new IllegalArgumentException("the NetBox sandbox has no endpoint " + endpoint);
        }
        return table;
    }

    Map<String, Object> row(String endpoint, long id) {
        Table table = tables.get(endpoint);
        return table == null ? null : table.get(id);
    }

    NetboxVersion version() {
        return version;
    }

    /** Bumped on every change; caches compare it. */
    long generation() {
        return generation.get();
    }

    <T> T read(Supplier<T> reader) {
        lock.readLock().lock();
        try {
            return reader.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Whether another row than {@code selfId} has {@code field == value}. */
    boolean findBy(String endpoint, String field, Object value, Object selfId) {
        for (Map<String, Object> row : table(endpoint).rowsInIdOrder()) {
            if (Objects.equals(row.get(field), value) && !Objects.equals(row.get("id"), selfId)) {
                return true;
            }
        }
        return false;
    }

    /** The one row whose attributes all match (as NetBox resolves {@code {"slug": "x"}}), if exactly one. */
    Optional<Long> findOne(String endpoint, Map<String, Object> attributes) {
        Long found = null;
        for (Map<String, Object> row : table(endpoint).rowsInIdOrder()) {
            boolean all = true;
            for (Map.Entry<String, Object> wanted : attributes.entrySet()) {
                Object have = row.get(wanted.getKey());
                if (have == null || !String.valueOf(have).equals(String.valueOf(wanted.getValue()))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                if (found != null) {
                    return Optional.empty();
                }
                found = (Long) row.get("id");
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * How many rows refer to each id, for a counter source {@code <endpoint>.<field>} ({@code *.tags}
     * counts tag use everywhere). Built once per data generation.
     */
    Map<Long, Integer> countIndex(String source, String targetLabel) {
        String key = generation.get() + "|" + source + "|" + targetLabel;
        return countIndexes.computeIfAbsent(key, k -> read(() -> buildCountIndex(source, targetLabel)));
    }

    private Map<Long, Integer> buildCountIndex(String source, String targetLabel) {
        Map<Long, Integer> counts = new HashMap<>();
        int dot = source.lastIndexOf('.');
        if (dot < 0) {
            return counts;
        }
        String endpoint = source.substring(0, dot);
        String field = source.substring(dot + 1);
        for (Table table : tables.values()) {
            if (!endpoint.equals("*") && !table.spec().endpoint().equals(endpoint)) {
                continue;
            }
            for (Map<String, Object> row : table.rowsInIdOrder()) {
                Object value = row.get(field);
                if (row.containsKey(field + "_type")) {
                    value = targetLabel.equals(row.get(field + "_type")) ? row.get(field + "_id") : null;
                }
                if (value instanceof Long id) {
                    counts.merge(id, 1, Integer::sum);
                } else if (value instanceof List<?> ids) {
                    for (Object id : ids) {
                        counts.merge((Long) id, 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    /** Deleting an object nulls nullable references to it and drops it from many-to-many lists (SET_NULL / M2M). */
    private void detachReferences(ModelSpec deleted, long id) {
        Object deletedId = id;
        for (Table table : tables.values()) {
            for (FieldSpec field : table.spec().fields()) {
                if (!deleted.endpoint().equals(field.target())) {
                    continue;
                }
                List<Long> touched = new ArrayList<>();
                for (Map<String, Object> row : table.rowsInIdOrder()) {
                    Object value = row.get(field.name());
                    if (Objects.equals(value, deletedId) || (value instanceof List<?> list && list.contains(deletedId))) {
                        touched.add((Long) row.get("id"));
                    }
                }
                for (Long rowId : touched) {
                    Map<String, Object> copy = new LinkedHashMap<>(table.get(rowId));
                    Object value = copy.get(field.name());
                    if (value instanceof List<?> list) {
                        List<Object> rest = new ArrayList<>(list);
                        rest.remove(deletedId);
                        copy.put(field.name(), List.copyOf(rest));
                    } else {
                        copy.put(field.name(), null);
                    }
                    table.put(rowId, Collections.unmodifiableMap(copy));
                }
            }
        }
    }

    /** Which objects block deleting {@code id}: required references to it (Django PROTECT). */
    List<String> protectingReferences(String endpoint, long id) {
        return read(() -> {
            List<String> blockers = new ArrayList<>();
            for (Table table : tables.values()) {
                for (FieldSpec field : table.spec().fields()) {
                    if (field.required() && endpoint.equals(field.target())) {
                        for (Map<String, Object> row : table.rowsInIdOrder()) {
                            if (Objects.equals(row.get(field.name()), id)) {
                                blockers.add(table.spec().verboseName() + " " + row.get("id"));
                            }
                        }
                    }
                }
            }
            return blockers;
        });
    }

    private void changed() {
        generation.incrementAndGet();
        countIndexes.clear();
    }
}
