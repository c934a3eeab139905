package io.infrasync.sandbox.nautobot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Nautobot 2.x JSON: {@code id, object_type, display, url, natural_slug}, the model fields, then
 * {@code created, last_updated, tags, notes_url, custom_fields}. At depth 0 every relation is
 * {@code {id, object_type, url}}; at depth n it is the related object rendered at depth n-1 without
 * its many-to-many fields and counters.
 */
final class NautobotRenderer {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("front", "Front"),
            Map.entry("rear", "Rear"), Map.entry("access", "Access"), Map.entry("tagged", "Tagged"),
            Map.entry("tagged-all", "Tagged (All)"), Map.entry("network", "Network"),
            Map.entry("container", "Container"), Map.entry("pool", "Pool"), Map.entry("host", "Host"),
            Map.entry("dhcp", "DHCP"), Map.entry("slaac", "SLAAC"), Map.entry("parent", "Parent"),
            Map.entry("child", "Child"), Map.entry("1000base-t", "1000BASE-T (1GE)"),
            Map.entry("10gbase-x-sfpp", "SFP+ (10GE)"), Map.entry("25gbase-x-sfp28", "SFP28 (25GE)"),
            Map.entry("100gbase-x-qsfp28", "QSFP28 (100GE)"), Map.entry("virtual", "Virtual"),
            Map.entry("lag", "Link Aggregation Group (LAG)"), Map.entry("8p8c", "8P8C"));

    /** Models that are not taggable in Nautobot 2.x (no {@code tags} key). */
    private static final java.util.Set<String> UNTAGGED = java.util.Set.of("extras/tags", "extras/statuses",
            "extras/roles", "ipam/vlan-groups");

    private final NautobotStore store;
    private final String base;

    NautobotRenderer(NautobotStore store, String baseUrl) {
        this.store = store;
        this.base = baseUrl;
    }

    static String timestamp(Instant instant) {
        String seconds = SECONDS.format(instant);
        int nanos = instant.getNano();
        return nanos == 0 ? seconds + "Z" : seconds + String.format(".%06dZ", nanos / 1000);
    }

    ObjectNode render(Model model, Map<String, Object> row, int depth, boolean nested) {
        ObjectNode node = JSON.objectNode();
        UUID id = (UUID) row.get("id");
        node.put("id", id.toString());
        node.put("object_type", model.objectType());
        node.put("display", display(model, row));
        node.put("url", url(model, id));
        node.put("natural_slug", naturalSlug(model, row));
        for (Field field : model.fields()) {
            if (nested && (field.kind() == Kind.MANY_TO_MANY || field.kind() == Kind.COUNT)) {
                continue;
            }
            node.set(field.name(), value(model, field, row, depth));
        }
        node.set("created", stamp(row.get("created")));
        node.set("last_updated", stamp(row.get("last_updated")));
        if (!nested && !UNTAGGED.contains(model.endpoint())) {
            node.set("tags", many("extras/tags", row.get("tags"), depth));
        }
        node.put("notes_url", url(model, id) + "notes/");
        node.set("custom_fields", JSON.objectNode());
        return node;
    }

    private String url(Model model, UUID id) {
        return base + "/api/" + model.endpoint() + "/" + id + "/";
    }

    private static JsonNode stamp(Object value) {
        return value instanceof Instant instant ? JSON.textNode(timestamp(instant)) : JSON.nullNode();
    }

    String display(Model model, Map<String, Object> row) {
        if (model.endpoint().equals("ipam/vlans")) {
            return row.get("name") + " (" + row.get("vid") + ")";
        }
        Object value = row.get(model.display());
        return value == null ? model.verboseName() + " " + row.get("id") : value.toString();
    }

    /** Natural key parts slugified and joined with {@code __}, then {@code _} and the first 4 UUID characters. */
    String naturalSlug(Model model, Map<String, Object> row) {
        String id = row.get("id").toString();
        if (model.naturalKey().isEmpty()) {
            return id + "_" + id.substring(0, 4);
        }
        StringBuilder slug = new StringBuilder();
        for (String part : model.naturalKey()) {
            Object value = row.get(part);
            String text = "";
            if (value instanceof UUID related) {
                Field field = model.field(part).orElseThrow();
                Map<String, Object> target = store.row(field.target(), related);
                text = target == null ? "" : display(NautobotModels.require(field.target()), target);
            } else if (value != null) {
                text = value.toString();
            }
            if (slug.length() > 0) {
                slug.append("__");
            }
            slug.append(text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
        }
        return slug + "_" + id.substring(0, 4);
    }

    private JsonNode value(Model model, Field field, Map<String, Object> row, int depth) {
        Object value = row.get(field.name());
        return switch (field.kind()) {
            case STRING -> JSON.textNode(value == null ? "" : value.toString());
            case NULLABLE -> value == null ? JSON.nullNode() : JSON.textNode(value.toString());
            case INTEGER -> value == null ? JSON.nullNode() : JSON.numberNode(((Number) value).longValue());
            case BOOLEAN -> JSON.booleanNode(Boolean.TRUE.equals(value));
            case CHOICE -> choice(field, value);
            case FOREIGN_KEY -> value == null ? JSON.nullNode() : related(field.target(), (UUID) value, depth);
            case MANY_TO_MANY -> many(field.target(), value, depth);
            case COUNT -> JSON.numberNode(field.target().equals("-") ? 0
                    : store.countIndex(field.target()).getOrDefault((UUID) row.get("id"), 0));
            case JSON -> value instanceof JsonNode node ? node
                    : field.name().equals("content_types") || field.name().endsWith("_list") ? JSON.arrayNode()
                    : JSON.nullNode();
        };
    }

    private static JsonNode choice(Field field, Object value) {
        if (value == null || value.toString().isEmpty()) {
            return JSON.nullNode();
        }
        ObjectNode choice = JSON.objectNode();
        if (field.name().equals("family")) {
            int family = ((Number) value).intValue();
            choice.put("value", family);
            choice.put("label", "IPv" + family);
            return choice;
        }
        choice.put("value", value.toString());
        choice.put("label", LABELS.getOrDefault(value.toString(), value.toString()));
        return choice;
    }

    private JsonNode related(String endpoint, UUID id, int depth) {
        Model target = NautobotModels.byEndpoint(endpoint).orElse(null);
        Map<String, Object> row = target == null ? null : store.row(endpoint, id);
        if (row == null) {
            return JSON.nullNode();
        }
        if (depth <= 0) {
            ObjectNode reference = JSON.objectNode();
            reference.put("id", id.toString());
            reference.put("object_type", target.objectType());
            reference.put("url", url(target, id));
            return reference;
        }
        return render(target, row, depth - 1, true);
    }

    private JsonNode many(String endpoint, Object value, int depth) {
        ArrayNode list = JSON.arrayNode();
        if (value instanceof List<?> ids) {
            for (Object id : ids) {
                JsonNode item = related(endpoint, (UUID) id, depth);
                if (!item.isNull()) {
                    list.add(item);
                }
            }
        }
        return list;
    }
}
