package io.infrasync.sandbox.infrahub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A resolved node or generic: inherited attributes and relationships merged in, default relationships
 * added, {@code human_friendly_id}, uniqueness constraints, display labels and ordering settled.
 * Immutable once {@link SchemaLoader} has finished with it.
 */
final class KindSchema {

    final String kind;
    final String namespace;
    final String name;
    final boolean generic;
    final String source;
    final Map<String, Object> raw;
    final List<String> inheritFrom = new ArrayList<>();
    final List<String> usedBy = new ArrayList<>();
    final Map<String, AttributeSchema> attributes = new LinkedHashMap<>();
    final Map<String, RelationshipSchema> relationships = new LinkedHashMap<>();
    List<String> humanFriendlyId;
    List<List<String>> uniquenessConstraints;
    List<String> displayLabels;
    String displayLabel;
    List<String> orderBy;
    String defaultFilter;
    boolean hierarchical;
    String hierarchy;

    KindSchema(String namespace, String name, boolean generic, String source, Map<String, Object> raw) {
        this.kind = namespace + name;
        this.namespace = namespace;
        this.name = name;
        this.generic = generic;
        this.source = source;
        this.raw = raw;
    }

    String description() {
        Object value = raw.get("description");
        return value == null ? null : value.toString();
    }

    String label() {
        Object value = raw.get("label");
        return value == null ? name : value.toString();
    }

    AttributeSchema attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    RelationshipSchema relationship(String relationshipName) {
        return relationships.get(relationshipName);
    }

    /**
     * Every uniqueness rule of a node: each {@code unique} attribute, each {@code uniqueness_constraints}
     * entry and the HFID, as lists of paths ({@code name__value}, {@code device}, {@code device__name__value}).
     */
    List<List<String>> allUniquenessRules() {
        List<List<String>> rules = new ArrayList<>();
        for (AttributeSchema attribute : attributes.values()) {
            if (attribute.unique()) {
                rules.add(List.of(attribute.name() + "__value"));
            }
        }
        if (uniquenessConstraints != null) {
            for (List<String> constraint : uniquenessConstraints) {
                if (!rules.contains(constraint)) {
                    rules.add(constraint);
                }
            }
        }
        // The HFID identifies an object, so it is enforced like a uniqueness constraint.
        if (humanFriendlyId != null && !rules.contains(humanFriendlyId)) {
            rules.add(humanFriendlyId);
        }
        return rules;
    }

    @Override
    public String toString() {
        return kind;
    }
}
