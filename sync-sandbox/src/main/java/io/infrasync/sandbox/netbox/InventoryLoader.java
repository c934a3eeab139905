package io.infrasync.sandbox.netbox;

import io.infrasync.sandbox.inventory.Inventory;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a product-neutral {@link Inventory} into NetBox rows: list index {@code i} becomes id {@code i + 1}. */
final class InventoryLoader {

    private InventoryLoader() {
    }

    static void load(NetboxStore store, Inventory inventory) {
        each(inventory.tenants(), (t, row) -> {
            row.put("name", t.name());
            row.put("slug", t.slug());
            row.put("description", t.description());
            stamps(row, t.stamps());
            return "tenancy/tenants";
        }, store);
        each(inventory.tags(), (t, row) -> {
            row.put("name", t.name());
            row.put("slug", t.slug());
            row.put("color", t.color());
            row.put("description", t.description());
            stamps(row, t.stamps());
            return "extras/tags";
        }, store);
        each(inventory.sites(), (s, row) -> {
            row.put("name", s.name());
            row.put("slug", s.slug());
            row.put("status", s.status());
            row.put("tenant", id(s.tenant()));
            row.put("facility", s.facility());
            row.put("time_zone", s.timeZone());
            row.put("description", s.description());
            row.put("tags", ids(s.tags()));
            stamps(row, s.stamps());
            return "dcim/sites";
        }, store);
        each(inventory.racks(), (r, row) -> {
            row.put("name", r.name());
            row.put("site", id(r.site()));
            row.put("tenant", id(r.tenant()));
            row.put("status", "active");
            row.put("u_height", (long) r.uHeight());
            row.put("serial", r.serial());
            row.put("asset_tag", r.assetTag());
            stamps(row, r.stamps());
            return "dcim/racks";
        }, store);
        each(inventory.manufacturers(), (m, row) -> {
            row.put("name", m.name());
            row.put("slug", m.slug());
            row.put("description", m.description());
            stamps(row, m.stamps());
            return "dcim/manufacturers";
        }, store);
        each(inventory.deviceTypes(), (t, row) -> {
            row.put("manufacturer", id(t.manufacturer()));
            row.put("model", t.model());
            row.put("slug", t.slug());
            row.put("part_number", t.partNumber());
            row.put("u_height", BigDecimal.valueOf(t.uHeight()).setScale(1));
            row.put("is_full_depth", t.fullDepth());
            stamps(row, t.stamps());
            return "dcim/device-types";
        }, store);
        each(inventory.deviceRoles(), (r, row) -> {
            row.put("name", r.name());
            row.put("slug", r.slug());
            row.put("color", r.color());
            row.put("vm_role", false);
            stamps(row, r.stamps());
            return "dcim/device-roles";
        }, store);
        each(inventory.devices(), (d, row) -> {
            row.put("name", d.name());
            row.put("device_type", id(d.deviceType()));
            row.put("role", id(d.role()));
            row.put("tenant", id(d.tenant()));
            row.put("serial", d.serial());
            row.put("asset_tag", d.assetTag());
            row.put("site", id(d.site()));
            row.put("rack", id(d.rack()));
            row.put("position", d.rack() < 0 ? null : BigDecimal.valueOf(d.position()).setScale(1));
            row.put("face", d.rack() < 0 ? "" : "front");
            row.put("status", d.status());
            row.put("tags", ids(d.tags()));
            stamps(row, d.stamps());
            return "dcim/devices";
        }, store);
        each(inventory.interfaces(), (i, row) -> {
            row.put("device", id(i.device()));
            row.put("name", i.name());
            row.put("type", i.type());
            row.put("enabled", i.enabled());
            row.put("mtu", (long) i.mtu());
            row.put("mac_address", i.macAddress());
            row.put("description", i.description());
            stamps(row, i.stamps());
            return "dcim/interfaces";
        }, store);
        each(inventory.vlans(), (v, row) -> {
            row.put("site", id(v.site()));
            row.put("vid", (long) v.vid());
            row.put("name", v.name());
            row.put("status", v.status());
            stamps(row, v.stamps());
            return "ipam/vlans";
        }, store);
        each(inventory.prefixes(), (p, row) -> {
            row.put("prefix", p.prefix());
            row.put("scope_type", "dcim.site");
            row.put("scope_id", id(p.site()));
            row.put("vlan", id(p.vlan()));
            row.put("tenant", id(p.tenant()));
            row.put("status", p.status());
            row.put("description", p.description());
            row.put("tags", ids(p.tags()));
            // The generator nests each site's /25 inside its /24.
            boolean child = p.prefix().endsWith("/25");
            row.put("_depth", child ? 1L : 0L);
            row.put("children", p.prefix().endsWith("/24") ? 1L : 0L);
            stamps(row, p.stamps());
            return "ipam/prefixes";
        }, store);
        each(inventory.ipAddresses(), (a, row) -> {
            row.put("address", a.address());
            row.put("status", a.status());
            row.put("dns_name", a.dnsName());
            if (a.interfaceIndex() >= 0) {
                row.put("assigned_object_type", "dcim.interface");
                row.put("assigned_object_id", id(a.interfaceIndex()));
            }
            stamps(row, a.stamps());
            return "ipam/ip-addresses";
        }, store);
    }

    /** Fills one row per item and returns the endpoint it belongs to. */
    private interface RowMaker<T> {
        String fill(T item, Map<String, Object> row);
    }

    private static <T> void each(List<T> items, RowMaker<T> maker, NetboxStore store) {
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("tags", List.of());
            row.put("custom_field_data", Map.of());
            String endpoint = maker.fill(items.get(i), row);
            store.insertRaw(endpoint, i + 1L, row);
        }
    }

    private static Long id(int index) {
        return index < 0 ? null : index + 1L;
    }

    private static List<Long> ids(List<Integer> indexes) {
        return indexes.stream().map(i -> i + 1L).toList();
    }

    private static void stamps(Map<String, Object> row, Inventory.Stamps stamps) {
        row.put("created", stamps.created());
        row.put("last_updated", stamps.lastUpdated());
    }
}
