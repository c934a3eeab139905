package io.infrasync.sandbox.infrahub;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One stored object. Relationship edges are kept on the side that wrote them; {@link BranchData}
 * keeps the reverse index that lets the other side see them. Only touched under the store's lock.
 */
final class NodeRecord {

    final String id;
    final String kind;
    final Map<String, AttributeValue> attributes;
    final Map<String, List<PeerEdge>> relationships;
    final Instant createdAt;
    Instant updatedAt;
    /** The uniqueness index keys this record currently holds, to release them on change or delete. */
    List<String> indexKeys = List.of();

    NodeRecord(String id, String kind, Instant createdAt) {
        this.id = id;
        this.kind = kind;
        this.attributes = new LinkedHashMap<>();
        this.relationships = new LinkedHashMap<>();
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    Object value(String attribute) {
        AttributeValue stored = attributes.get(attribute);
        return stored == null ? null : stored.value();
    }

    List<PeerEdge> edges(String relationship) {
        return relationships.getOrDefault(relationship, List.of());
    }

    NodeRecord copy() {
        NodeRecord copy = new NodeRecord(id, kind, createdAt);
        copy.attributes.putAll(attributes);
        relationships.forEach((name, edges) -> copy.relationships.put(name, new ArrayList<>(edges)));
        copy.updatedAt = updatedAt;
        copy.indexKeys = indexKeys;
        return copy;
    }
}
