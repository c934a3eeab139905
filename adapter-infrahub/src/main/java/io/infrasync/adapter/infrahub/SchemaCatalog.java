package io.infrasync.adapter.infrahub;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrasync.spi.model.AttributeSchema;
import io.infrasync.spi.model.GenericSchema;
import io.infrasync.spi.model.KindSchema;
import io.infrasync.spi.model.RelationshipSchema;
import io.infrasync.spi.model.SchemaDescription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The server's schema of one branch, read from {@code GET /api/schema?branch=<b>}: what every query and
 * mutation is generated from. Relationships of kind {@code Group}, {@code Profile} and {@code Template}
 * (the built-in group memberships and profile links every node carries) are left out, and so are
 * relationships whose peer the server does not expose.
 */
final class SchemaCatalog {

    /** Relationship kinds that are bookkeeping rather than data: never read or written by a sync. */
    private static final Set<String> SKIPPED_RELATIONSHIP_KINDS = Set.of("Group", "Profile", "Template");

    record Attribute(String name, String kind, boolean optional, boolean unique, boolean readOnly) {
    }

    record Relationship(String name, String peer, boolean many, boolean optional, Optional<String> identifier,
            boolean readOnly) {
    }

    /** A node kind or a generic. {@code usedBy} is empty for nodes, {@code inheritFrom} for generics. */
    record Kind(String name, boolean generic, Map<String, Attribute> attributes, Map<String, Relationship> relationships,
            List<String> humanFriendlyId, List<List<String>> uniqueness, List<String> inheritFrom, List<String> usedBy) {
    }

    private final Map<String, Kind> kinds;

    private SchemaCatalog(Map<String, Kind> kinds) {
        this.kinds = kinds;
    }

    static SchemaCatalog parse(JsonNode root) {
        Map<String, JsonNode> raw = new LinkedHashMap<>();
        for (String section : List.of("nodes", "generics")) {
            for (JsonNode node : root.path(section)) {
                String kind = node.path("kind").asText(node.path("namespace").asText("") + node.path("name").asText(""));
                if (!kind.isBlank()) {
                    raw.put(kind, node);
                }
            }
        }
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (String section : List.of("nodes", "generics")) {
            boolean generic = section.equals("generics");
            for (JsonNode node : root.path(section)) {
                String name = node.path("kind").asText(node.path("namespace").asText("") + node.path("name").asText(""));
                if (name.isBlank()) {
                    continue;
                }
                Map<String, Attribute> attributes = new LinkedHashMap<>();
                for (JsonNode a : node.path("attributes")) {
                    attributes.put(a.path("name").asText(), new Attribute(a.path("name").asText(), a.path("kind").asText("Text"),
                            a.path("optional").asBoolean(false), a.path("unique").asBoolean(false),
                            a.path("read_only").asBoolean(false)));
                }
                Map<String, Relationship> relationships = new LinkedHashMap<>();
                for (JsonNode r : node.path("relationships")) {
                    String peer = r.path("peer").asText();
                    if (SKIPPED_RELATIONSHIP_KINDS.contains(r.path("kind").asText()) || !raw.containsKey(peer)) {
                        continue;
                    }
                    String identifier = r.path("identifier").asText("");
                    relationships.put(r.path("name").asText(), new Relationship(r.path("name").asText(), peer,
                            "many".equals(r.path("cardinality").asText("many")), r.path("optional").asBoolean(true),
                            identifier.isBlank() ? Optional.empty() : Optional.of(identifier), r.path("read_only").asBoolean(false)));
                }
                List<List<String>> uniqueness = new ArrayList<>();
                for (JsonNode constraint : node.path("uniqueness_constraints")) {
                    uniqueness.add(strings(constraint));
                }
                kinds.put(name, new Kind(name, generic, attributes, relationships, strings(node.path("human_friendly_id")),
                        List.copyOf(uniqueness), strings(node.path("inherit_from")).stream().filter(raw::containsKey).toList(),
                        strings(node.path("used_by")).stream().filter(raw::containsKey).toList()));
            }
        }
        return new SchemaCatalog(kinds);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(item -> values.add(item.asText()));
        }
        return List.copyOf(values);
    }

    Optional<Kind> kind(String name) {
        return Optional.ofNullable(kinds.get(name));
    }

    /** The concrete kinds a read of {@code kind} may return: itself, or the implementers of a generic. */
    List<Kind> concrete(Kind kind) {
        if (!kind.generic()) {
            return List.of(kind);
        }
        return kind.usedBy().stream().map(kinds::get).filter(k -> k != null && !k.generic()).toList();
    }

    /** The SPI view: nodes as kinds, generics with their implementers. */
    SchemaDescription describe() {
        List<KindSchema> nodes = new ArrayList<>();
        List<GenericSchema> generics = new ArrayList<>();
        for (Kind kind : kinds.values()) {
            List<AttributeSchema> attributes = kind.attributes().values().stream()
                    .map(a -> AttributeSchema.of(a.name(), a.kind()).withOptional(a.optional()).withUnique(a.unique()))
                    .toList();
            List<RelationshipSchema> relationships = kind.relationships().values().stream().map(r -> {
                RelationshipSchema schema = RelationshipSchema.of(r.name(), r.peer(),
                        r.many() ? RelationshipSchema.Cardinality.MANY : RelationshipSchema.Cardinality.ONE)
                        .withOptional(r.optional());
                return r.identifier().map(schema::withIdentifier).orElse(schema);
            }).toList();
            if (kind.generic()) {
                generics.add(GenericSchema.of(kind.name(), attributes, relationships,
                        kind.usedBy().stream().filter(k -> kinds.containsKey(k) && !kinds.get(k).generic()).toList()));
            } else {
                nodes.add(KindSchema.of(kind.name(), attributes, relationships).withHumanFriendlyId(kind.humanFriendlyId())
                        .withUniquenessConstraints(kind.uniqueness())
                        .withInheritsFrom(kind.inheritFrom().stream().filter(k -> kinds.get(k).generic()).toList()));
            }
        }
        return SchemaDescription.of(nodes, generics);
    }
}
