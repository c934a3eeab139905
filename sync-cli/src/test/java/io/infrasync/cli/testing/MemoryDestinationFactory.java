package io.infrasync.cli.testing;

import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.Spi;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.KindSchema;
import io.infrasync.spi.model.OperationResult;
import io.infrasync.spi.model.ReadRequest;
import io.infrasync.spi.model.RelationshipSchema;
import io.infrasync.spi.model.SchemaDescription;
import io.infrasync.spi.model.SpiVersion;
import io.infrasync.spi.model.WriteBatch;
import io.infrasync.spi.model.WriteOperation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A destination over a {@link MemoryWorld}: describes its schema, reads its store, and applies write batches
 * the way a real destination does: uniqueness conflicts, references by {@code {"id"}} or by
 * {@code {"kind", "identifiers"}}, NOT_FOUND for unknown ids, and a validation failure for any description
 * equal to {@code "boom"}.
 */
public final class MemoryDestinationFactory implements AdapterFactory {

    @Override
    public String id() {
        return "memory-dest";
    }

    @Override
    public SpiVersion spiVersion() {
        return SpiVersion.of(Spi.MAJOR, Spi.MINOR);
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.READ, Capability.SCHEMA, Capability.WRITE, Capability.DELETE);
    }

    @Override
    public Adapter open(AdapterSettings settings, AdapterContext context) {
        return new Destination(MemoryWorld.get(settings.requireString("world")));
    }

    /** The adapter. */
    static final class Destination implements Adapter {
        private final MemoryWorld world;

        Destination(MemoryWorld world) {
            this.world = world;
        }

        @Override
        public SchemaDescription describeSchema() {
            return world.schema;
        }

        @Override
        public PageStream<AdapterRecord> read(ReadRequest request) {
            List<AdapterRecord> records = new ArrayList<>();
            KindSchema kind = world.schema.kind(request.resource()).orElseThrow();
            world.destination.getOrDefault(request.resource(), Map.of()).forEach((id, data) -> {
                Map<String, Object> shown = new LinkedHashMap<>();
                data.forEach((field, value) -> {
                    boolean attribute = kind.attributes().stream().anyMatch(a -> a.name().equals(field));
                    shown.put(field, attribute && world.wrapAttributes ? wrap(value) : value);
                });
                records.add(AdapterRecord.of(id, request.resource(), shown));
            });
            return PageStream.of(records, 3);
        }

        private static Map<String, Object> wrap(Object value) {
            Map<String, Object> wrapped = new LinkedHashMap<>();
            wrapped.put("value", value);
            return wrapped;
        }

        @Override
        public synchronized List<OperationResult> write(WriteBatch batch) {
            world.batches.add(batch);
            List<OperationResult> results = new ArrayList<>();
            for (WriteOperation operation : batch.operations()) {
                results.add(apply(operation));
            }
            return results;
        }

        private OperationResult apply(WriteOperation operation) {
            Map<String, Map<String, Object>> store = world.destination.computeIfAbsent(operation.resource(),
                    key -> new ConcurrentHashMap<>());
            KindSchema kind = world.schema.kind(operation.resource()).orElseThrow();
            if (operation instanceof WriteOperation.Delete delete) {
                return store.remove(delete.localId()) == null
                        ? OperationResult.failed(ErrorKind.NOT_FOUND, "no " + operation.resource() + " " + delete.localId())
                        : OperationResult.applied(delete.localId());
            }
            Map<String, Object> data = operation instanceof WriteOperation.Create create ? create.data()
                    : ((WriteOperation.Update) operation).data();
            if ("boom".equals(data.get("description"))) {
                return OperationResult.failed(ErrorKind.INVALID_DATA, operation.resource() + ": description 'boom' is invalid");
            }
            Map<String, Object> stored = new LinkedHashMap<>();
            for (Map.Entry<String, Object> entry : data.entrySet()) {
                var relationship = kind.relationships().stream().filter(r -> r.name().equals(entry.getKey())).findFirst();
                if (relationship.isEmpty() || entry.getValue() == null) {
                    stored.put(entry.getKey(), entry.getValue());
                    continue;
                }
                try {
                    stored.put(entry.getKey(), resolve(relationship.get(), entry.getValue()));
                } catch (IllegalArgumentException e) {
                    return OperationResult.failed(ErrorKind.INVALID_DATA, e.getMessage());
                }
            }
            if (operation instanceof WriteOperation.Update update) {
                Map<String, Object> existing = store.get(update.localId());
                if (existing == null) {
                    return OperationResult.failed(ErrorKind.NOT_FOUND, "no " + operation.resource() + " " + update.localId());
                }
                existing.putAll(stored);
                return OperationResult.applied(update.localId());
            }
            for (var attribute : kind.attributes()) {
                if (attribute.unique() && stored.get(attribute.name()) != null && store.values().stream()
                        .anyMatch(other -> stored.get(attribute.name()).equals(other.get(attribute.name())))) {
                    return OperationResult.failed(ErrorKind.CONFLICT, operation.resource() + " with " + attribute.name()
                            + " '" + stored.get(attribute.name()) + "' exists");
                }
            }
            String id = world.nextId();
            store.put(id, stored);
            return OperationResult.applied(id);
        }

        private Object resolve(RelationshipSchema relationship, Object value) {
            if (value instanceof List<?> list) {
                List<Object> peers = new ArrayList<>();
                list.forEach(element -> peers.add(resolve(relationship, element)));
                return peers;
            }
            if (!(value instanceof Map<?, ?> ref)) {
                throw new IllegalArgumentException("relationship " + relationship.name() + " needs an object, got " + value);
            }
            String kind = (String) ref.get("kind");
            if (ref.get("id") instanceof String id) {
                return Map.of("id", id);
            }
            if (ref.get("identifiers") instanceof Map<?, ?> identifiers) {
                for (var entry : world.destination.getOrDefault(kind, Map.of()).entrySet()) {
                    boolean matches = identifiers.entrySet().stream()
                            .allMatch(id -> java.util.Objects.equals(id.getValue(), entry.getValue().get(id.getKey())));
                    if (matches) {
                        return Map.of("id", entry.getKey());
                    }
                }
                throw new IllegalArgumentException("no " + kind + " with " + identifiers);
            }
            throw new IllegalArgumentException("peer " + ref + " has neither id nor identifiers");
        }
    }
}
