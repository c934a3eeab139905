package io.infrasync.sandbox.nautobot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.infrasync.sandbox.inventory.Inventory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Renders an {@link Inventory} into Nautobot 2.x objects: sites become locations of type "Site",
 * device roles become extras roles, statuses become Status objects, prefixes live in the Global
 * namespace. UUIDs are derived from the seed, so equal seeds give equal ids.
 */
final class NautobotInventoryLoader {

    private static final Instant BUILT_IN = Instant.parse("2023-01-01T00:00:00Z");
    private static final List<String> STATUSES = List.of("Active", "Planned", "Staging", "Reserved", "Deprecated",
            "Decommissioning", "Retired", "Offline", "Available");

    private final NautobotStore store;
    private final long seed;

    private NautobotInventoryLoader(NautobotStore store, long seed) {
        this.store = store;
        this.seed = seed;
    }

    /** Seeds what every Nautobot has (statuses, the Global namespace, the Site location type). */
    static void loadBuiltIns(NautobotStore store, long seed) {
        new NautobotInventoryLoader(store, seed).builtIns();
    }

    static void load(NautobotStore store, long seed, Inventory inventory) {
        NautobotInventoryLoader loader = new NautobotInventoryLoader(store, seed);
        loader.builtIns();
        loader.inventory(inventory);
    }

    private UUID id(String endpoint, int index) {
        return UUID.nameUUIDFromBytes((seed + "/" + endpoint + "/" + index).getBytes(StandardCharsets.UTF_8));
    }

    private void builtIns() {
        for (int i = 0; i < STATUSES.size(); i++) {
            ArrayNode types = JsonNodeFactory.instance.arrayNode();
            List.of("dcim.device", "dcim.location", "dcim.rack", "dcim.interface", "ipam.prefix", "ipam.ipaddress",
                    "ipam.vlan", "ipam.vrf", "circuits.circuit").forEach(types::add);
            put("extras/statuses", i, row("name", STATUSES.get(i), "color", "4caf50", "description", "",
                    "content_types", types), BUILT_IN, BUILT_IN);
        }
        put("ipam/namespaces", 0, row("name", "Global", "description", "Default Global namespace. Created by Nautobot."),
                BUILT_IN, BUILT_IN);
        put("dcim/location-types", 0, row("name", "Site", "description", "", "nestable", false, "tree_depth", 0L),
                BUILT_IN, BUILT_IN);
    }

    private void inventory(Inventory inventory) {
        for (int i = 0; i < inventory.tenants().size(); i++) {
            Inventory.Tenant t = inventory.tenants().get(i);
            put("tenancy/tenants", i, row("name", t.name(), "description", t.description()), t.stamps());
        }
        for (int i = 0; i < inventory.tags().size(); i++) {
            Inventory.Tag t = inventory.tags().get(i);
            put("extras/tags", i, row("name", t.name(), "color", t.color(), "description", t.description()), t.stamps());
        }
        for (int i = 0; i < inventory.deviceRoles().size(); i++) {
            Inventory.DeviceRole r = inventory.deviceRoles().get(i);
            ArrayNode types = JsonNodeFactory.instance.arrayNode().add("dcim.device");
            put("extras/roles", i, row("name", r.name(), "color", r.color(), "description", "", "weight", null,
                    "content_types", types), r.stamps());
        }
        for (int i = 0; i < inventory.sites().size(); i++) {
            Inventory.Site s = inventory.sites().get(i);
            put("dcim/locations", i, row("name", s.name(), "tree_depth", 0L, "time_zone", s.timeZone(),
                    "facility", s.facility(), "description", s.description(), "status", status(s.status()),
                    "location_type", id("dcim/location-types", 0), "tenant", id("tenancy/tenants", s.tenant()),
                    "tags", tags(s.tags())), s.stamps());
        }
        for (int i = 0; i < inventory.racks().size(); i++) {
            Inventory.Rack r = inventory.racks().get(i);
            put("dcim/racks", i, row("name", r.name(), "serial", r.serial(), "asset_tag", r.assetTag(),
                    "u_height", (long) r.uHeight(), "width", "19", "location", id("dcim/locations", r.site()),
                    "tenant", id("tenancy/tenants", r.tenant()), "status", status("active")), r.stamps());
        }
        for (int i = 0; i < inventory.manufacturers().size(); i++) {
            Inventory.Manufacturer m = inventory.manufacturers().get(i);
            put("dcim/manufacturers", i, row("name", m.name(), "description", m.description()), m.stamps());
        }
        for (int i = 0; i < inventory.deviceTypes().size(); i++) {
            Inventory.DeviceType t = inventory.deviceTypes().get(i);
            put("dcim/device-types", i, row("model", t.model(), "part_number", t.partNumber(),
                    "u_height", (long) t.uHeight(), "is_full_depth", t.fullDepth(),
                    "manufacturer", id("dcim/manufacturers", t.manufacturer())), t.stamps());
        }
        for (int i = 0; i < inventory.devices().size(); i++) {
            Inventory.Device d = inventory.devices().get(i);
            put("dcim/devices", i, row("face", d.rack() < 0 ? "" : "front", "name", d.name(), "serial", d.serial(),
                    "asset_tag", d.assetTag(), "position", d.rack() < 0 ? null : (long) d.position(),
                    "device_type", id("dcim/device-types", d.deviceType()), "status", status(d.status()),
                    "role", id("extras/roles", d.role()), "tenant", id("tenancy/tenants", d.tenant()),
                    "location", id("dcim/locations", d.site()), "rack", d.rack() < 0 ? null : id("dcim/racks", d.rack()),
                    "tags", tags(d.tags())), d.stamps());
        }
        for (int i = 0; i < inventory.interfaces().size(); i++) {
            Inventory.Interface f = inventory.interfaces().get(i);
            put("dcim/interfaces", i, row("name", f.name(), "description", f.description(), "type", f.type(),
                    "enabled", f.enabled(), "mac_address", f.macAddress(), "mtu", (long) f.mtu(),
                    "device", id("dcim/devices", f.device()), "status", status("active")), f.stamps());
        }
        for (int i = 0; i < inventory.vlans().size(); i++) {
            Inventory.Vlan v = inventory.vlans().get(i);
            put("ipam/vlans", i, row("vid", (long) v.vid(), "name", v.name(), "description", "",
                    "status", status(v.status()), "locations", List.of(id("dcim/locations", v.site()))), v.stamps());
        }
        for (int i = 0; i < inventory.prefixes().size(); i++) {
            Inventory.Prefix p = inventory.prefixes().get(i);
            String[] cidr = p.prefix().split("/");
            boolean child = p.prefix().endsWith("/25");
            put("ipam/prefixes", i, row("family", p.prefix().contains(":") ? 6 : 4, "prefix", p.prefix(),
                    "network", cidr[0], "broadcast", broadcast(cidr[0], Integer.parseInt(cidr[1])),
                    "prefix_length", Long.parseLong(cidr[1]), "type", "network", "description", p.description(),
                    "namespace", id("ipam/namespaces", 0), "parent", child ? id("ipam/prefixes", i - 1) : null,
                    "status", status(p.status()), "tenant", id("tenancy/tenants", p.tenant()),
                    "vlan", p.vlan() < 0 ? null : id("ipam/vlans", p.vlan()),
                    "locations", List.of(id("dcim/locations", p.site())), "tags", tags(p.tags())), p.stamps());
        }
        for (int i = 0; i < inventory.ipAddresses().size(); i++) {
            Inventory.IpAddress a = inventory.ipAddresses().get(i);
            String[] cidr = a.address().split("/");
            int site = a.interfaceIndex() < 0 ? -1
                    : inventory.devices().get(inventory.interfaces().get(a.interfaceIndex()).device()).site();
            boolean inSitePrefix = site >= 0 && site < 65536;
            put("ipam/ip-addresses", i, row("family", 4, "address", a.address(), "host", cidr[0],
                    "mask_length", Long.parseLong(cidr[1]), "type", "host", "dns_name", a.dnsName(), "description", "",
                    "status", status(a.status()), "parent", inSitePrefix ? id("ipam/prefixes", site * 2) : null),
                    a.stamps());
        }
    }

    private UUID status(String value) {
        String name = value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1);
        int index = STATUSES.indexOf(name);
        return id("extras/statuses", index < 0 ? 0 : index);
    }

    private List<UUID> tags(List<Integer> indexes) {
        return indexes.stream().map(i -> id("extras/tags", i)).toList();
    }

    private static String broadcast(String network, int length) {
        String[] octets = network.split("\\.");
        long value = 0;
        for (String octet : octets) {
            value = (value << 8) | Long.parseLong(octet);
        }
        value |= (1L << (32 - length)) - 1;
        return ((value >> 24) & 0xff) + "." + ((value >> 16) & 0xff) + "." + ((value >> 8) & 0xff) + "." + (value & 0xff);
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        row.putIfAbsent("tags", List.of());
        return row;
    }

    private void put(String endpoint, int index, Map<String, Object> row, Inventory.Stamps stamps) {
        put(endpoint, index, row, stamps.created(), stamps.lastUpdated());
    }

    private void put(String endpoint, int index, Map<String, Object> row, Instant created, Instant updated) {
        row.put("created", created);
        row.put("last_updated", updated);
        store.insertRaw(endpoint, id(endpoint, index), row);
    }
}
