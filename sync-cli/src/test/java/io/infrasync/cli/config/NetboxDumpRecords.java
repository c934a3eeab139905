package io.infrasync.cli.config;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.infrasync.core.mapping.SourceRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test helper: turns NetBox demo data (Django {@code dumpdata} rows) into records shaped like NetBox's REST
 * API, as the NetBox adapter delivers them: {@code id}, foreign keys as nested <code>{id, url, name, slug}</code>
 * objects, tags as a list of nested tags, choice fields as <code>{value}</code> (the dump has no labels).
 */
final class NetboxDumpRecords {

    private static final Map<String, String> ENDPOINTS = Map.ofEntries(
            Map.entry("extras.tag", "extras.tags"), Map.entry("dcim.region", "dcim.regions"),
            Map.entry("dcim.site", "dcim.sites"), Map.entry("dcim.location", "dcim.locations"),
            Map.entry("dcim.sitegroup", "dcim.site-groups"), Map.entry("dcim.manufacturer", "dcim.manufacturers"),
            Map.entry("dcim.devicetype", "dcim.device-types"), Map.entry("dcim.devicerole", "dcim.device_roles"),
            Map.entry("dcim.device", "dcim.devices"), Map.entry("dcim.interface", "dcim.interfaces"),
            Map.entry("dcim.rack", "dcim.racks"), Map.entry("dcim.platform", "dcim.platforms"),
            Map.entry("tenancy.tenant", "tenancy.tenants"), Map.entry("tenancy.tenantgroup", "tenancy.tenant-groups"),
            Map.entry("ipam.vrf", "ipam.vrfs"), Map.entry("ipam.vlan", "ipam.vlans"),
            Map.entry("ipam.vlangroup", "ipam.vlan-groups"), Map.entry("ipam.prefix", "ipam.prefixes"),
            Map.entry("ipam.ipaddress", "ipam.ip-addresses"), Map.entry("ipam.role", "ipam.roles"),
            Map.entry("ipam.routetarget", "ipam.route-targets"));

    /** Model to foreign-key field to referenced model. */
    private static final Map<String, Map<String, String>> FOREIGN_KEYS = Map.ofEntries(
            Map.entry("dcim.device", Map.of("device_type", "dcim.devicetype", "role", "dcim.devicerole",
                    "tenant", "tenancy.tenant", "platform", "dcim.platform", "site", "dcim.site",
                    "location", "dcim.location", "rack", "dcim.rack")),
            Map.entry("dcim.site", Map.of("region", "dcim.region", "group", "dcim.sitegroup", "tenant", "tenancy.tenant")),
            Map.entry("dcim.region", Map.of("parent", "dcim.region")),
            Map.entry("dcim.sitegroup", Map.of("parent", "dcim.sitegroup")),
            Map.entry("dcim.location", Map.of("parent", "dcim.location", "site", "dcim.site", "tenant", "tenancy.tenant")),
            Map.entry("dcim.devicetype", Map.of("manufacturer", "dcim.manufacturer")),
            Map.entry("dcim.rack", Map.of("site", "dcim.site", "tenant", "tenancy.tenant")),
            Map.entry("tenancy.tenant", Map.of("group", "tenancy.tenantgroup")),
            Map.entry("ipam.vlan", Map.of("site", "dcim.site", "group", "ipam.vlangroup", "tenant", "tenancy.tenant", "role", "ipam.role")),
            Map.entry("ipam.vrf", Map.of("tenant", "tenancy.tenant", "import_targets", "ipam.routetarget",
                    "export_targets", "ipam.routetarget")),
            Map.entry("ipam.prefix", Map.of("site", "dcim.site", "vrf", "ipam.vrf", "tenant", "tenancy.tenant",
                    "vlan", "ipam.vlan", "role", "ipam.role")),
            Map.entry("ipam.ipaddress", Map.of("vrf", "ipam.vrf", "tenant", "tenancy.tenant")),
            Map.entry("dcim.interface", Map.of("device", "dcim.device", "untagged_vlan", "ipam.vlan",
                    "tagged_vlans", "ipam.vlan", "lag", "dcim.interface", "parent", "dcim.interface")));

    private static final Map<String, List<String>> CHOICES = Map.of("dcim.interface", List.of("type", "mode"));

    private final Map<String, Map<Object, Map<String, Object>>> rowsByModel = new LinkedHashMap<>();
    private final Map<String, List<Map<String, Object>>> tagsByObject = new HashMap<>();

    /** Loads dumpdata rows from classpath resources, plus extra rows given in the same shape. */
    NetboxDumpRecords(List<String> resources, List<Map<String, Object>> extraRows) {
        List<Map<String, Object>> rows = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String resource : resources) {
            try (InputStream in = NetboxDumpRecords.class.getResourceAsStream(resource)) {
                rows.addAll(json.readValue(in, new TypeReference<List<Map<String, Object>>>() { }));
            } catch (IOException exception) {
                throw new UncheckedIOException(exception);
            }
        }
        rows.addAll(extraRows);
        for (Map<String, Object> row : rows) {
            rowsByModel.computeIfAbsent((String) row.get("model"), key -> new LinkedHashMap<>()).put(row.get("pk"), row);
        }
        for (Map<String, Object> row : rowsByModel.getOrDefault("extras.taggeditem", Map.of()).values()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) row.get("fields");
            @SuppressWarnings("unchecked")
            List<String> contentType = (List<String>) fields.get("content_type");
            String key = contentType.get(0) + "." + contentType.get(1) + "#" + fields.get("object_id");
            tagsByObject.computeIfAbsent(key, k -> new ArrayList<>()).add(nested("extras.tag", fields.get("tag")));
        }
    }

    /** The REST-shaped records of every model that has an endpoint, in dump order. */
    List<SourceRecord> records() {
        List<SourceRecord> records = new ArrayList<>();
        rowsByModel.forEach((model, rows) -> {
            String endpoint = ENDPOINTS.get(model);
            if (endpoint != null) {
                rows.forEach((pk, row) -> records.add(new SourceRecord(endpoint, String.valueOf(pk), rest(model, row))));
            }
        });
        return records;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> rest(String model, Map<String, Object> row) {
        Map<String, Object> fields = (Map<String, Object>) row.get("fields");
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", row.get("pk"));
        record.put("url", url(model, row.get("pk")));
        Map<String, String> keys = FOREIGN_KEYS.getOrDefault(model, Map.of());
        List<String> choices = CHOICES.getOrDefault(model, List.of());
        fields.forEach((name, value) -> {
            String target = keys.get(name);
            if (target != null && value instanceof List<?> list) {
                List<Object> peers = new ArrayList<>();
                list.forEach(id -> peers.add(nested(target, id)));
                record.put(name, peers);
            } else if (target != null) {
                record.put(name, value == null ? null : nested(target, value));
            } else if (choices.contains(name)) {
                record.put(name, value == null || "".equals(value) ? null : Map.of("value", value));
            } else if (name.equals("u_height") && value instanceof String text) {
                record.put(name, Double.parseDouble(text));
            } else {
                record.put(name, value);
            }
        });
        record.put("tags", tagsByObject.getOrDefault(model + "#" + row.get("pk"), List.of()));
        return record;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> nested(String model, Object id) {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("id", id);
        nested.put("url", url(model, id));
        Map<String, Object> peer = rowsByModel.getOrDefault(model, Map.of()).get(id);
        if (peer != null) {
            Map<String, Object> fields = (Map<String, Object>) peer.get("fields");
            for (String key : List.of("name", "slug", "model", "vid", "address", "prefix")) {
                if (fields.containsKey(key)) {
                    nested.put(key, fields.get(key));
                }
            }
        }
        return nested;
    }

    private static String url(String model, Object id) {
        String endpoint = ENDPOINTS.getOrDefault(model, model);
        return "https://demo.netbox.dev/api/" + endpoint.replace('.', '/').replace('_', '-') + "/" + id + "/";
    }
}
