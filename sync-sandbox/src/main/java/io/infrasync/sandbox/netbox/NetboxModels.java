package io.infrasync.sandbox.netbox;

import static io.infrasync.sandbox.netbox.FieldKind.BOOLEAN;
import static io.infrasync.sandbox.netbox.FieldKind.CHOICE;
import static io.infrasync.sandbox.netbox.FieldKind.COUNT;
import static io.infrasync.sandbox.netbox.FieldKind.DECIMAL;
import static io.infrasync.sandbox.netbox.FieldKind.FOREIGN_KEY;
import static io.infrasync.sandbox.netbox.FieldKind.INTEGER;
import static io.infrasync.sandbox.netbox.FieldKind.JSON;
import static io.infrasync.sandbox.netbox.FieldKind.MANY_TO_MANY;
import static io.infrasync.sandbox.netbox.FieldKind.NULLABLE_STRING;
import static io.infrasync.sandbox.netbox.FieldKind.STRING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The NetBox 4.x models the emulator serves, with field order and brief fields as in NetBox's
 * serializers (checked against the 4.2.2 OpenAPI schema and the 4.6 brief field lists).
 */
final class NetboxModels {


    private static final Map<String, String> SITE_STATUS = choices("planned", "Planned", "staging", "Staging",
            "active", "Active", "decommissioning", "Decommissioning", "retired", "Retired");
    private static final Map<String, String> RACK_STATUS = choices("reserved", "Reserved", "available", "Available",
            "planned", "Planned", "active", "Active", "deprecated", "Deprecated");
    private static final Map<String, String> DEVICE_STATUS = choices("offline", "Offline", "active", "Active",
            "planned", "Planned", "staged", "Staged", "failed", "Failed", "inventory", "Inventory",
            "decommissioning", "Decommissioning");
    private static final Map<String, String> PREFIX_STATUS = choices("container", "Container", "active", "Active",
            "reserved", "Reserved", "deprecated", "Deprecated");
    private static final Map<String, String> IP_STATUS = choices("active", "Active", "reserved", "Reserved",
            "deprecated", "Deprecated", "dhcp", "DHCP", "slaac", "SLAAC");
    private static final Map<String, String> IP_ROLE = choices("loopback", "Loopback", "secondary", "Secondary",
            "anycast", "Anycast", "vip", "VIP", "vrrp", "VRRP", "hsrp", "HSRP", "glbp", "GLBP", "carp", "CARP");
    private static final Map<String, String> VLAN_STATUS = choices("active", "Active", "reserved", "Reserved",
            "deprecated", "Deprecated");
    private static final Map<String, String> CIRCUIT_STATUS = choices("planned", "Planned", "provisioning",
            "Provisioning", "active", "Active", "offline", "Offline", "deprovisioning", "Deprovisioning",
            "decommissioned", "Decommissioned");
    private static final Map<String, String> FACE = choices("front", "Front", "rear", "Rear");
    private static final Map<String, String> AIRFLOW = choices("front-to-rear", "Front to rear", "rear-to-front",
            "Rear to front", "left-to-right", "Left to right", "right-to-left", "Right to left", "side-to-rear",
            "Side to rear", "passive", "Passive", "mixed", "Mixed");
    private static final Map<String, String> INTERFACE_MODE = choices("access", "Access", "tagged", "Tagged",
            "tagged-all", "Tagged (All)", "q-in-q", "Q-in-Q (802.1ad)");
    private static final Map<String, String> DUPLEX = choices("half", "Half", "full", "Full", "auto", "Auto");
    private static final Map<String, String> INTERFACE_TYPE = choices("virtual", "Virtual", "bridge", "Bridge",
            "lag", "Link Aggregation Group (LAG)", "100base-tx", "100BASE-TX (10/100ME)", "1000base-t",
            "1000BASE-T (1GE)", "2.5gbase-t", "2.5GBASE-T (2.5GE)", "5gbase-t", "5GBASE-T (5GE)", "10gbase-t",
            "10GBASE-T (10GE)", "1000base-x-sfp", "SFP (1GE)", "10gbase-x-sfpp", "SFP+ (10GE)", "25gbase-x-sfp28",
            "SFP28 (25GE)", "40gbase-x-qsfpp", "QSFP+ (40GE)", "50gbase-x-sfp56", "SFP56 (50GE)",
            "100gbase-x-qsfp28", "QSFP28 (100GE)", "100gbase-x-cfp", "CFP (100GE)", "400gbase-x-qsfpdd",
            "QSFP-DD (400GE)", "ieee802.11a", "IEEE 802.11a", "ieee802.11g", "IEEE 802.11b/g", "ieee802.11n",
            "IEEE 802.11n", "ieee802.11ac", "IEEE 802.11ac", "ieee802.11ax", "IEEE 802.11ax", "lte", "LTE",
            "5g", "5G", "other", "Other");
    private static final Map<String, String> FAMILY = choices("4", "IPv4", "6", "IPv6");

    private static final Map<String, ModelSpec> BY_ENDPOINT = new LinkedHashMap<>();

    static {
        // tenancy
        add(spec("tenancy/tenant-groups", "tenancy.tenantgroup", "tenant group", "name", "slug",
                fields(name(), slug(), fk("parent", "tenancy/tenant-groups"), str("description"), owner(),
                        str("comments").since(3), tags(), customFields(), created(), lastUpdated(),
                        count("tenant_count", "tenancy/tenants.group"), intf("_depth")),
                "name", "slug", "description", "tenant_count", "_depth"));
        add(spec("tenancy/tenants", "tenancy.tenant", "tenant", "name", "slug",
                fields(name(), slug(), fk("group", "tenancy/tenant-groups"), str("description"), owner(),
                        str("comments"), tags(), customFields(), created(), lastUpdated(),
                        count("circuit_count", "circuits/circuits.tenant"), count("device_count", "dcim/devices.tenant"),
                        count("ipaddress_count", "ipam/ip-addresses.tenant"),
                        count("prefix_count", "ipam/prefixes.tenant"), count("rack_count", "dcim/racks.tenant"),
                        count("site_count", "dcim/sites.tenant"), count("vlan_count", "ipam/vlans.tenant"),
                        count("virtualmachine_count", "-"), count("vrf_count", "ipam/vrfs.tenant"),
                        count("cluster_count", "-")),
                "name", "slug", "description"));
        // extras
        add(spec("extras/tags", "extras.tag", "tag", "name", "slug",
                fields(name(), slug(), str("color"), str("description"), intf("weight").since(3),
                        FieldSpec.of("object_types", JSON), count("tagged_items", "*.tags"), created(),
                        lastUpdated()),
                "name", "slug", "color", "description"));
        // dcim
        add(spec("dcim/regions", "dcim.region", "region", "name", "slug",
                fields(name(), slug(), fk("parent", "dcim/regions"), str("description"), owner(),
                        str("comments").since(3), tags(), customFields(), created(), lastUpdated(),
                        count("site_count", "dcim/sites.region"), intf("_depth")),
                "name", "slug", "description", "site_count", "_depth"));
        add(spec("dcim/site-groups", "dcim.sitegroup", "site group", "name", "slug",
                fields(name(), slug(), fk("parent", "dcim/site-groups"), str("description"), owner(),
                        str("comments").since(3), tags(), customFields(), created(), lastUpdated(),
                        count("site_count", "dcim/sites.group"), intf("_depth")),
                "name", "slug", "description", "site_count", "_depth"));
        add(spec("dcim/sites", "dcim.site", "site", "name", "slug",
                fields(name(), slug(), choice("status", SITE_STATUS), fk("region", "dcim/regions"),
                        fk("group", "dcim/site-groups"), fk("tenant", "tenancy/tenants"), str("facility"),
                        FieldSpec.of("time_zone", NULLABLE_STRING), str("description"), str("physical_address"),
                        str("shipping_address"), FieldSpec.of("latitude", DECIMAL), FieldSpec.of("longitude", DECIMAL),
                        owner(), str("comments"), m2m("asns", "ipam/asns"), tags(), customFields(), created(),
                        lastUpdated(), count("circuit_count", "circuits/circuit-terminations.site"),
                        count("device_count", "dcim/devices.site"), count("prefix_count", "ipam/prefixes.scope"),
                        count("rack_count", "dcim/racks.site"), count("virtualmachine_count", "-"),
                        count("vlan_count", "ipam/vlans.site")),
                "name", "slug", "description"));
        add(spec("dcim/locations", "dcim.location", "location", "name", "slug",
                fields(name(), slug(), fk("site", "dcim/sites").asRequired(), fk("parent", "dcim/locations"),
                        choice("status", SITE_STATUS), fk("tenant", "tenancy/tenants"), str("facility").since(1),
                        str("description"), owner(), str("comments").since(3), tags(), customFields(), created(),
                        lastUpdated(), count("rack_count", "dcim/racks.location"),
                        count("device_count", "dcim/devices.location"), intf("_depth")),
                "name", "slug", "description", "rack_count", "_depth"));
        add(spec("dcim/rack-roles", "dcim.rackrole", "rack role", "name", "slug",
                fields(name(), slug(), str("color"), str("description"), owner(), str("comments").since(3), tags(),
                        customFields(), created(), lastUpdated(), count("rack_count", "dcim/racks.role")),
                "name", "slug", "description", "rack_count"));
        add(spec("dcim/racks", "dcim.rack", "rack", "name", "name",
                fields(FieldSpec.of("name", STRING).asRequired(), str("facility_id"), fk("site", "dcim/sites").asRequired(),
                        fk("location", "dcim/locations"), fk("tenant", "tenancy/tenants"),
                        choice("status", RACK_STATUS), fk("role", "dcim/rack-roles"), str("serial"),
                        FieldSpec.of("asset_tag", NULLABLE_STRING), FieldSpec.of("u_height", INTEGER),
                        str("description"), owner(), str("comments"), tags(), customFields(), created(),
                        lastUpdated(), count("device_count", "dcim/devices.rack")),
                "name", "description", "device_count"));
        add(spec("dcim/manufacturers", "dcim.manufacturer", "manufacturer", "name", "slug",
                fields(name(), slug(), str("description"), owner(), str("comments").since(3), tags(), customFields(),
                        created(), lastUpdated(), count("devicetype_count", "dcim/device-types.manufacturer"),
                        count("platform_count", "dcim/platforms.manufacturer")),
                "name", "slug", "description", "devicetype_count"));
        add(spec("dcim/device-types", "dcim.devicetype", "device type", "model", "slug",
                fields(fk("manufacturer", "dcim/manufacturers").asRequired(),
                        fk("default_platform", "dcim/platforms"), FieldSpec.of("model", STRING).asRequired(),
                        slug(), str("part_number"), FieldSpec.of("u_height", DECIMAL),
                        FieldSpec.of("is_full_depth", BOOLEAN), str("description"), owner(), str("comments"), tags(),
                        customFields(), created(), lastUpdated(),
                        count("device_count", "dcim/devices.device_type")),
                "manufacturer", "model", "slug", "description", "device_count"));
        add(spec("dcim/device-roles", "dcim.devicerole", "device role", "name", "slug",
                fields(name(), slug(), str("color"), FieldSpec.of("vm_role", BOOLEAN), str("description"), owner(),
                        str("comments").since(3), tags(), customFields(), created(), lastUpdated(),
                        count("device_count", "dcim/devices.role"), count("virtualmachine_count", "-")),
                "name", "slug", "description", "device_count", "virtualmachine_count"));
        add(spec("dcim/platforms", "dcim.platform", "platform", "name", "slug",
                fields(name(), slug(), fk("manufacturer", "dcim/manufacturers"), str("description"), owner(),
                        str("comments").since(3), tags(), customFields(), created(), lastUpdated(),
                        count("device_count", "dcim/devices.platform"), count("virtualmachine_count", "-")),
                "name", "slug", "description", "device_count", "virtualmachine_count"));
        add(spec("dcim/devices", "dcim.device", "device", "name", "name",
                fields(FieldSpec.of("name", NULLABLE_STRING), fk("device_type", "dcim/device-types").asRequired(),
                        fk("role", "dcim/device-roles").asRequired(), fk("tenant", "tenancy/tenants"),
                        fk("platform", "dcim/platforms"), str("serial"), FieldSpec.of("asset_tag", NULLABLE_STRING),
                        fk("site", "dcim/sites").asRequired(), fk("location", "dcim/locations"),
                        fk("rack", "dcim/racks"), FieldSpec.of("position", DECIMAL), choice("face", FACE),
                        FieldSpec.of("latitude", DECIMAL), FieldSpec.of("longitude", DECIMAL),
                        fk("parent_device", "dcim/devices"), choice("status", DEVICE_STATUS),
                        choice("airflow", AIRFLOW), fk("primary_ip", "ipam/ip-addresses"),
                        fk("primary_ip4", "ipam/ip-addresses"), fk("primary_ip6", "ipam/ip-addresses"),
                        fk("oob_ip", "ipam/ip-addresses"), FieldSpec.of("cluster", JSON),
                        FieldSpec.of("virtual_chassis", JSON), FieldSpec.of("vc_position", INTEGER),
                        FieldSpec.of("vc_priority", INTEGER), str("description"), owner(), str("comments"),
                        FieldSpec.of("config_template", JSON), FieldSpec.of("config_context", JSON),
                        FieldSpec.of("local_context_data", JSON), tags(), customFields(), created(),
                        lastUpdated(), count("console_port_count", "-"), count("console_server_port_count", "-"),
                        count("power_port_count", "-"), count("power_outlet_count", "-"),
                        count("interface_count", "dcim/interfaces.device"), count("front_port_count", "-"),
                        count("rear_port_count", "-"), count("device_bay_count", "-"),
                        count("module_bay_count", "-"), count("inventory_item_count", "-")),
                "name", "description"));
        add(spec("dcim/interfaces", "dcim.interface", "interface", "name", "name",
                fields(fk("device", "dcim/devices").asRequired(), m2m("vdcs", "dcim/virtual-device-contexts"),
                        FieldSpec.of("module", JSON), FieldSpec.of("name", STRING).asRequired(), str("label"),
                        choice("type", INTERFACE_TYPE).asRequired(), FieldSpec.of("enabled", BOOLEAN),
                        fk("parent", "dcim/interfaces"), fk("bridge", "dcim/interfaces"),
                        fk("lag", "dcim/interfaces"), FieldSpec.of("mtu", INTEGER),
                        FieldSpec.of("mac_address", NULLABLE_STRING), FieldSpec.of("primary_mac_address", JSON).since(2),
                        FieldSpec.of("mac_addresses", JSON).since(2), FieldSpec.of("speed", INTEGER),
                        choice("duplex", DUPLEX), FieldSpec.of("wwn", NULLABLE_STRING),
                        FieldSpec.of("mgmt_only", BOOLEAN), str("description"), choice("mode", INTERFACE_MODE),
                        choice("rf_role", Map.of()), choice("rf_channel", Map.of()), choice("poe_mode", Map.of()),
                        choice("poe_type", Map.of()), FieldSpec.of("rf_channel_frequency", DECIMAL),
                        FieldSpec.of("rf_channel_width", DECIMAL), FieldSpec.of("tx_power", INTEGER),
                        fk("untagged_vlan", "ipam/vlans"), m2m("tagged_vlans", "ipam/vlans"),
                        FieldSpec.of("qinq_svlan", JSON).since(2), FieldSpec.of("vlan_translation_policy", JSON).since(2),
                        FieldSpec.of("mark_connected", BOOLEAN), FieldSpec.of("cable", JSON),
                        str("cable_end"), FieldSpec.of("wireless_link", JSON),
                        FieldSpec.of("link_peers", JSON), FieldSpec.of("link_peers_type", NULLABLE_STRING),
                        FieldSpec.of("wireless_lans", JSON), fk("vrf", "ipam/vrfs"),
                        FieldSpec.of("l2vpn_termination", JSON), FieldSpec.of("connected_endpoints", JSON),
                        FieldSpec.of("connected_endpoints_type", NULLABLE_STRING),
                        FieldSpec.of("connected_endpoints_reachable", BOOLEAN), owner(), tags(), customFields(),
                        created(), lastUpdated(), count("count_ipaddresses", "ipam/ip-addresses.assigned_object"),
                        count("count_fhrp_groups", "-"), FieldSpec.of("_occupied", BOOLEAN)),
                "device", "name", "description", "cable", "_occupied"));
        // ipam
        add(spec("ipam/rirs", "ipam.rir", "RIR", "name", "slug",
                fields(name(), slug(), FieldSpec.of("is_private", BOOLEAN), str("description"), owner(),
                        str("comments").since(3), tags(), customFields(), created(), lastUpdated(),
                        count("aggregate_count", "ipam/aggregates.rir")),
                "name", "slug", "description", "aggregate_count"));
        add(spec("ipam/aggregates", "ipam.aggregate", "aggregate", "prefix", "prefix",
                fields(FieldSpec.of("family", CHOICE), FieldSpec.of("prefix", STRING).asRequired(),
                        fk("rir", "ipam/rirs").asRequired(), fk("tenant", "tenancy/tenants"),
                        FieldSpec.of("date_added", NULLABLE_STRING), str("description"), owner(), str("comments"),
                        tags(), customFields(), created(), lastUpdated()),
                "family", "prefix", "description"));
        add(spec("ipam/roles", "ipam.role", "role", "name", "slug",
                fields(name(), slug(), FieldSpec.of("weight", INTEGER), str("description"), owner(),
                        str("comments").since(3), tags(), customFields(), created(), lastUpdated(),
                        count("prefix_count", "ipam/prefixes.role"), count("vlan_count", "ipam/vlans.role")),
                "name", "slug", "description", "prefix_count", "vlan_count"));
        add(spec("ipam/route-targets", "ipam.routetarget", "route target", "name", "name",
                fields(FieldSpec.of("name", STRING).asRequired().asUnique(), fk("tenant", "tenancy/tenants"),
                        str("description"), owner(), str("comments"), tags(), customFields(), created(),
                        lastUpdated()),
                "name", "description"));
        add(spec("ipam/vrfs", "ipam.vrf", "VRF", "name", "name",
                fields(FieldSpec.of("name", STRING).asRequired(), FieldSpec.of("rd", NULLABLE_STRING),
                        fk("tenant", "tenancy/tenants"), FieldSpec.of("enforce_unique", BOOLEAN), str("description"),
                        owner(), str("comments"), m2m("import_targets", "ipam/route-targets"),
                        m2m("export_targets", "ipam/route-targets"), tags(), customFields(), created(),
                        lastUpdated(), count("ipaddress_count", "ipam/ip-addresses.vrf"),
                        count("prefix_count", "ipam/prefixes.vrf")),
                "name", "rd", "description", "prefix_count"));
        add(spec("ipam/vlan-groups", "ipam.vlangroup", "VLAN group", "name", "slug",
                fields(name(), slug(), FieldSpec.of("scope_type", NULLABLE_STRING), FieldSpec.of("scope_id", INTEGER),
                        FieldSpec.of("scope", FOREIGN_KEY), FieldSpec.of("vid_ranges", JSON).since(2),
                        str("description"), owner(), str("comments").since(3), tags(),
                        customFields(), created(), lastUpdated(), count("vlan_count", "ipam/vlans.group"),
                        FieldSpec.of("utilization", JSON)),
                "name", "slug", "description", "vlan_count"));
        add(spec("ipam/vlans", "ipam.vlan", "VLAN", "name", "name",
                fields(fk("site", "dcim/sites"), fk("group", "ipam/vlan-groups"),
                        FieldSpec.of("vid", INTEGER).asRequired(), FieldSpec.of("name", STRING).asRequired(),
                        fk("tenant", "tenancy/tenants"), choice("status", VLAN_STATUS), fk("role", "ipam/roles"),
                        str("description"), FieldSpec.of("qinq_role", JSON).since(2),
                        FieldSpec.of("qinq_svlan", JSON).since(2), owner(), str("comments"),
                        FieldSpec.of("l2vpn_termination", JSON), tags(), customFields(), created(), lastUpdated(),
                        count("prefix_count", "ipam/prefixes.vlan")),
                "vid", "name", "description"));
        add(spec("ipam/prefixes", "ipam.prefix", "prefix", "prefix", "prefix",
                fields(FieldSpec.of("family", CHOICE), FieldSpec.of("prefix", STRING).asRequired(),
                        fk("site", "dcim/sites").until(1), fk("vrf", "ipam/vrfs"),
                        FieldSpec.of("scope_type", NULLABLE_STRING).since(2), FieldSpec.of("scope_id", INTEGER).since(2),
                        FieldSpec.of("scope", FOREIGN_KEY).since(2), fk("tenant", "tenancy/tenants"),
                        fk("vlan", "ipam/vlans"), choice("status", PREFIX_STATUS), fk("role", "ipam/roles"),
                        FieldSpec.of("is_pool", BOOLEAN), FieldSpec.of("mark_utilized", BOOLEAN), str("description"),
                        owner(), str("comments"), tags(), customFields(), created(), lastUpdated(),
                        intf("children"), intf("_depth")),
                "family", "prefix", "description", "_depth"));
        add(spec("ipam/ip-addresses", "ipam.ipaddress", "IP address", "address", "address",
                fields(FieldSpec.of("family", CHOICE), FieldSpec.of("address", STRING).asRequired(),
                        fk("vrf", "ipam/vrfs"), fk("tenant", "tenancy/tenants"), choice("status", IP_STATUS),
                        choice("role", IP_ROLE), FieldSpec.of("assigned_object_type", NULLABLE_STRING),
                        FieldSpec.of("assigned_object_id", INTEGER), FieldSpec.of("assigned_object", FOREIGN_KEY),
                        fk("nat_inside", "ipam/ip-addresses"), FieldSpec.of("nat_outside", JSON),
                        str("dns_name"), str("description"), owner(), str("comments"), tags(), customFields(),
                        created(), lastUpdated()),
                "family", "address", "description"));
        // circuits
        add(spec("circuits/providers", "circuits.provider", "provider", "name", "slug",
                fields(name(), slug(), FieldSpec.of("accounts", JSON), str("description"), owner(), str("comments"),
                        m2m("asns", "ipam/asns"), tags(), customFields(), created(), lastUpdated(),
                        count("circuit_count", "circuits/circuits.provider")),
                "name", "slug", "description", "circuit_count"));
        add(spec("circuits/provider-networks", "circuits.providernetwork", "provider network", "name", "name",
                fields(fk("provider", "circuits/providers").asRequired(), FieldSpec.of("name", STRING).asRequired(),
                        str("service_id"), str("description"), owner(), str("comments"), tags(), customFields(),
                        created(), lastUpdated()),
                "name", "description"));
        add(spec("circuits/circuit-types", "circuits.circuittype", "circuit type", "name", "slug",
                fields(name(), slug(), str("color"), str("description"), owner(), str("comments").since(3), tags(),
                        customFields(), created(), lastUpdated(),
                        count("circuit_count", "circuits/circuits.type")),
                "name", "slug", "description", "circuit_count"));
        add(spec("circuits/circuits", "circuits.circuit", "circuit", "cid", "cid",
                fields(FieldSpec.of("cid", STRING).asRequired(), fk("provider", "circuits/providers").asRequired(),
                        FieldSpec.of("provider_account", JSON), fk("type", "circuits/circuit-types").asRequired(),
                        choice("status", CIRCUIT_STATUS), fk("tenant", "tenancy/tenants"),
                        FieldSpec.of("install_date", NULLABLE_STRING), FieldSpec.of("termination_date", NULLABLE_STRING),
                        FieldSpec.of("commit_rate", INTEGER), str("description"), FieldSpec.of("distance", DECIMAL).since(3),
                        owner(), FieldSpec.of("termination_a", JSON), FieldSpec.of("termination_z", JSON),
                        str("comments"), tags(), customFields(), created(), lastUpdated()),
                "cid", "provider", "description"));
    }

    private NetboxModels() {
    }

    static Optional<ModelSpec> byEndpoint(String endpoint) {
        return Optional.ofNullable(BY_ENDPOINT.get(endpoint));
    }

    static ModelSpec require(String endpoint) {
        ModelSpec spec = BY_ENDPOINT.get(endpoint);
        if (spec == null) {
            throw new IllegalArgumentException("the NetBox sandbox has no endpoint " + endpoint);
        }
        return spec;
    }

    static Optional<ModelSpec> byLabel(String label) {
        return BY_ENDPOINT.values().stream().filter(s -> s.label().equals(label)).findFirst();
    }

    static Collection<ModelSpec> all() {
        return BY_ENDPOINT.values();
    }

    private static void add(ModelSpec spec) {
        BY_ENDPOINT.put(spec.endpoint(), spec);
    }

    private static ModelSpec spec(String endpoint, String label, String verbose, String display, String lookup,
            List<FieldSpec> fields, String... brief) {
        return new ModelSpec(endpoint, label, verbose, display, lookup, fields, Arrays.asList(brief));
    }

    private static List<FieldSpec> fields(FieldSpec... fields) {
        return new ArrayList<>(Arrays.asList(fields));
    }

    private static FieldSpec name() {
        return FieldSpec.of("name", STRING).asRequired().asUnique();
    }

    private static FieldSpec slug() {
        return FieldSpec.of("slug", STRING).asRequired().asUnique();
    }

    private static FieldSpec str(String name) {
        return FieldSpec.of(name, STRING);
    }

    private static FieldSpec intf(String name) {
        return FieldSpec.of(name, INTEGER);
    }

    private static FieldSpec fk(String name, String target) {
        return new FieldSpec(name, FOREIGN_KEY, target, Map.of(), false, false, 0, 99);
    }

    private static FieldSpec m2m(String name, String target) {
        return new FieldSpec(name, MANY_TO_MANY, target, Map.of(), false, false, 0, 99);
    }

    private static FieldSpec choice(String name, Map<String, String> choices) {
        return new FieldSpec(name, CHOICE, null, choices, false, false, 0, 99);
    }

    private static FieldSpec count(String name, String source) {
        return new FieldSpec(name, COUNT, source, Map.of(), false, false, 0, 99);
    }

    private static FieldSpec tags() {
        return m2m("tags", "extras/tags");
    }

    private static FieldSpec customFields() {
        return FieldSpec.of("custom_fields", JSON);
    }

    private static FieldSpec created() {
        return FieldSpec.of("created", NULLABLE_STRING);
    }

    private static FieldSpec lastUpdated() {
        return FieldSpec.of("last_updated", NULLABLE_STRING);
    }

    /** Object ownership arrived in 4.5. */
    private static FieldSpec owner() {
        return FieldSpec.of("owner", JSON).since(5);
    }

    static Map<String, String> familyChoices() {
        return FAMILY;
    }

    private static Map<String, String> choices(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
