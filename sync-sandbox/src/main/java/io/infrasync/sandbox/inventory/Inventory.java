package io.infrasync.sandbox.inventory;

import java.time.Instant;
import java.util.List;

/**
 * A product-neutral network inventory: what the NetBox, Nautobot and Infrahub emulators render into
 * their own shapes. References between objects are 0-based indexes into the owning list (so every
 * emulator can assign its own ids: NetBox integers, Nautobot UUIDs, Infrahub node ids).
 *
 * @param tenants       organisations owning sites, devices and prefixes
 * @param tags          labels applied to sites, devices and prefixes
 * @param sites         physical sites
 * @param racks         racks, each in one site
 * @param manufacturers device vendors
 * @param deviceTypes   hardware models, each of one manufacturer
 * @param deviceRoles   functional roles (router, switch, ...)
 * @param devices       devices, each in a site and optionally a rack
 * @param interfaces    device interfaces
 * @param vlans         VLANs, each in one site
 * @param prefixes      IP prefixes, each in a site
 * @param ipAddresses   IP addresses, each optionally assigned to an interface
 */
public record Inventory(
        List<Tenant> tenants,
        List<Tag> tags,
        List<Site> sites,
        List<Rack> racks,
        List<Manufacturer> manufacturers,
        List<DeviceType> deviceTypes,
        List<DeviceRole> deviceRoles,
        List<Device> devices,
        List<Interface> interfaces,
        List<Vlan> vlans,
        List<Prefix> prefixes,
        List<IpAddress> ipAddresses) {

    public Inventory {
        tenants = List.copyOf(tenants);
        tags = List.copyOf(tags);
        sites = List.copyOf(sites);
        racks = List.copyOf(racks);
        manufacturers = List.copyOf(manufacturers);
        deviceTypes = List.copyOf(deviceTypes);
        deviceRoles = List.copyOf(deviceRoles);
        devices = List.copyOf(devices);
        interfaces = List.copyOf(interfaces);
        vlans = List.copyOf(vlans);
        prefixes = List.copyOf(prefixes);
        ipAddresses = List.copyOf(ipAddresses);
    }

    /** An inventory with no objects. */
    public static Inventory empty() {
        return new Inventory(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The total number of objects of every kind. */
    public int size() {
        return tenants.size() + tags.size() + sites.size() + racks.size() + manufacturers.size()
                + deviceTypes.size() + deviceRoles.size() + devices.size() + interfaces.size() + vlans.size()
                + prefixes.size() + ipAddresses.size();
    }

    /** When an object was created and last changed. */
    public record Stamps(Instant created, Instant lastUpdated) {
    }

    /** A tenant; {@code slug} is unique. */
    public record Tenant(String name, String slug, String description, Stamps stamps) {
    }

    /** A tag; {@code color} is six hex digits. */
    public record Tag(String name, String slug, String color, String description, Stamps stamps) {
    }

    /** A site; {@code status} is one of planned, staging, active, decommissioning, retired. */
    public record Site(String name, String slug, String status, int tenant, String facility, String timeZone,
            String description, List<Integer> tags, Stamps stamps) {
        public Site {
            tags = List.copyOf(tags);
        }
    }

    /** A rack in a site. */
    public record Rack(String name, int site, int tenant, int uHeight, String serial, String assetTag,
            Stamps stamps) {
    }

    /** A device vendor. */
    public record Manufacturer(String name, String slug, String description, Stamps stamps) {
    }

    /** A hardware model of one manufacturer. */
    public record DeviceType(String model, String slug, int manufacturer, String partNumber, int uHeight,
            boolean fullDepth, Stamps stamps) {
    }

    /** A device role with a six-hex-digit colour. */
    public record DeviceRole(String name, String slug, String color, Stamps stamps) {
    }

    /** A device; {@code rack} is -1 when unracked, {@code position} 0 when unracked. */
    public record Device(String name, int deviceType, int role, int site, int rack, int position, int tenant,
            String serial, String assetTag, String status, List<Integer> tags, Stamps stamps) {
        public Device {
            tags = List.copyOf(tags);
        }
    }

    /** A device interface; {@code type} uses NetBox's interface type values (e.g. {@code 1000base-t}). */
    public record Interface(int device, String name, String type, boolean enabled, int mtu, String macAddress,
            String description, Stamps stamps) {
    }

    /** A VLAN in a site. */
    public record Vlan(int vid, String name, int site, String status, Stamps stamps) {
    }

    /** A prefix in CIDR notation, scoped to a site, optionally in a VLAN ({@code -1} for none). */
    public record Prefix(String prefix, int site, int vlan, int tenant, String status, String description,
            List<Integer> tags, Stamps stamps) {
        public Prefix {
            tags = List.copyOf(tags);
        }
    }

    /** An IP address with mask length, assigned to an interface ({@code -1} for unassigned). */
    public record IpAddress(String address, int interfaceIndex, String status, String dnsName, Stamps stamps) {
    }
}
