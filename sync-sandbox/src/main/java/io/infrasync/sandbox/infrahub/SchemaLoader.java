package io.infrasync.sandbox.infrahub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Infrahub schema files and resolves them the way the server does on {@code schema load}:
 * {@code kind = namespace + name}, extensions merged, generics inherited (attributes, relationships,
 * HFID, display labels, ordering, uniqueness), default relationship identifiers, the
 * {@code member_of_groups}/{@code subscriber_of_groups} relationships, hierarchy relationships, and
 * {@code used_by} on generics.
 */
final class SchemaLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, KindSchema> kinds = new LinkedHashMap<>();
    private final List<Map<String, Object>> extensions = new ArrayList<>();
    private final List<String> extensionOrigins = new ArrayList<>();

    private SchemaLoader() {
    }

    /** Loads and resolves the documents (the core schema must be among them). */
    static InfrahubSchema load(List<SchemaDocument> documents) {
        SchemaLoader loader = new SchemaLoader();
        for (SchemaDocument document : documents) {
            loader.read(document);
        }
        loader.applyExtensions();
        loader.resolve();
        return new InfrahubSchema(loader.kinds);
    }

    @SuppressWarnings("unchecked")
    private void read(SchemaDocument document) {
        Map<String, Object> root;
        try {
            root = YAML.readValue(document.text(), Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(document.origin() + ": not a valid schema file: " + e.getOriginalMessage(), e);
        }
        if (root == null) {
            return;
        }
        for (Map<String, Object> generic : list(root.get("generics"), document.origin(), "generics")) {
            add(generic, true, document.origin());
        }
        for (Map<String, Object> node : list(root.get("nodes"), document.origin(), "nodes")) {
            add(node, false, document.origin());
        }
        Object extension = root.get("extensions");
        if (extension instanceof Map<?, ?> map) {
            for (Map<String, Object> node : list(map.get("nodes"), document.origin(), "extensions.nodes")) {
                extensions.add(node);
                extensionOrigins.add(document.origin());
            }
        }
    }

    private void add(Map<String, Object> raw, boolean generic, String origin) {
        String namespace = text(raw, "namespace", origin);
        String name = text(raw, "name", origin);
        KindSchema schema = new KindSchema(namespace, name, generic, origin, raw);
        KindSchema previous = kinds.putIfAbsent(schema.kind, schema);
        if (previous != null) {
            throw new IllegalArgumentException(origin + ": " + schema.kind + " is already defined in " + previous.source);
        }
        int index = 0;
        for (Map<String, Object> attribute : list(raw.get("attributes"), origin, schema.kind + ".attributes")) {
            AttributeSchema parsed = attribute(attribute, ++index, origin, schema.kind);
            schema.attributes.put(parsed.name(), parsed);
        }
        for (Map<String, Object> relationship : list(raw.get("relationships"), origin, schema.kind + ".relationships")) {
            RelationshipSchema parsed = relationship(relationship, ++index, origin, schema);
            schema.relationships.put(parsed.name(), parsed);
        }
        schema.inheritFrom.addAll(strings(raw.get("inherit_from")));
        schema.humanFriendlyId = raw.containsKey("human_friendly_id") ? nullableStrings(raw.get("human_friendly_id")) : null;
        schema.uniquenessConstraints = constraints(raw.get("uniqueness_constraints"));
        schema.displayLabels = nullableStrings(raw.get("display_labels"));
        schema.displayLabel = raw.get("display_label") == null ? null : raw.get("display_label").toString();
        schema.orderBy = nullableStrings(raw.get("order_by"));
        schema.defaultFilter = raw.get("default_filter") == null ? null : raw.get("default_filter").toString();
        schema.hierarchical = Boolean.TRUE.equals(raw.get("hierarchical"));
    }

    private void applyExtensions() {
        for (int i = 0; i < extensions.size(); i++) {
            Map<String, Object> extension = extensions.get(i);
            String origin = extensionOrigins.get(i);
            String kind = text(extension, "kind", origin);
            KindSchema target = kinds.get(kind);
            if (target == null) {
                throw new IllegalArgumentException(origin + ": extension of unknown kind " + kind);
            }
            int index = target.attributes.size() + target.relationships.size();
            for (Map<String, Object> attribute : list(extension.get("attributes"), origin, kind + ".attributes")) {
                AttributeSchema parsed = attribute(attribute, ++index, origin, kind);
                target.attributes.put(parsed.name(), parsed);
            }
            for (Map<String, Object> relationship : list(extension.get("relationships"), origin, kind + ".relationships")) {
                RelationshipSchema parsed = relationship(relationship, ++index, origin, target);
                target.relationships.put(parsed.name(), parsed);
            }
        }
    }

    private void resolve() {
        for (KindSchema schema : kinds.values()) {
            for (String parent : schema.inheritFrom) {
                KindSchema generic = kinds.get(parent);
                if (generic == null || !generic.generic) {
                    throw new IllegalArgumentException(schema.source + ": " + schema.kind + " inherits from "
                            + parent + ", which is not a known generic");
                }
                if (!schema.generic) {
                    generic.usedBy.add(schema.kind);
                }
            }
        }
        KindSchema coreNode = kinds.get(InfrahubSchema.CORE_NODE);
        for (KindSchema schema : kinds.values()) {
            if (!schema.generic && coreNode != null && !schema.kind.equals(InfrahubSchema.CORE_NODE)) {
                coreNode.usedBy.add(schema.kind);
            }
        }
        for (KindSchema schema : kinds.values()) {
            if (!schema.generic) {
                inherit(schema);
            }
        }
        for (KindSchema schema : kinds.values()) {
            addHierarchy(schema);
            addGroupRelationships(schema);
            settleHumanFriendlyId(schema);
        }
        for (KindSchema schema : kinds.values()) {
            for (RelationshipSchema relationship : schema.relationships.values()) {
                if (!kinds.containsKey(relationship.peer())) {
                    throw new IllegalArgumentException(schema.source + ": " + schema.kind + "." + relationship.name()
                            + " points to unknown peer " + relationship.peer());
                }
            }
        }
    }

    private void inherit(KindSchema node) {
        for (String parent : node.inheritFrom) {
            KindSchema generic = kinds.get(parent);
            for (AttributeSchema attribute : generic.attributes.values()) {
                node.attributes.putIfAbsent(attribute.name(), attribute.asInherited());
            }
            for (RelationshipSchema relationship : generic.relationships.values()) {
                node.relationships.putIfAbsent(relationship.name(), relationship.asInherited());
            }
            if (node.humanFriendlyId == null && generic.humanFriendlyId != null) {
                node.humanFriendlyId = generic.humanFriendlyId;
            }
            if (node.uniquenessConstraints == null && generic.uniquenessConstraints != null) {
                node.uniquenessConstraints = generic.uniquenessConstraints;
            }
            if (node.displayLabels == null && node.displayLabel == null) {
                node.displayLabels = generic.displayLabels;
                node.displayLabel = generic.displayLabel;
            }
            if (node.orderBy == null) {
                node.orderBy = generic.orderBy;
            }
            if (node.defaultFilter == null) {
                node.defaultFilter = generic.defaultFilter;
            }
            if (generic.hierarchical && node.hierarchy == null) {
                node.hierarchy = generic.kind;
            }
        }
    }

    /** Hierarchical generics give themselves and their nodes {@code parent} and {@code children}. */
    private void addHierarchy(KindSchema schema) {
        String hierarchy = schema.generic ? (schema.hierarchical ? schema.kind : null) : schema.hierarchy;
        if (hierarchy == null) {
            return;
        }
        boolean computed = hierarchy.equals("BuiltinIPPrefix");
        int weight = 100_000;
        schema.relationships.putIfAbsent("parent", new RelationshipSchema("parent", hierarchy, "Hierarchy", "Parent",
                null, "parent__child", false, true, computed, weight, !schema.generic, "outbound", hierarchy, "any", null));
        schema.relationships.putIfAbsent("children", new RelationshipSchema("children", hierarchy, "Hierarchy",
                "Children", null, "parent__child", true, true, computed, weight + 1, !schema.generic, "inbound",
                hierarchy, "any", null));
        // Computed from parent/children on read, never written.
        schema.relationships.putIfAbsent("ancestors", new RelationshipSchema("ancestors", hierarchy, "Hierarchy",
                "Ancestors", null, "ancestors", true, true, true, weight + 2, !schema.generic, "outbound",
                hierarchy, "none", null));
        schema.relationships.putIfAbsent("descendants", new RelationshipSchema("descendants", hierarchy, "Hierarchy",
                "Descendants", null, "descendants", true, true, true, weight + 3, !schema.generic, "inbound",
                hierarchy, "none", null));
    }

    /**
     * Every node, and every generic but the lineage, group, account and artifact-target ones, can be a
     * member or subscriber of groups ({@code CoreNode} itself declares both in the 1.10 SDL).
     */
    private void addGroupRelationships(KindSchema schema) {
        if (schema.generic && NO_GROUP_RELATIONSHIPS.contains(schema.kind)) {
            return;
        }
        schema.relationships.putIfAbsent("member_of_groups", new RelationshipSchema("member_of_groups",
                InfrahubSchema.CORE_GROUP, "Group", "Member Of Groups", null, "group_member", true, true, false,
                200_000, false, "bidirectional", null, "any", null));
        schema.relationships.putIfAbsent("subscriber_of_groups", new RelationshipSchema("subscriber_of_groups",
                InfrahubSchema.CORE_GROUP, "Group", "Subscriber Of Groups", null, "group_subscriber", true, true, false,
                200_001, false, "bidirectional", null, "any", null));
    }

    private static final java.util.Set<String> NO_GROUP_RELATIONSHIPS = java.util.Set.of("LineageOwner", "LineageSource",
            InfrahubSchema.CORE_GROUP, "CoreGenericAccount", "CoreArtifactTarget");

    /** A node without HFID whose first unique attribute can identify it gets that attribute as HFID. */
    private void settleHumanFriendlyId(KindSchema schema) {
        if (schema.humanFriendlyId != null && schema.humanFriendlyId.isEmpty()) {
            schema.humanFriendlyId = null;
        }
        if (schema.humanFriendlyId == null) {
            for (AttributeSchema attribute : schema.attributes.values()) {
                if (attribute.unique()) {
                    schema.humanFriendlyId = List.of(attribute.name() + "__value");
                    break;
                }
            }
        }
    }

    private static AttributeSchema attribute(Map<String, Object> raw, int index, String origin, String owner) {
        String name = text(raw, "name", origin + " " + owner);
        String kind = text(raw, "kind", origin + " " + owner + "." + name);
        List<Map<String, Object>> choices = new ArrayList<>();
        for (Map<String, Object> choice : list(raw.get("choices"), origin, owner + "." + name + ".choices")) {
            Map<String, Object> full = new LinkedHashMap<>();
            full.put("id", null);
            full.put("state", "present");
            full.put("name", choice.get("name"));
            full.put("description", choice.get("description"));
            full.put("color", choice.get("color"));
            full.put("label", choice.get("label"));
            choices.add(full);
        }
        Object weight = raw.get("order_weight");
        return new AttributeSchema(name, kind, stringOr(raw.get("label"), titleCase(name)),
                stringOr(raw.get("description"), null), Boolean.TRUE.equals(raw.get("optional")),
                Boolean.TRUE.equals(raw.get("unique")), Boolean.TRUE.equals(raw.get("read_only")),
                raw.get("default_value"), raw.get("enum") instanceof List<?> values ? List.copyOf(values) : List.of(),
                List.copyOf(choices), stringOr(raw.get("regex"), null), integer(raw.get("min_length")),
                integer(raw.get("max_length")), weight == null ? index * 1000 : ((Number) weight).intValue(), false,
                stringOr(raw.get("allow_override"), "any"));
    }

    private static RelationshipSchema relationship(Map<String, Object> raw, int index, String origin, KindSchema owner) {
        String name = text(raw, "name", origin + " " + owner.kind);
        String peer = text(raw, "peer", origin + " " + owner.kind + "." + name);
        String identifier = stringOr(raw.get("identifier"), null);
        if (identifier == null) {
            String a = owner.kind.toLowerCase(Locale.ROOT);
            String b = peer.toLowerCase(Locale.ROOT);
            identifier = a.compareTo(b) <= 0 ? a + "__" + b : b + "__" + a;
        }
        Object weight = raw.get("order_weight");
        Object optional = raw.get("optional");
        return new RelationshipSchema(name, peer, stringOr(raw.get("kind"), "Generic"),
                stringOr(raw.get("label"), titleCase(name)), stringOr(raw.get("description"), null), identifier,
                !"one".equals(stringOr(raw.get("cardinality"), "many")), optional == null || Boolean.TRUE.equals(optional),
                Boolean.TRUE.equals(raw.get("read_only")), weight == null ? index * 1000 : ((Number) weight).intValue(),
                false, stringOr(raw.get("direction"), "bidirectional"), null, stringOr(raw.get("allow_override"), "any"),
                stringOr(raw.get("common_parent"), null));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value, String origin, String what) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw new IllegalArgumentException(origin + ": " + what + " must be a list");
        }
        List<Map<String, Object>> maps = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?>)) {
                throw new IllegalArgumentException(origin + ": every entry of " + what + " must be a mapping");
            }
            maps.add((Map<String, Object>) item);
        }
        return maps;
    }

    private static List<List<String>> constraints(Object value) {
        if (!(value instanceof List<?> items)) {
            return null;
        }
        List<List<String>> constraints = new ArrayList<>();
        for (Object item : items) {
            constraints.add(strings(item));
        }
        return List.copyOf(constraints);
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> items)) {
            return List.of();
        }
        return items.stream().map(String::valueOf).toList();
    }

    private static List<String> nullableStrings(Object value) {
        return value instanceof List<?> ? strings(value) : null;
    }

    private static String text(Map<String, Object> raw, String key, String where) {
        Object value = raw.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(where + ": '" + key + "' is missing");
        }
        return value.toString();
    }

    private static String stringOr(Object value, String fallback) {
        return value == null ? fallback : value.toString();
    }

    private static Integer integer(Object value) {
        return value instanceof Number number ? number.intValue() : null;
    }

    static String titleCase(String name) {
        StringBuilder label = new StringBuilder();
        for (String word : name.split("_")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!label.isEmpty()) {
                label.append(' ');
            }
            label.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return label.toString();
    }
}
