package io.infrasync.core.mapping;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One kind of the destination schema.
 *
 * @param name          full kind name ({@code namespace + name}, e.g. {@code InfraDevice})
 * @param generic       whether it is a generic (implemented by nodes) rather than a node
 * @param attributes    attributes by name, in schema order
 * @param relationships relationships by name, in schema order
 * @param inheritFrom   the generics this node implements
 */
public record SchemaKind(
        String name,
        boolean generic,
        Map<String, SchemaAttribute> attributes,
        Map<String, SchemaRelationship> relationships,
        List<String> inheritFrom) {

    public SchemaKind {
        requireNonNull(name, "name is null");
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        relationships = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(relationships));
        inheritFrom = List.copyOf(inheritFrom);
    }

    /** Builds a kind from lists, keyed by their names. */
    public static SchemaKind of(String name, boolean generic, List<SchemaAttribute> attributes,
            List<SchemaRelationship> relationships, List<String> inheritFrom) {
        Map<String, SchemaAttribute> attributeMap = new LinkedHashMap<>();
        attributes.forEach(attribute -> attributeMap.put(attribute.name(), attribute));
        Map<String, SchemaRelationship> relationshipMap = new LinkedHashMap<>();
        relationships.forEach(relationship -> relationshipMap.put(relationship.name(), relationship));
        return new SchemaKind(name, generic, attributeMap, relationshipMap, inheritFrom);
    }

    /** The names of the attributes marked {@code unique}, in schema order. */
    public List<String> uniqueAttributes() {
        List<String> unique = new ArrayList<>();
        attributes.values().forEach(attribute -> {
            if (attribute.unique()) {
                unique.add(attribute.name());
            }
        });
        return unique;
    }

    /** The attribute or relationship names, for suggestions. */
    public List<String> fieldNames() {
        List<String> names = new ArrayList<>(attributes.keySet());
        names.addAll(relationships.keySet());
        return names;
    }

    /** The relationship called {@code fieldName}, if any. */
    public Optional<SchemaRelationship> relationship(String fieldName) {
        return Optional.ofNullable(relationships.get(fieldName));
    }
}
