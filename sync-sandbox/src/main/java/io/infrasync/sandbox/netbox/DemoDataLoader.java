package io.infrasync.sandbox.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrasync.sandbox.SandboxJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Converts the NetBox demo data (Django {@code dumpdata}: {@code {"model","pk","fields"}}, foreign
 * keys as pks, tags through {@code extras.taggeditem}) into the emulator's rows. References to
 * objects the subset does not carry (racks, cables, route targets) become null, as if deleted.
 */
final class DemoDataLoader {

    static final List<String> RESOURCES = List.of("/netbox/netbox-demo-v3.6-core-models.json",
            "/netbox/netbox-demo-v3.6-interfaces-devices-1-12.json");

    private DemoDataLoader() {
    }

    static void load(NetboxStore store) {
        List<JsonNode> records = new ArrayList<>();
        for (String resource : RESOURCES) {
            try (InputStream in = DemoDataLoader.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing classpath resource " + resource);
                }
                SandboxJson.mapper().readTree(in).forEach(records::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        Map<String, Set<Long>> present = new HashMap<>();
        for (JsonNode record : records) {
            NetboxModels.byLabel(record.get("model").asText())
                    .ifPresent(spec -> present.computeIfAbsent(spec.endpoint(), k -> new HashSet<>())
                            .add(record.get("pk").asLong()));
        }
        Map<String, Map<Long, Map<String, Object>>> rows = new LinkedHashMap<>();
        for (JsonNode record : records) {
            String model = record.get("model").asText();
            JsonNode fields = record.get("fields");
            if (model.equals("extras.customfield")) {
                for (JsonNode type : fields.path("content_types")) {
                    store.defineCustomField(type.get(0).asText() + "." + type.get(1).asText(), fields.get("name").asText());
                }
                continue;
            }
            Optional<ModelSpec> spec = NetboxModels.byLabel(model);
            if (spec.isEmpty()) {
                continue;
            }
            rows.computeIfAbsent(spec.get().endpoint(), k -> new LinkedHashMap<>())
                    .put(record.get("pk").asLong(), convert(spec.get(), fields, present));
        }
        for (JsonNode record : records) {
            if (record.get("model").asText().equals("extras.taggeditem")) {
                JsonNode fields = record.get("fields");
                String label = fields.get("content_type").get(0).asText() + "." + fields.get("content_type").get(1).asText();
                NetboxModels.byLabel(label).ifPresent(spec -> {
                    Map<String, Object> row = rows.getOrDefault(spec.endpoint(), Map.of()).get(fields.get("object_id").asLong());
                    if (row != null) {
                        @SuppressWarnings("unchecked")
                        List<Long> tags = new ArrayList<>((List<Long>) row.getOrDefault("tags", List.of()));
                        tags.add(fields.get("tag").asLong());
                        row.put("tags", List.copyOf(tags));
                    }
                });
            }
        }
        rows.forEach((endpoint, byId) -> byId.forEach((id, row) -> store.insertRaw(endpoint, id, row)));
    }

    private static Map<String, Object> convert(ModelSpec spec, JsonNode fields, Map<String, Set<Long>> present) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (FieldSpec field : spec.fields()) {
            JsonNode value = fields.get(field.name());
            if (value == null || value.isNull()) {
                if (field.kind() == FieldKind.MANY_TO_MANY) {
                    row.put(field.name(), List.of());
                }
                continue;
            }
            switch (field.kind()) {
                case STRING, NULLABLE_STRING, CHOICE -> row.put(field.name(), value.isArray()
                        ? value.get(0).asText() + "." + value.get(1).asText() : value.asText());
                case INTEGER -> row.put(field.name(), value.asLong());
                case DECIMAL -> row.put(field.name(), new BigDecimal(value.asText()));
                case BOOLEAN -> row.put(field.name(), value.asBoolean());
                case FOREIGN_KEY -> {
                    if (field.target() != null && present.getOrDefault(field.target(), Set.of()).contains(value.asLong())) {
                        row.put(field.name(), value.asLong());
                    }
                }
                case MANY_TO_MANY -> {
                    List<Long> ids = new ArrayList<>();
                    value.forEach(id -> {
                        if (present.getOrDefault(field.target(), Set.of()).contains(id.asLong())) {
                            ids.add(id.asLong());
                        }
                    });
                    row.put(field.name(), List.copyOf(ids));
                }
                case JSON -> {
                    // Only free-form JSON is stored; other JSON-kind fields point at models the subset lacks.
                    if (field.name().equals("local_context_data")) {
                        row.put(field.name(), value);
                    }
                }
                default -> { }
            }
        }
        row.put("created", instant(fields.get("created")));
        row.put("last_updated", instant(fields.get("last_updated")));
        row.put("custom_field_data", customFieldData(fields.get("custom_field_data")));
        if (fields.has("level")) {
            row.put("_depth", fields.get("level").asLong()); // MPTT level is what NetBox shows as _depth
        }
        if (spec.endpoint().equals("ipam/prefixes")) {
            JsonNode site = fields.get("site");
            if (site != null && !site.isNull()) {
                row.put("scope_type", "dcim.site");
                row.put("scope_id", site.asLong());
            }
            row.put("children", fields.path("_children").asLong(0));
            row.put("_depth", fields.path("_depth").asLong(0));
        }
        if (spec.endpoint().equals("ipam/vlan-groups") && fields.has("scope_id") && !fields.get("scope_id").isNull()) {
            row.put("scope_id", fields.get("scope_id").asLong());
        }
        return row;
    }

    private static Map<String, Object> customFieldData(JsonNode data) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (data != null && data.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                values.put(entry.getKey(), entry.getValue().isNull() ? null
                        : entry.getValue().isTextual() ? entry.getValue().asText() : entry.getValue());
            }
        }
        return values;
    }

    /** {@code created} was a date before NetBox 3.2; both forms are accepted. */
    private static Instant instant(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText();
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                : Instant.parse(text);
    }
}
