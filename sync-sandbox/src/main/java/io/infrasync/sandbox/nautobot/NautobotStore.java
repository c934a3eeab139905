package io.infrasync.sandbox.nautobot;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The in-memory database of the Nautobot emulator. Objects keep creation order (the list order of
 * the API). Tests change data through it; every change stamps {@code last_updated} from the clock.
 *
 * <p>Values are given as in a Nautobot write: related objects as UUIDs (strings or {@link UUID}) or
 * by natural key / name ({@code "status", "Active"}), many-to-many fields as lists of those.
 * Thread-safe.
 */
public final class NautobotStore {

    /** The rows of one model in creation order. */
    static final class Rows {
        final Model model;
        final List<UUID> order = new ArrayList<>();
        final Map<UUID, Map<String, Object>> byId = new HashMap<>();

        Rows(Model model) {
            this.model = model;
        }
    }

    private final Map<String, Rows> tables = new LinkedHashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Map<UUID, Integer>> counts = new ConcurrentHashMap<>();
    private final Clock clock;

    NautobotStore(Clock clock) {
        this.clock = clock;
        NautobotModels.all().forEach(model -> tables.put(model.endpoint(), new Rows(model)));
    }

    /** The endpoints served, as {@code <app>/<plural>}. */
    public List<String> endpoints() {
        return List.copyOf(tables.keySet());
    }

    /** How many objects an endpoint holds. */
    public int count(String endpoint) {
        return read(() -> rows(endpoint).order.size());
    }

    /** The ids of an endpoint, in list order. */
    public List<UUID> ids(String endpoint) {
        return read(() -> List.copyOf(rows(endpoint).order));
    }

    /** The id of the object whose {@code name} (or display field) equals {@code name}, if any. */
    public Optional<UUID> idOf(String endpoint, String name) {
        return read(() -> lookup(rows(endpoint), name));
    }

    /** The stored form of an object (relations as UUIDs, timestamps as {@link Instant}). */
    public Optional<Map<String, Object>> get(String endpoint, UUID id) {
        return read(() -> Optional.ofNullable(rows(endpoint).byId.get(id)));
    }

    /**
     * Creates an object with a random UUID; {@code created} and {@code last_updated} come from the clock.
     *
     * @throws IllegalArgumentException for unknown fields or related objects that do not exist
     */
    public UUID create(String endpoint, Map<String, ?> values) {
        UUID id = UUID.randomUUID();
        lock.writeLock().lock();
        try {
            Rows rows = rows(endpoint);
            Map<String, Object> row = convert(rows.model, values, new LinkedHashMap<>());
            Instant now = clock.instant();
            row.put("created", now);
            row.put("last_updated", now);
            put(rows, id, row);
            return id;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Changes the given fields and stamps {@code last_updated}. */
    public void update(String endpoint, UUID id, Map<String, ?> changes) {
        lock.writeLock().lock();
        try {
            Rows rows = rows(endpoint);
            Map<String, Object> existing = rows.byId.get(id);
            if (existing == null) {
                throw new IllegalArgumentException("no " + endpoint + " object " + id);
            }
            Map<String, Object> row = convert(rows.model, changes, new LinkedHashMap<>(existing));
            row.put("last_updated", clock.instant());
            put(rows, id, row);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Deletes an object; references to it become null (or leave many-to-many lists). */
    public boolean delete(String endpoint, UUID id) {
        lock.writeLock().lock();
        try {
            Rows rows = rows(endpoint);
            if (rows.byId.remove(id) == null) {
                return false;
            }
            rows.order.remove(id);
            for (Rows other : tables.values()) {
                for (Field field : other.model.fields()) {
                    if (!endpoint.equals(field.target()) && !(field.name().equals("tags")
                            && endpoint.equals("extras/tags"))) {
                        continue;
                    }
                    for (UUID otherId : List.copyOf(other.order)) {
                        Map<String, Object> row = other.byId.get(otherId);
                        Object value = row.get(field.name());
                        if (Objects.equals(value, id) || (value instanceof List<?> list && list.contains(id))) {
                            Map<String, Object> copy = new LinkedHashMap<>(row);
                            if (value instanceof List<?> list) {
                                List<Object> rest = new ArrayList<>(list);
                                rest.remove(id);
                                copy.put(field.name(), List.copyOf(rest));
                            } else {
                                copy.put(field.name(), null);
                            }
                            other.byId.put(otherId, Collections.unmodifiableMap(copy));
                        }
                    }
                }
                if (!endpoint.equals("extras/tags")) {
                    continue;
                }
                for (UUID otherId : List.copyOf(other.order)) {
                    Map<String, Object> row = other.byId.get(otherId);
                    if (row.get("tags") instanceof List<?> tags && tags.contains(id)) {
                        Map<String, Object> copy = new LinkedHashMap<>(row);
                        List<Object> rest = new ArrayList<>(tags);
                        rest.remove(id);
                        copy.put("tags", List.copyOf(rest));
                        other.byId.put(otherId, Collections.unmodifiableMap(copy));
                    }
                }
            }
            changed();
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ----- engine access -----

    /** Seeds a row as is (loaders). */
    void insertRaw(String endpoint, UUID id, Map<String, Object> row) {
        lock.writeLock().lock();
        try {
            put(rows(endpoint), id, new LinkedHashMap<>(row));
        } finally {
            lock.writeLock().unlock();
        }
    }

    Rows rows(String endpoint) {
        Rows rows = tables.get(endpoint);
        if (rows == null) {
            throw new IllegalArgumentException("the Nautobot sandbox has no endpoint " + endpoint);
        }
        return rows;
    }

    Map<String, Object> row(String endpoint, UUID id) {
        Rows rows = tables.get(endpoint);
        return rows == null ? null : rows.byId.get(id);
    }

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

    /** How many rows refer to each id through {@code <endpoint>.<field>}; rebuilt once per data generation. */
    Map<UUID, Integer> countIndex(String source) {
        return counts.computeIfAbsent(generation.get() + "|" + source, key -> read(() -> {
            Map<UUID, Integer> index = new HashMap<>();
            int dot = source.lastIndexOf('.');
            Rows rows = tables.get(source.substring(0, dot));
            String field = source.substring(dot + 1);
            if (rows != null) {
                for (Map<String, Object> row : rows.byId.values()) {
                    Object value = row.get(field);
                    if (value instanceof UUID id) {
                        index.merge(id, 1, Integer::sum);
                    } else if (value instanceof List<?> list) {
                        list.forEach(id -> index.merge((UUID) id, 1, Integer::sum));
                    }
                }
            }
            return index;
        }));
    }

    /** A related object by UUID, or by name / natural key value (what Nautobot's FK filters accept). */
    Optional<UUID> lookup(Rows rows, String text) {
        try {
            UUID id = UUID.fromString(text);
            return rows.byId.containsKey(id) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException notUuid) {
            String field = rows.model.display();
            for (UUID id : rows.order) {
                if (text.equals(String.valueOf(rows.byId.get(id).get(field)))) {
                    return Optional.of(id);
                }
            }
            return Optional.empty();
        }
    }

    private Map<String, Object> convert(Model model, Map<String, ?> values, Map<String, Object> row) {
        values.forEach((name, value) -> {
            if (name.equals("tags")) {
                row.put("tags", relatedList("extras/tags", value, model, name));
                return;
            }
            Field field = model.field(name).orElseThrow(() -> new IllegalArgumentException(
                    model.objectType() + " has no field " + name));
            switch (field.kind()) {
                case FOREIGN_KEY -> row.put(name, value == null ? null : related(field.target(), value, model, name));
                case MANY_TO_MANY -> row.put(name, relatedList(field.target(), value, model, name));
                case INTEGER -> row.put(name, value == null ? null : ((Number) value).longValue());
                default -> row.put(name, value);
            }
        });
        return row;
    }

    private UUID related(String target, Object value, Model model, String name) {
        return lookup(rows(target), value.toString()).orElseThrow(() -> new IllegalArgumentException(
                model.objectType() + "." + name + ": no " + target + " object " + value));
    }

    private List<UUID> relatedList(String target, Object value, Model model, String name) {
        List<UUID> ids = new ArrayList<>();
        if (value instanceof Iterable<?> items) {
            items.forEach(item -> ids.add(related(target, item, model, name)));
        } else if (value != null) {
            throw new IllegalArgumentException(model.objectType() + "." + name + " needs a list, got " + value);
        }
        return List.copyOf(ids);
    }

    private void put(Rows rows, UUID id, Map<String, Object> row) {
        row.put("id", id);
        if (rows.byId.put(id, Collections.unmodifiableMap(row)) == null) {
            rows.order.add(id);
        }
        changed();
    }

    private void changed() {
        generation.incrementAndGet();
        counts.clear();
    }
}
