package io.infrasync.sandbox.infrahub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a resolved kind the way Infrahub dumps its pydantic schema objects in {@code /api/schema}. */
final class SchemaJson {

    private SchemaJson() {
    }

    static Map<String, Object> render(KindSchema schema) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", InfrahubSchema.stableId(schema.kind));
        json.put("state", "present");
        json.put("name", schema.name);
        json.put("namespace", schema.namespace);
        json.put("description", schema.description());
        json.put("label", schema.label());
        json.put("branch", raw(schema, "branch", "aware"));
        json.put("default_filter", schema.defaultFilter);
        json.put("human_friendly_id", schema.humanFriendlyId);
        json.put("display_label", schema.displayLabel);
        json.put("display_labels", schema.displayLabels);
        json.put("include_in_menu", raw(schema, "include_in_menu", Boolean.FALSE));
        json.put("menu_placement", raw(schema, "menu_placement", null));
        json.put("icon", raw(schema, "icon", null));
        json.put("order_by", schema.orderBy);
        json.put("uniqueness_constraints", schema.uniquenessConstraints);
        json.put("documentation", raw(schema, "documentation", null));
        List<Object> attributes = new ArrayList<>();
        for (AttributeSchema attribute : schema.attributes.values()) {
            attributes.add(attribute(schema, attribute));
        }
        json.put("attributes", attributes);
        List<Object> relationships = new ArrayList<>();
        for (RelationshipSchema relationship : schema.relationships.values()) {
            relationships.add(relationship(schema, relationship));
        }
        json.put("relationships", relationships);
        if (schema.generic) {
            json.put("hierarchical", schema.hierarchical);
            json.put("generate_profile", raw(schema, "generate_profile", Boolean.TRUE));
            json.put("used_by", List.copyOf(schema.usedBy));
            json.put("restricted_namespaces", raw(schema, "restricted_namespaces", null));
        } else {
            json.put("inherit_from", List.copyOf(schema.inheritFrom));
            json.put("generate_profile", raw(schema, "generate_profile", Boolean.TRUE));
            json.put("generate_template", raw(schema, "generate_template", Boolean.FALSE));
            json.put("hierarchy", schema.hierarchy);
            json.put("parent", blankToNull(raw(schema, "parent", null)));
            json.put("children", blankToNull(raw(schema, "children", null)));
        }
        json.put("kind", schema.kind);
        json.put("hash", InfrahubSchema.md5(InfrahubSchema.toJson(json)));
        return json;
    }

    private static Map<String, Object> attribute(KindSchema owner, AttributeSchema attribute) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", InfrahubSchema.stableId(owner.kind + "." + attribute.name()));
        json.put("state", "present");
        json.put("name", attribute.name());
        json.put("kind", attribute.kind());
        json.put("enum", attribute.enumValues().isEmpty() ? null : attribute.enumValues());
        json.put("computed_attribute", null);
        json.put("choices", attribute.choices().isEmpty() ? null : attribute.choices());
        json.put("regex", attribute.regex());
        json.put("max_length", attribute.maxLength());
        json.put("min_length", attribute.minLength());
        json.put("label", attribute.label());
        json.put("description", attribute.description());
        json.put("read_only", attribute.readOnly());
        json.put("unique", attribute.unique());
        json.put("optional", attribute.optional());
        json.put("branch", "aware");
        json.put("order_weight", attribute.orderWeight());
        json.put("default_value", attribute.defaultValue());
        json.put("inherited", attribute.inherited());
        json.put("allow_override", attribute.allowOverride());
        json.put("parameters", null);
        json.put("deprecation", null);
        return json;
    }

    private static Map<String, Object> relationship(KindSchema owner, RelationshipSchema relationship) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", InfrahubSchema.stableId(owner.kind + "." + relationship.name()));
        json.put("state", "present");
        json.put("name", relationship.name());
        json.put("peer", relationship.peer());
        json.put("kind", relationship.kind());
        json.put("label", relationship.label());
        json.put("description", relationship.description());
        json.put("identifier", relationship.identifier());
        json.put("cardinality", relationship.cardinality());
        json.put("min_count", 0);
        json.put("max_count", relationship.many() ? 0 : 1);
        json.put("common_parent", relationship.commonParent());
        json.put("common_relatives", null);
        json.put("order_weight", relationship.orderWeight());
        json.put("optional", relationship.optional());
        json.put("branch", "aware");
        json.put("inherited", relationship.inherited());
        json.put("direction", relationship.direction());
        json.put("hierarchical", relationship.hierarchical());
        json.put("on_delete", "no-action");
        json.put("allow_override", relationship.allowOverride());
        json.put("read_only", relationship.readOnly());
        json.put("deprecation", null);
        return json;
    }

    private static Object raw(KindSchema schema, String key, Object fallback) {
        Object value = schema.raw.get(key);
        return value == null ? fallback : value;
    }

    private static Object blankToNull(Object value) {
        return value == null || value.toString().isEmpty() ? null : value;
    }
}
