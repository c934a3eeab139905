package io.infrasync.sandbox.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates one write body the way NetBox's serializers do and turns it into a stored row: the same
 * field messages (DRF wording) for wrong types, bad choices, unknown related objects, missing
 * required fields and uniqueness. Read-only and unknown keys are ignored, as DRF does.
 */
final class RowWriter {

    /** Fields the serializers compute or never accept on write. */
    private static final Set<String> READ_ONLY = Set.of("id", "url", "display_url", "display", "created",
            "last_updated", "family", "children", "_depth", "_occupied", "cable", "link_peers", "link_peers_type",
            "connected_endpoints", "connected_endpoints_type", "connected_endpoints_reachable", "scope",
            "assigned_object", "nat_outside", "config_context", "wireless_link", "l2vpn_termination",
            "object_types", "mac_address", "utilization", "termination_a", "termination_z", "tagged_items");

    /** Either the row to store or the field errors. */
    record Outcome(Map<String, Object> row, Map<String, List<String>> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    private final NetboxStore store;
    private final NetboxVersion version;

    RowWriter(NetboxStore store, NetboxVersion version) {
        this.store = store;
        this.version = version;
    }

    /**
     * Validates {@code body} against the model.
     *
     * @param existing the stored row for PATCH/PUT, null for a create
     * @param partial  PATCH semantics (missing required fields are fine)
     */
    Outcome apply(ModelSpec spec, JsonNode body, Map<String, Object> existing, boolean partial, Instant now) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (body == null || !body.isObject()) {
            errors.put("non_field_errors", List.of("Invalid data. Expected a dictionary, but got "
                    + (body != null && body.isArray() ? "list" : body == null ? "NoneType" : "str") + "."));
            return new Outcome(null, errors);
        }
        Map<String, Object> row = existing == null ? defaults(spec) : new LinkedHashMap<>(existing);
        for (FieldSpec field : spec.fields()) {
            if (!field.presentIn(version) || field.kind() == FieldKind.COUNT || READ_ONLY.contains(field.name())) {
                continue;
            }
            JsonNode value = body.get(field.name());
            if (value == null) {
                if (field.required() && existing == null && !partial) {
                    errors.put(field.name(), List.of("This field is required."));
                }
                continue;
            }
            convert(spec, field, value, row, errors);
        }
        scope(spec, body, row, errors);
        if (errors.isEmpty()) {
            uniqueness(spec, row, existing, errors);
        }
        if (!errors.isEmpty()) {
            return new Outcome(null, errors);
        }
        if (existing == null) {
            row.put("created", now);
        }
        row.put("last_updated", now);
        return new Outcome(row, errors);
    }

    private static Map<String, Object> defaults(ModelSpec spec) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (FieldSpec field : spec.fields()) {
            switch (field.kind()) {
                case STRING -> row.put(field.name(), "");
                case BOOLEAN -> row.put(field.name(), field.name().equals("enabled"));
                case MANY_TO_MANY -> row.put(field.name(), List.of());
                case CHOICE -> row.put(field.name(), "");
                default -> { }
            }
        }
        if (spec.field("status").isPresent()) {
            row.put("status", spec.field("status").get().choices().containsKey("active") ? "active" : "");
        }
        row.put("custom_field_data", Map.of());
        return row;
    }

    private void convert(ModelSpec spec, FieldSpec field, JsonNode value, Map<String, Object> row,
            Map<String, List<String>> errors) {
        String name = field.name();
        switch (field.kind()) {
            case STRING -> {
                if (value.isNull()) {
                    errors.put(name, List.of("This field may not be null."));
                } else if (value.isContainerNode()) {
                    errors.put(name, List.of("Not a valid string."));
                } else if (field.required() && value.asText().isBlank()) {
                    errors.put(name, List.of("This field may not be blank."));
                } else {
                    row.put(name, value.asText());
                }
            }
            case NULLABLE_STRING -> {
                if (value.isContainerNode()) {
                    errors.put(name, List.of("Not a valid string."));
                } else {
                    row.put(name, value.isNull() || value.asText().isEmpty() ? null : value.asText());
                }
            }
            case INTEGER -> {
                if (value.isNull()) {
                    row.put(name, null);
                } else if (value.isIntegralNumber() || (value.isTextual() && value.asText().matches("-?\\d+"))) {
                    row.put(name, value.asLong());
                } else {
                    errors.put(name, List.of("A valid integer is required."));
                }
            }
            case DECIMAL -> {
                if (value.isNull()) {
                    row.put(name, null);
                } else if (value.isNumber() || (value.isTextual() && value.asText().matches("-?\\d+(\\.\\d+)?"))) {
                    row.put(name, new BigDecimal(value.asText()));
                } else {
                    errors.put(name, List.of("A valid number is required."));
                }
            }
            case BOOLEAN -> {
                Optional<Boolean> parsed = parseBoolean(value);
                if (parsed.isPresent()) {
                    row.put(name, parsed.get());
                } else {
                    errors.put(name, List.of("Must be a valid boolean."));
                }
            }
            case CHOICE -> {
                String text = value.isNull() ? "" : value.isObject() && value.has("value")
                        ? value.get("value").asText() : value.asText();
                if (text.isEmpty() && !field.required()) {
                    row.put(name, "");
                } else if (field.choices().containsKey(text)) {
                    row.put(name, text);
                } else {
                    errors.put(name, List.of("\"" + text + "\" is not a valid choice."));
                }
            }
            case FOREIGN_KEY -> {
                if (field.target() == null) {
                    return; // generic relations (scope, assigned_object) are written through their _type/_id pair
                }
                if (value.isNull()) {
                    if (field.required()) {
                        errors.put(name, List.of("This field may not be null."));
                    } else {
                        row.put(name, null);
                    }
                    return;
                }
                resolve(field.target(), value).ifPresentOrElse(id -> row.put(name, id),
                        () -> errors.put(name, List.of(relatedError(value))));
                if ("site".equals(name) && spec.endpoint().equals("ipam/prefixes") && row.get(name) != null) {
                    // Before 4.2 a prefix had a site; the store keeps the 4.2+ scope for every version.
                    row.put("scope_type", "dcim.site");
                    row.put("scope_id", row.remove("site"));
                }
            }
            case MANY_TO_MANY -> {
                if (!value.isArray()) {
                    errors.put(name, List.of("Expected a list of items but got type \"" + jsonType(value) + "\"."));
                    return;
                }
                List<Long> ids = new ArrayList<>();
                for (JsonNode item : value) {
                    Optional<Long> id = resolve(field.target(), item);
                    if (id.isEmpty()) {
                        errors.put(name, List.of(relatedError(item)));
                        return;
                    }
                    if (!ids.contains(id.get())) {
                        ids.add(id.get());
                    }
                }
                row.put(name, List.copyOf(ids));
            }
            case JSON -> {
                if (name.equals("custom_fields")) {
                    customFields(spec, value, row, errors);
                } else if (name.equals("local_context_data") || name.equals("object_types")) {
                    row.put(name, value.isNull() ? null : value);
                }
            }
            default -> { }
        }
    }

    private void customFields(ModelSpec spec, JsonNode value, Map<String, Object> row,
            Map<String, List<String>> errors) {
        if (!value.isObject()) {
            errors.put("custom_fields", List.of("Invalid data. Expected a dictionary, but got " + jsonType(value) + "."));
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) row.getOrDefault("custom_field_data",
                Map.of()));
        List<String> known = store.customFieldNames(spec.label());
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!known.contains(entry.getKey())) {
                errors.put("custom_fields", List.of("Unknown field name '" + entry.getKey()
                        + "' in custom field data."));
                return;
            }
            JsonNode v = entry.getValue();
            data.put(entry.getKey(), v.isNull() ? null : v.isTextual() ? v.asText() : v);
        }
        row.put("custom_field_data", data);
    }

    /** Prefix scope (4.2+) and IP assignment are generic relations: a type label plus an id. */
    private void scope(ModelSpec spec, JsonNode body, Map<String, Object> row, Map<String, List<String>> errors) {
        for (String relation : List.of("scope", "assigned_object")) {
            if (spec.field(relation).isEmpty() || !spec.field(relation).get().presentIn(version)) {
                continue;
            }
            JsonNode type = body.get(relation + "_type");
            JsonNode id = body.get(relation + "_id");
            if (type == null && id == null) {
                continue;
            }
            String typeText = type == null || type.isNull() ? (String) row.get(relation + "_type") : type.asText();
            Object idValue = id == null ? row.get(relation + "_id") : id.isNull() ? null : id.asLong();
            if (typeText == null || typeText.isEmpty()) {
                row.put(relation + "_type", null);
                row.put(relation + "_id", null);
                continue;
            }
            Optional<ModelSpec> target = NetboxModels.byLabel(typeText);
            if (target.isEmpty()) {
                errors.put(relation + "_type", List.of("Object with model=" + typeText.substring(
                        typeText.indexOf('.') + 1) + " does not exist."));
            } else if (idValue == null || store.row(target.get().endpoint(), ((Number) idValue).longValue()) == null) {
                errors.put(relation, List.of("Related object not found using the provided numeric ID: " + idValue));
            } else {
                row.put(relation + "_type", typeText);
                row.put(relation + "_id", ((Number) idValue).longValue());
            }
        }
    }

    private void uniqueness(ModelSpec spec, Map<String, Object> row, Map<String, Object> existing,
            Map<String, List<String>> errors) {
        for (FieldSpec field : spec.fields()) {
            if (!field.unique()) {
                continue;
            }
            Object value = row.get(field.name());
            Object self = existing == null ? null : existing.get("id");
            if (value != null && store.findBy(spec.endpoint(), field.name(), value, self)) {
                errors.put(field.name(), List.of(spec.verboseName() + " with this " + field.name()
                        + " already exists."));
            }
        }
    }

    /** A related object given as an id, a numeric string, or a dictionary of attributes. */
    private Optional<Long> resolve(String target, JsonNode value) {
        if (value.isIntegralNumber() || (value.isTextual() && value.asText().matches("\\d+"))) {
            long id = value.asLong();
            return store.row(target, id) != null ? Optional.of(id) : Optional.empty();
        }
        if (value.isObject()) {
            Map<String, Object> attributes = new LinkedHashMap<>();
            value.fields().forEachRemaining(e -> attributes.put(e.getKey(),
                    e.getValue().isNumber() ? (Object) e.getValue().asLong() : e.getValue().asText()));
            return store.findOne(target, attributes);
        }
        return Optional.empty();
    }

    private static String relatedError(JsonNode value) {
        if (value.isIntegralNumber() || (value.isTextual() && value.asText().matches("\\d+"))) {
            return "Related object not found using the provided numeric ID: " + value.asText();
        }
        if (value.isObject()) {
            StringBuilder text = new StringBuilder("{");
            value.fields().forEachRemaining(e -> text.append(text.length() > 1 ? ", " : "").append('\'')
                    .append(e.getKey()).append("': ").append(e.getValue().isTextual()
                            ? "'" + e.getValue().asText() + "'" : e.getValue().toString()));
            return "Related object not found using the provided attributes: " + text.append('}');
        }
        return "Related objects must be referenced by numeric ID or by dictionary of attributes. Received an "
                + "unrecognized value: " + value.asText();
    }

    private static Optional<Boolean> parseBoolean(JsonNode value) {
        if (value.isBoolean()) {
            return Optional.of(value.asBoolean());
        }
        String text = value.asText().toLowerCase(java.util.Locale.ROOT);
        return switch (text) {
            case "true", "1", "yes", "on", "t", "y" -> Optional.of(true);
            case "false", "0", "no", "off", "f", "n" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static String jsonType(JsonNode value) {
        if (value.isTextual()) {
            return "str";
        }
        if (value.isIntegralNumber()) {
            return "int";
        }
        if (value.isObject()) {
            return "dict";
        }
        return value.isBoolean() ? "bool" : "NoneType";
    }
}
