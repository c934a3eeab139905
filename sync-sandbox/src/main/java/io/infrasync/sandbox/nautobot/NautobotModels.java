package io.infrasync.sandbox.nautobot;

import static io.infrasync.sandbox.nautobot.Kind.BOOLEAN;
import static io.infrasync.sandbox.nautobot.Kind.CHOICE;
import static io.infrasync.sandbox.nautobot.Kind.COUNT;
import static io.infrasync.sandbox.nautobot.Kind.FOREIGN_KEY;
import static io.infrasync.sandbox.nautobot.Kind.INTEGER;
import static io.infrasync.sandbox.nautobot.Kind.JSON;
import static io.infrasync.sandbox.nautobot.Kind.MANY_TO_MANY;
import static io.infrasync.sandbox.nautobot.Kind.NULLABLE;
import static io.infrasync.sandbox.nautobot.Kind.STRING;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Nautobot 2.x models the emulator serves: the endpoints of the {@code nautobot-v2_to_infrahub}
 * example configuration, with field order as Nautobot's serializers emit it (depth 0).
 */
final class NautobotModels {

    private static final Map<String, Model> BY_ENDPOINT = new LinkedHashMap<>();

    static {
        add("extras/statuses", "extras.status", "Status", "name", List.of("name"),
                s("name"), s("color"), s("description"), json("content_types"));
        add("extras/roles", "extras.role", "Role", "name", List.of("name"),
                s("name"), s("color"), s("description"), i("weight"), json("content_types"));
        add("extras/tags", "extras.tag", "Tag", "name", List.of("name"),
                s("name"), s("color"), s("description"), json("content_types"));
        add("tenancy/tenant-groups", "tenancy.tenantgroup", "TenantGroup", "name", List.of("name"),
                i("tree_depth"), s("name"), s("description"), fk("parent", "tenancy/tenant-groups"));
        add("tenancy/tenants", "tenancy.tenant", "Tenant", "name", List.of("name"),
                s("name"), s("description"), s("comments"), fk("tenant_group", "tenancy/tenant-groups"));
        add("dcim/location-types", "dcim.locationtype", "LocationType", "name", List.of("name"),
                i("tree_depth"), s("name"), s("description"), b("nestable"), fk("parent", "dcim/location-types"),
                json("content_types"));
        add("dcim/locations", "dcim.location", "Location", "name", List.of("name", "parent"),
                i("tree_depth"), n("time_zone"), count("circuit_count", "-"),
                count("device_count", "dcim/devices.location"), count("prefix_count", "ipam/prefixes.locations"),
                count("rack_count", "dcim/racks.location"), count("virtual_machine_count", "-"),
                count("vlan_count", "ipam/vlans.locations"), s("name"), s("description"), s("facility"), i("asn"),
                s("physical_address"), s("shipping_address"), n("latitude"), n("longitude"), s("contact_name"),
                s("contact_phone"), s("contact_email"), s("comments"), fk("status", "extras/statuses"),
                fk("parent", "dcim/locations"), fk("location_type", "dcim/location-types"),
                fk("tenant", "tenancy/tenants"));
        add("dcim/manufacturers", "dcim.manufacturer", "Manufacturer", "name", List.of("name"),
                s("name"), s("description"));
        add("dcim/platforms", "dcim.platform", "Platform", "name", List.of("name"),
                s("name"), s("network_driver"), s("napalm_driver"), s("description"),
                fk("manufacturer", "dcim/manufacturers"));
        add("dcim/device-types", "dcim.devicetype", "DeviceType", "model", List.of("manufacturer", "model"),
                s("model"), s("part_number"), i("u_height"), b("is_full_depth"), choice("subdevice_role"),
                s("comments"), fk("manufacturer", "dcim/manufacturers"));
        add("dcim/racks", "dcim.rack", "Rack", "name", List.of("name", "rack_group", "location"),
                s("name"), n("facility_id"), s("serial"), n("asset_tag"), choice("type"), choice("width"),
                i("u_height"), b("desc_units"), s("comments"), fk("location", "dcim/locations"),
                fk("rack_group", "dcim/rack-groups-unsupported"), fk("tenant", "tenancy/tenants"),
                fk("status", "extras/statuses"), fk("role", "extras/roles"));
        add("dcim/devices", "dcim.device", "Device", "name", List.of("name", "tenant", "location"),
                choice("face"), json("local_config_context_data"), n("name"), s("serial"), n("asset_tag"),
                i("position"), i("vc_position"), i("vc_priority"), s("comments"),
                fk("device_type", "dcim/device-types"), fk("status", "extras/statuses"), fk("role", "extras/roles"),
                fk("tenant", "tenancy/tenants"), fk("platform", "dcim/platforms"), fk("location", "dcim/locations"),
                fk("rack", "dcim/racks"), fk("primary_ip4", "ipam/ip-addresses"),
                fk("primary_ip6", "ipam/ip-addresses"), json("cluster"), json("virtual_chassis"),
                json("device_redundancy_group"), json("secrets_group"));
        add("dcim/interfaces", "dcim.interface", "Interface", "name", List.of("device", "name"),
                s("name"), s("label"), s("description"), choice("type"), b("enabled"), n("mac_address"), i("mtu"),
                choice("mode"), b("mgmt_only"), fk("device", "dcim/devices"), fk("status", "extras/statuses"),
                fk("role", "extras/roles"), fk("parent_interface", "dcim/interfaces"),
                fk("bridge", "dcim/interfaces"), fk("lag", "dcim/interfaces"), fk("untagged_vlan", "ipam/vlans"),
                fk("vrf", "ipam/vrfs"), json("cable"), m2m("tagged_vlans", "ipam/vlans"));
        add("dcim/front-ports", "dcim.frontport", "FrontPort", "name", List.of("device", "name"),
                s("name"), s("label"), s("description"), choice("type"), i("rear_port_position"),
                fk("device", "dcim/devices"), fk("rear_port", "dcim/rear-ports"), json("cable"));
        add("dcim/rear-ports", "dcim.rearport", "RearPort", "name", List.of("device", "name"),
                s("name"), s("label"), s("description"), choice("type"), i("positions"),
                fk("device", "dcim/devices"), json("cable"));
        add("ipam/namespaces", "ipam.namespace", "Namespace", "name", List.of("name"),
                s("name"), s("description"), fk("location", "dcim/locations"));
        add("ipam/route-targets", "ipam.routetarget", "RouteTarget", "name", List.of("name"),
                s("name"), s("description"), fk("tenant", "tenancy/tenants"));
        add("ipam/vrfs", "ipam.vrf", "VRF", "name", List.of("name", "namespace"),
                s("name"), n("rd"), s("description"), fk("namespace", "ipam/namespaces"),
                fk("tenant", "tenancy/tenants"), fk("status", "extras/statuses"),
                m2m("import_targets", "ipam/route-targets"), m2m("export_targets", "ipam/route-targets"),
                m2m("prefixes", "ipam/prefixes"));
        add("ipam/vlan-groups", "ipam.vlangroup", "VLANGroup", "name", List.of("name"),
                s("name"), s("description"), s("range"), fk("location", "dcim/locations"));
        add("ipam/vlans", "ipam.vlan", "VLAN", "name", List.of(),
                i("vid"), s("name"), s("description"), fk("vlan_group", "ipam/vlan-groups"),
                fk("status", "extras/statuses"), fk("role", "extras/roles"), fk("tenant", "tenancy/tenants"),
                m2m("locations", "dcim/locations"));
        add("ipam/prefixes", "ipam.prefix", "Prefix", "prefix", List.of("namespace", "prefix"),
                choice("family"), s("prefix"), s("network"), s("broadcast"), i("prefix_length"), choice("type"),
                n("date_allocated"), s("description"), fk("namespace", "ipam/namespaces"),
                fk("parent", "ipam/prefixes"), fk("status", "extras/statuses"), fk("role", "extras/roles"),
                fk("rir", "ipam/rirs-unsupported"), fk("tenant", "tenancy/tenants"), fk("vlan", "ipam/vlans"),
                m2m("locations", "dcim/locations"));
        add("ipam/ip-addresses", "ipam.ipaddress", "IPAddress", "address", List.of("parent", "host"),
                choice("family"), s("address"), s("host"), i("mask_length"), choice("type"), s("dns_name"),
                s("description"), fk("status", "extras/statuses"), fk("role", "extras/roles"),
                fk("parent", "ipam/prefixes"), fk("tenant", "tenancy/tenants"), fk("nat_inside", "ipam/ip-addresses"),
                json("nat_outside_list"));
        add("circuits/providers", "circuits.provider", "Provider", "name", List.of("name"),
                s("name"), i("asn"), s("account"), s("portal_url"), s("noc_contact"), s("admin_contact"),
                s("comments"));
        add("circuits/provider-networks", "circuits.providernetwork", "ProviderNetwork", "name",
                List.of("provider", "name"), s("name"), s("description"), s("comments"),
                fk("provider", "circuits/providers"));
        add("circuits/circuit-types", "circuits.circuittype", "CircuitType", "name", List.of("name"),
                s("name"), s("description"));
        add("circuits/circuits", "circuits.circuit", "Circuit", "cid", List.of("provider", "cid"),
                s("cid"), n("install_date"), i("commit_rate"), s("description"), s("comments"),
                fk("provider", "circuits/providers"), fk("status", "extras/statuses"),
                fk("circuit_type", "circuits/circuit-types"), fk("tenant", "tenancy/tenants"));
    }

    private NautobotModels() {
    }

    static Optional<Model> byEndpoint(String endpoint) {
        return Optional.ofNullable(BY_ENDPOINT.get(endpoint));
    }

    static Model require(String endpoint) {
        return byEndpoint(endpoint).orElseThrow(() ->
                new IllegalArgumentException("the Nautobot sandbox has no endpoint " + endpoint));
    }

    static Collection<Model> all() {
        return BY_ENDPOINT.values();
    }

    private static void add(String endpoint, String objectType, String verbose, String display, List<String> key,
            Field... fields) {
        BY_ENDPOINT.put(endpoint, new Model(endpoint, objectType, verbose, display, key, Arrays.asList(fields)));
    }

    private static Field s(String name) {
        return Field.of(name, STRING);
    }

    private static Field n(String name) {
        return Field.of(name, NULLABLE);
    }

    private static Field i(String name) {
        return Field.of(name, INTEGER);
    }

    private static Field b(String name) {
        return Field.of(name, BOOLEAN);
    }

    private static Field choice(String name) {
        return Field.of(name, CHOICE);
    }

    private static Field json(String name) {
        return Field.of(name, JSON);
    }

    private static Field fk(String name, String target) {
        return new Field(name, FOREIGN_KEY, target);
    }

    private static Field m2m(String name, String target) {
        return new Field(name, MANY_TO_MANY, target);
    }

    private static Field count(String name, String source) {
        return new Field(name, COUNT, source);
    }
}
