package io.infrasync.sandbox.infrahub;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of one stored object for tests: attribute values with their lineage, relationship peers as
 * Infrahub shows them (edges written on either side), and node metadata.
 *
 * @param id            the node id
 * @param kind          the concrete kind
 * @param hfid          the human friendly id, or null when the kind has none
 * @param displayLabel  the display label
 * @param attributes    attribute name to stored state
 * @param relationships relationship name to its edges (empty list when none)
 * @param createdAt     node metadata {@code created_at}
 * @param updatedAt     node metadata {@code updated_at}
 */
public record StoredNode(String id, String kind, List<String> hfid, String displayLabel,
        Map<String, Attribute> attributes, Map<String, List<Edge>> relationships, Instant createdAt, Instant updatedAt) {

    /**
     * One attribute.
     *
     * @param value       the value (String, Long, Boolean or JSON-like), null when unset
     * @param source      lineage source node id, or null
     * @param owner       lineage owner node id, or null
     * @param isProtected the {@code is_protected} flag
     */
    public record Attribute(Object value, String source, String owner, boolean isProtected) {
    }

    /**
     * One relationship edge.
     *
     * @param peerId      the node at the other end
     * @param source      lineage source node id, or null
     * @param owner       lineage owner node id, or null
     * @param isProtected the {@code _relation__is_protected} flag
     */
    public record Edge(String peerId, String source, String owner, boolean isProtected) {
    }

    /** The value of an attribute (null when unset or unknown). */
    public Object value(String attribute) {
        Attribute stored = attributes.get(attribute);
        return stored == null ? null : stored.value();
    }

    /** The peer ids of a relationship. */
    public List<String> peerIds(String relationship) {
        return relationships.getOrDefault(relationship, List.of()).stream().map(Edge::peerId).toList();
    }
}
