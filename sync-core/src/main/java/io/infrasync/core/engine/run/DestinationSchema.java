package io.infrasync.core.engine.run;

import io.infrasync.core.mapping.SchemaAttribute;
import io.infrasync.core.mapping.SchemaKind;
import io.infrasync.core.mapping.SchemaRelationship;
import io.infrasync.core.mapping.SchemaView;
import io.infrasync.core.mapping.SimpleSchemaView;
import io.infrasync.spi.model.AttributeSchema;
import io.infrasync.spi.model.GenericSchema;
import io.infrasync.spi.model.KindSchema;
import io.infrasync.spi.model.RelationshipSchema;
import io.infrasync.spi.model.SchemaDescription;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The destination adapter's schema as the mapping engine sees it: kinds with their inherited attributes and
 * relationships, and generics with the kinds that implement them. Models are built from it at run time.
 */
final class DestinationSchema {

    private final SchemaView view;
    /** kind → its {@code human_friendly_id} paths (concrete kinds that have one). */
    private final Map<String, List<String>> humanFriendlyIds;
    /** kind → its {@code uniqueness_constraints} (concrete kinds that have some). */
    private final Map<String, List<List<String>>> uniquenessConstraints;

    private DestinationSchema(SchemaView view, Map<String, List<String>> humanFriendlyIds,
            Map<String, List<List<String>>> uniquenessConstraints) {
        this.view = view;
        this.humanFriendlyIds = humanFriendlyIds;
        this.uniquenessConstraints = uniquenessConstraints;
    }

    static DestinationSchema of(SchemaDescription description) {
        Map<String, Set<String>> inherits = new LinkedHashMap<>();
        for (KindSchema kind : description.kinds()) {
            inherits.computeIfAbsent(kind.name(), key -> new LinkedHashSet<>()).addAll(kind.inheritsFrom());
        }
        // A generic may list its implementers without the kind naming the generic (or the other way round).
        for (GenericSchema generic : description.generics()) {
            for (String implementer : generic.implementedBy()) {
                inherits.computeIfAbsent(implementer, key -> new LinkedHashSet<>()).add(generic.name());
            }
        }
        Map<String, List<String>> humanFriendlyIds = new LinkedHashMap<>();
        Map<String, List<List<String>>> uniquenessConstraints = new LinkedHashMap<>();
        for (KindSchema kind : description.kinds()) {
            if (!kind.humanFriendlyId().isEmpty()) {
                humanFriendlyIds.put(kind.name(), kind.humanFriendlyId());
            }
            if (!kind.uniquenessConstraints().isEmpty()) {
                uniquenessConstraints.put(kind.name(), kind.uniquenessConstraints());
            }
        }
        List<SchemaKind> kinds = new ArrayList<>();
        for (GenericSchema generic : description.generics()) {
            kinds.add(SchemaKind.of(generic.name(), true, attributes(generic.attributes()),
                    relationships(generic.relationships()), List.of()));
        }
        for (KindSchema kind : description.kinds()) {
            kinds.add(SchemaKind.of(kind.name(), false, attributes(kind.attributes()), relationships(kind.relationships()),
                    List.copyOf(inherits.get(kind.name()))));
        }
        return new DestinationSchema(SimpleSchemaView.of(kinds), humanFriendlyIds, uniquenessConstraints);
    }

    private static List<SchemaAttribute> attributes(List<AttributeSchema> attributes) {
        List<SchemaAttribute> converted = new ArrayList<>();
        attributes.forEach(a -> converted.add(new SchemaAttribute(a.name(), a.kind(), a.optional(), a.unique())));
        return converted;
    }

    private static List<SchemaRelationship> relationships(List<RelationshipSchema> relationships) {
        List<SchemaRelationship> converted = new ArrayList<>();
        relationships.forEach(r -> converted.add(new SchemaRelationship(r.name(), r.peer(),
                r.cardinality() == RelationshipSchema.Cardinality.MANY, r.optional())));
        return converted;
    }

    SchemaView view() {
        return view;
    }

    /**
     * The destination's human-friendly id of {@code kind}: paths such as {@code name__value} or
     * {@code device__name__value}, in the destination's order; empty when the kind has none.
     */
    List<String> humanFriendlyId(String kind) {
        return humanFriendlyIds.getOrDefault(kind, List.of());
    }

    /** The destination's uniqueness constraints of {@code kind} (groups of paths); empty when it has none. */
    List<List<String>> uniquenessConstraints(String kind) {
        return uniquenessConstraints.getOrDefault(kind, List.of());
    }

    /** The attributes of {@code kind} that the destination keeps unique on their own. */
    List<String> uniqueAttributes(String kind) {
        return view.kind(kind).map(SchemaKind::uniqueAttributes).orElse(List.of());
    }

    /** The relationship {@code field} of {@code kind}, if it is one. */
    Optional<SchemaRelationship> relationship(String kind, String field) {
        return view.kind(kind).flatMap(found -> found.relationship(field));
    }

    /**
     * The shape of the given kinds that the mapping depends on, as a canonical tree for the schema sub-hash:
     * attributes (name, kind, optional, unique) and relationships (name, peer, cardinality, optional), sorted.
     */
    Map<String, Object> shapeOf(Collection<String> kinds) {
        Map<String, Object> shape = new TreeMap<>();
        for (String name : kinds) {
            Optional<SchemaKind> kind = view.kind(name);
            if (kind.isEmpty()) {
                shape.put(name, null);
                continue;
            }
            Map<String, Object> attributes = new TreeMap<>();
            kind.get().attributes().values().forEach(a -> attributes.put(a.name(),
                    List.of(a.type(), a.optional(), a.unique())));
            Map<String, Object> relationships = new TreeMap<>();
            kind.get().relationships().values().forEach(r -> relationships.put(r.name(),
                    List.of(r.peer(), r.many() ? "many" : "one", r.optional())));
            Map<String, Object> entry = new TreeMap<>();
            entry.put("attributes", attributes);
            entry.put("relationships", relationships);
            entry.put("inherit_from", List.copyOf(kind.get().inheritFrom()));
            shape.put(name, entry);
        }
        return shape;
    }
}
