package io.infrasync.sandbox.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns stored rows into NetBox's JSON for one version and one base URL: the full form, the brief
 * form ({@code ?brief=true}) and the nested forms of related objects and tags.
 */
final class Renderer {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    /** JSON-kind fields NetBox renders as an empty list rather than null. */
    private static final Set<String> EMPTY_LISTS = Set.of("nat_outside", "link_peers", "wireless_lans",
            "mac_addresses", "accounts", "object_types");

    private final NetboxStore store;
    private final NetboxVersion version;
    private final String base;

    Renderer(NetboxStore store, NetboxVersion version, String baseUrl) {
        this.store = store;
        this.version = version;
        this.base = baseUrl;
    }

    /** DRF's datetime format: UTC with {@code Z}, six fractional digits when there is a fraction. */
    static String timestamp(Instant instant) {
        String seconds = SECONDS.format(instant);
        int nanos = instant.getNano();
        return nanos == 0 ? seconds + "Z" : seconds + String.format(".%06dZ", nanos / 1000);
    }

    ObjectNode full(ModelSpec spec, Map<String, Object> row) {
        return fields(spec, row, name -> true);
    }

    /**
     * The full form cut down to {@code wanted} ({@code ?fields=}): NetBox's serializer keeps its own field
     * order, ignores unknown names and adds nothing ({@code id} only when asked for); related objects stay
     * in their nested brief form. Only the kept fields are computed.
     */
    ObjectNode selected(ModelSpec spec, Map<String, Object> row, Set<String> wanted) {
        return fields(spec, row, wanted::contains);
    }

    private ObjectNode fields(ModelSpec spec, Map<String, Object> row, Predicate<String> wanted) {
        ObjectNode node = head(spec, row, true, wanted);
        for (FieldSpec field : spec.fields()) {
            if (field.presentIn(version) && wanted.test(field.name())) {
                node.set(field.name(), value(spec, field, row));
            }
        }
        return node;
    }

    /**
     * The brief form.
     *
     * @param nested true inside another object (4.6 drops the counters there)
     */
    ObjectNode brief(ModelSpec spec, Map<String, Object> row, boolean nested) {
        ObjectNode node = head(spec, row, false);
        for (String name : spec.briefFields()) {
            if (nested && version.atLeast(6) && name.endsWith("_count")) {
                continue;
            }
            FieldSpec field = spec.field(name).orElse(FieldSpec.of(name, FieldKind.STRING));
            node.set(name, value(spec, field, row));
        }
        return node;
    }

    ObjectNode nestedTag(Map<String, Object> tag) {
        ObjectNode node = JSON.objectNode();
        node.put("id", (Long) tag.get("id"));
        node.put("url", base + "/api/extras/tags/" + tag.get("id") + "/");
        if (version.atLeast(1)) {
            node.put("display_url", base + "/extras/tags/" + tag.get("id") + "/");
        }
        node.put("display", String.valueOf(tag.get("name")));
        node.put("name", String.valueOf(tag.get("name")));
        node.put("slug", String.valueOf(tag.get("slug")));
        node.put("color", String.valueOf(tag.getOrDefault("color", "9e9e9e")));
        return node;
    }

    String display(ModelSpec spec, Map<String, Object> row) {
        Object id = row.get("id");
        switch (spec.endpoint()) {
            case "dcim/devices" -> {
                Object name = row.get("name");
                if (name != null) {
                    return name.toString();
                }
                Map<String, Object> type = store.row("dcim/device-types", asLong(row.get("device_type")));
                return (type == null ? "Device" : type.get("model")) + " (" + id + ")";
            }
            case "ipam/vlans" -> {
                return row.get("name") + " (" + row.get("vid") + ")";
            }
            case "ipam/vrfs" -> {
                Object rd = row.get("rd");
                return rd == null ? String.valueOf(row.get("name")) : row.get("name") + " (" + rd + ")";
            }
            default -> {
                return String.valueOf(row.get(spec.displayField()));
            }
        }
    }

    private ObjectNode head(ModelSpec spec, Map<String, Object> row, boolean full) {
        return head(spec, row, full, name -> true);
    }

    private ObjectNode head(ModelSpec spec, Map<String, Object> row, boolean full, Predicate<String> wanted) {
        ObjectNode node = JSON.objectNode();
        Object id = row.get("id");
        if (wanted.test("id")) {
            node.put("id", (Long) id);
        }
        if (wanted.test("url")) {
            node.put("url", base + "/api/" + spec.endpoint() + "/" + id + "/");
        }
        if (full && version.atLeast(1) && wanted.test("display_url")) {
            node.put("display_url", base + "/" + spec.uiPath() + "/" + id + "/");
        }
        if (wanted.test("display")) {
            node.put("display", display(spec, row));
        }
        return node;
    }

    private JsonNode value(ModelSpec spec, FieldSpec field, Map<String, Object> row) {
        String name = field.name();
        Object value = row.get(name);
        return switch (field.kind()) {
            case STRING -> JSON.textNode(value == null ? "" : value.toString());
            case NULLABLE_STRING -> value instanceof Instant instant ? JSON.textNode(timestamp(instant))
                    : value == null ? JSON.nullNode() : JSON.textNode(value.toString());
            case INTEGER -> value == null ? (name.startsWith("_depth") || name.equals("children")
                    ? JSON.numberNode(0) : JSON.nullNode()) : JSON.numberNode(((Number) value).longValue());
            case DECIMAL -> value == null ? JSON.nullNode() : JSON.numberNode(new BigDecimal(value.toString())
                    .doubleValue());
            case BOOLEAN -> JSON.booleanNode(Boolean.TRUE.equals(value));
            case CHOICE -> choice(spec, field, row);
            case FOREIGN_KEY -> relation(spec, field, row);
            case MANY_TO_MANY -> many(field, value);
            case JSON -> json(spec, name, value, row);
            case COUNT -> JSON.numberNode(count(spec, field, row));
        };
    }

    private JsonNode choice(ModelSpec spec, FieldSpec field, Map<String, Object> row) {
        if (field.name().equals("family")) {
            String address = String.valueOf(row.getOrDefault("prefix", row.get("address")));
            boolean six = address.contains(":");
            ObjectNode family = JSON.objectNode();
            family.put("value", six ? 6 : 4);
            family.put("label", six ? "IPv6" : "IPv4");
            return family;
        }
        Object value = row.get(field.name());
        if (value == null || value.toString().isEmpty()) {
            return JSON.nullNode();
        }
        ObjectNode choice = JSON.objectNode();
        choice.put("value", value.toString());
        choice.put("label", field.choices().getOrDefault(value.toString(), value.toString()));
        return choice;
    }

    private JsonNode relation(ModelSpec spec, FieldSpec field, Map<String, Object> row) {
        if (field.target() == null) {
            // Generic relations (prefix scope, IP assigned object): a Django content type plus an id.
            Object type = row.get(field.name() + "_type");
            Object id = row.get(field.name() + "_id");
            if (type == null || id == null) {
                return JSON.nullNode();
            }
            return NetboxModels.byLabel(type.toString())
                    .map(target -> nested(target.endpoint(), asLong(id)))
                    .orElse(JSON.nullNode());
        }
        if (spec.endpoint().equals("ipam/prefixes") && field.name().equals("site")) {
            Object id = "dcim.site".equals(row.get("scope_type")) ? row.get("scope_id") : null;
            return id == null ? JSON.nullNode() : nested("dcim/sites", asLong(id));
        }
        Object id = row.get(field.name());
        if (id == null) {
            return JSON.nullNode();
        }
        if (field.target().equals(spec.endpoint()) && store.row(spec.endpoint(), asLong(id)) != null) {
            return selfNested(spec, store.row(spec.endpoint(), asLong(id)));
        }
        return nested(field.target(), asLong(id));
    }

    /**
     * Self-references (interface parent/bridge/lag, parent device, NAT inside, tree parents) use
     * NetBox's dedicated {@code Nested*Serializer}s rather than the brief form.
     */
    private ObjectNode selfNested(ModelSpec spec, Map<String, Object> row) {
        ObjectNode node = JSON.objectNode();
        Object id = row.get("id");
        node.put("id", (Long) id);
        node.put("url", base + "/api/" + spec.endpoint() + "/" + id + "/");
        boolean displayUrl = version.atLeast(1) && !spec.endpoint().equals("ipam/vlans");
        if (displayUrl) {
            node.put("display_url", base + "/" + spec.uiPath() + "/" + id + "/");
        }
        node.put("display", display(spec, row));
        switch (spec.endpoint()) {
            case "dcim/interfaces" -> {
                Map<String, Object> device = store.row("dcim/devices", asLong(row.get("device")));
                ModelSpec devices = NetboxModels.require("dcim/devices");
                node.set("device", device == null ? JSON.nullNode() : selfNested(devices, device));
                node.put("name", String.valueOf(row.get("name")));
                node.putNull("cable");
                node.put("_occupied", false);
            }
            case "dcim/devices" -> node.set("name", row.get("name") == null ? JSON.nullNode()
                    : JSON.textNode(row.get("name").toString()));
            case "ipam/ip-addresses" -> {
                node.put("family", String.valueOf(row.get("address")).contains(":") ? 6 : 4);
                node.put("address", String.valueOf(row.get("address")));
            }
            case "ipam/vlans" -> {
                node.put("vid", asLong(row.get("vid")));
                node.put("name", String.valueOf(row.get("name")));
                node.put("description", String.valueOf(row.getOrDefault("description", "")));
            }
            default -> {
                node.put("name", String.valueOf(row.get("name")));
                node.put("slug", String.valueOf(row.get("slug")));
                node.put("_depth", row.get("_depth") == null ? 0 : asLong(row.get("_depth")));
            }
        }
        return node;
    }

    private JsonNode nested(String endpoint, long id) {
        Map<String, Object> target = store.row(endpoint, id);
        if (target == null) {
            return JSON.nullNode();
        }
        return brief(NetboxModels.require(endpoint), target, true);
    }

    private JsonNode many(FieldSpec field, Object value) {
        ArrayNode list = JSON.arrayNode();
        if (value instanceof List<?> ids) {
            for (Object id : ids) {
                if (field.name().equals("tags")) {
                    Map<String, Object> tag = store.row("extras/tags", asLong(id));
                    if (tag != null) {
                        list.add(nestedTag(tag));
                    }
                } else {
                    JsonNode nested = nested(field.target(), asLong(id));
                    if (!nested.isNull()) {
                        list.add(nested);
                    }
                }
            }
        }
        return list;
    }

    private JsonNode json(ModelSpec spec, String name, Object value, Map<String, Object> row) {
        if (name.equals("custom_fields")) {
            ObjectNode fields = JSON.objectNode();
            Object data = row.get("custom_field_data");
            for (String cf : store.customFieldNames(spec.label())) {
                Object cfValue = data instanceof Map<?, ?> map ? map.get(cf) : null;
                fields.set(cf, cfValue == null ? JSON.nullNode() : cfValue instanceof JsonNode node ? node
                        : JSON.textNode(cfValue.toString()));
            }
            return fields;
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        if (name.equals("config_context")) {
            return JSON.objectNode();
        }
        if (name.equals("vid_ranges")) {
            ArrayNode ranges = JSON.arrayNode();
            ranges.addArray().add(1).add(4094);
            return ranges;
        }
        if (name.equals("utilization")) {
            int used = store.countIndex("ipam/vlans.group", spec.label()).getOrDefault(asLong(row.get("id")), 0);
            return JSON.textNode(used + "/4094");
        }
        return EMPTY_LISTS.contains(name) ? JSON.arrayNode() : JSON.nullNode();
    }

    private int count(ModelSpec spec, FieldSpec field, Map<String, Object> row) {
        if (field.target().equals("-")) {
            return 0;
        }
        return store.countIndex(field.target(), spec.label()).getOrDefault(asLong(row.get("id")), 0);
    }

    static long asLong(Object value) {
        return value == null ? -1 : ((Number) value).longValue();
    }
}
