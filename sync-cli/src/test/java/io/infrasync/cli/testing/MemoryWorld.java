package io.infrasync.cli.testing;

import io.infrasync.spi.AdapterException;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.AttributeSchema;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.KindSchema;
import io.infrasync.spi.model.RelationshipSchema;
import io.infrasync.spi.model.SchemaDescription;
import io.infrasync.spi.model.WriteBatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shared state of the in-memory test adapters: source records per endpoint, and a destination store per kind
 * with its schema. Adapters opened through ServiceLoader find their world by the {@code world} setting.
 */
public final class MemoryWorld {

    private static final Map<String, MemoryWorld> WORLDS = new ConcurrentHashMap<>();

    /** Source records per endpoint, in read order. */
    public final Map<String, List<AdapterRecord>> source = new ConcurrentHashMap<>();
    /** Destination objects: kind → id → data (relationships as {"id": ...} or lists of them). */
    public final Map<String, Map<String, Map<String, Object>>> destination = new ConcurrentHashMap<>();
    /** Every write batch received, in order. */
    public final List<WriteBatch> batches = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Destination reads return attributes as Infrahub GraphQL {"value": v} objects. */
    public volatile boolean wrapAttributes;
    /** A failure for every read of the source (simulates an unreachable system). */
    public volatile AdapterException sourceFailure;
    public volatile SchemaDescription schema = defaultSchema();
    private final AtomicInteger ids = new AtomicInteger();

    /** Creates and registers a world. */
    public static MemoryWorld create(String name) {
        MemoryWorld world = new MemoryWorld();
        WORLDS.put(name, world);
        return world;
    }

    static MemoryWorld get(String name) {
        MemoryWorld world = WORLDS.get(name);
        if (world == null) {
            throw new AdapterException(ErrorKind.CONFIGURATION, "setting 'world': no memory world '" + name + "'");
        }
        return world;
    }

    /** Tags (name unique), sites (name unique, tags many → BuiltinTag), devices (name + site identifiers). */
    public static SchemaDescription defaultSchema() {
        KindSchema tag = KindSchema.of("BuiltinTag",
                List.of(AttributeSchema.of("name", "Text").withUnique(true),
                        AttributeSchema.of("description", "Text").withOptional(true)), List.of());
        KindSchema site = KindSchema.of("LocationSite",
                List.of(AttributeSchema.of("name", "Text").withUnique(true),
                        AttributeSchema.of("description", "Text").withOptional(true),
                        AttributeSchema.of("asn", "Number").withOptional(true)),
                List.of(RelationshipSchema.of("tags", "BuiltinTag", RelationshipSchema.Cardinality.MANY),
                        RelationshipSchema.of("parent", "LocationSite", RelationshipSchema.Cardinality.ONE)));
        KindSchema device = KindSchema.of("InfraDevice",
                List.of(AttributeSchema.of("name", "Text"), AttributeSchema.of("status", "Text").withOptional(true)),
                List.of(RelationshipSchema.of("site", "LocationSite", RelationshipSchema.Cardinality.ONE)
                        .withOptional(false)));
        return SchemaDescription.of(List.of(tag, site, device), List.of());
    }

    /** Adds a source record. */
    public void sourceRecord(String endpoint, String id, Map<String, Object> data) {
        source.computeIfAbsent(endpoint, key -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(AdapterRecord.of(id, endpoint, data));
    }

    /** Adds a destination object and returns its id. */
    public String destinationObject(String kind, Map<String, Object> data) {
        String id = "d" + ids.incrementAndGet();
        destination.computeIfAbsent(kind, key -> new ConcurrentHashMap<>()).put(id, new LinkedHashMap<>(data));
        return id;
    }

    String nextId() {
        return "d" + ids.incrementAndGet();
    }

    /** The destination objects of a kind. */
    public List<Map<String, Object>> objects(String kind) {
        return new ArrayList<>(destination.getOrDefault(kind, Map.of()).values());
    }

    /** The destination object of a kind with the given name. */
    public Map<String, Object> byName(String kind, String name) {
        return destination.getOrDefault(kind, Map.of()).values().stream()
                .filter(object -> name.equals(object.get("name"))).findFirst().orElse(null);
    }
}
