package io.infrasync.sandbox.inventory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates synthetic inventories of any size, reproducibly: the same seed and size always give the
 * same objects, field for field, so benchmarks and tests compare like with like.
 *
 * <p>The size is the approximate total number of objects; the mix per device is one device, eight
 * interfaces and two IP addresses, plus a site per 20 devices (with two racks, four VLANs and two
 * prefixes each) and small fixed sets of tenants, tags, manufacturers, device types and roles.
 */
public final class InventoryGenerator {

    private static final String[] STATUSES = {"active", "active", "active", "planned", "staging"};
    private static final String[] VENDORS = {"Arista", "Cisco", "Juniper", "Nokia", "Dell"};
    private static final String[] ROLES = {"Router", "Core Switch", "Access Switch", "Firewall"};
    private static final String[] ROLE_COLORS = {"4caf50", "2196f3", "9e9e9e", "f44336"};
    private static final String[] INTERFACE_TYPES = {"1000base-t", "10gbase-x-sfpp", "25gbase-x-sfp28",
        "100gbase-x-qsfp28"};
    private static final String[] TIME_ZONES = {"UTC", "Europe/Paris", "America/New_York", "Asia/Tokyo"};
    private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    private static final int DEVICES_PER_SITE = 20;
    private static final int INTERFACES_PER_DEVICE = 8;
    private static final int OBJECTS_PER_DEVICE = 1 + INTERFACES_PER_DEVICE + 2;

    private InventoryGenerator() {
    }

    /**
     * Generates an inventory of about {@code size} objects from {@code seed}.
     *
     * @param seed any value; equal seeds (with equal sizes) give equal inventories
     * @param size the approximate number of objects, at least 1
     */
    public static Inventory generate(long seed, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("inventory size must be at least 1, got " + size);
        }
        return new Builder(new SplittableRandom(seed), size).build();
    }

    /** Holds the random source while the lists are filled in dependency order. */
    private static final class Builder {
        private final SplittableRandom random;
        private final int deviceCount;
        private final int siteCount;

        Builder(SplittableRandom random, int size) {
            this.random = random;
            this.deviceCount = Math.max(1, size / OBJECTS_PER_DEVICE);
            this.siteCount = (deviceCount + DEVICES_PER_SITE - 1) / DEVICES_PER_SITE;
        }

        Inventory build() {
            List<Inventory.Tenant> tenants = new ArrayList<>();
            int tenantCount = Math.max(2, Math.min(200, siteCount / 5));
            for (int i = 0; i < tenantCount; i++) {
                String name = "Tenant " + (i + 1);
                tenants.add(new Inventory.Tenant(name, slug(name), "", stamps()));
            }
            List<Inventory.Tag> tags = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String name = "tag-" + (char) ('a' + i);
                tags.add(new Inventory.Tag(name, name, String.format(Locale.ROOT, "%06x", random.nextInt(0x1000000)),
                        "", stamps()));
            }
            List<Inventory.Site> sites = new ArrayList<>();
            List<Inventory.Rack> racks = new ArrayList<>();
            List<Inventory.Vlan> vlans = new ArrayList<>();
            List<Inventory.Prefix> prefixes = new ArrayList<>();
            for (int s = 0; s < siteCount; s++) {
                String name = String.format(Locale.ROOT, "SITE-%05d", s + 1);
                int tenant = random.nextInt(tenantCount);
                sites.add(new Inventory.Site(name, slug(name), pick(STATUSES), tenant, "DC" + (s + 1),
                        pick(TIME_ZONES), "", someTags(tags.size()), stamps()));
                for (int r = 0; r < 2; r++) {
                    racks.add(new Inventory.Rack(name + "-R" + (r + 1), s, tenant, 42,
                            serial(), "RA" + (s * 2 + r + 1), stamps()));
                }
                int firstVlan = vlans.size();
                for (int v = 0; v < 4; v++) {
                    vlans.add(new Inventory.Vlan(100 + v * 10, "VLAN" + (100 + v * 10), s, "active", stamps()));
                }
                // 10.<s/256>.<s%256>.0/24 style blocks keep prefixes unique up to 65536 sites, then wrap to 172.16/12.
                String base = s < 65536 ? "10." + (s / 256) + "." + (s % 256) : "172." + (16 + (s / 65536) % 16)
                        + "." + ((s / 256) % 256) + "." + (s % 256);
                prefixes.add(new Inventory.Prefix(s < 65536 ? base + ".0/24" : base + "/32", s, firstVlan, tenant,
                        "active", "site " + name + " servers", someTags(tags.size()), stamps()));
                prefixes.add(new Inventory.Prefix(s < 65536 ? base + ".0/25" : base + "/32", s, -1, tenant,
                        "reserved", "", List.of(), stamps()));
            }
            List<Inventory.Manufacturer> manufacturers = new ArrayList<>();
            for (String vendor : VENDORS) {
                manufacturers.add(new Inventory.Manufacturer(vendor, slug(vendor), "", stamps()));
            }
            List<Inventory.DeviceType> deviceTypes = new ArrayList<>();
            for (int t = 0; t < 10; t++) {
                int manufacturer = t % VENDORS.length;
                String model = VENDORS[manufacturer].substring(0, 3).toUpperCase(Locale.ROOT) + "-" + (1000 + t * 100);
                deviceTypes.add(new Inventory.DeviceType(model, slug(model), manufacturer, "PN-" + (t + 1),
                        1 + t % 2, t % 3 != 0, stamps()));
            }
            List<Inventory.DeviceRole> roles = new ArrayList<>();
            for (int r = 0; r < ROLES.length; r++) {
                roles.add(new Inventory.DeviceRole(ROLES[r], slug(ROLES[r]), ROLE_COLORS[r], stamps()));
            }
            List<Inventory.Device> devices = new ArrayList<>();
            List<Inventory.Interface> interfaces = new ArrayList<>();
            List<Inventory.IpAddress> addresses = new ArrayList<>();
            for (int d = 0; d < deviceCount; d++) {
                int site = d / DEVICES_PER_SITE;
                int slot = d % DEVICES_PER_SITE;
                int rack = site * 2 + slot % 2;
                String name = String.format(Locale.ROOT, "%s-dev%02d", sites.get(site).slug(), slot + 1);
                devices.add(new Inventory.Device(name, random.nextInt(deviceTypes.size()), random.nextInt(roles.size()),
                        site, rack, 1 + (slot / 2) * 2, sites.get(site).tenant(), serial(), null,
                        pick(STATUSES), someTags(tags.size()), stamps()));
                for (int i = 0; i < INTERFACES_PER_DEVICE; i++) {
                    String type = INTERFACE_TYPES[i % INTERFACE_TYPES.length];
                    String mac = String.format(Locale.ROOT, "02:%02X:%02X:%02X:%02X:%02X", (d >> 24) & 0xff,
                            (d >> 16) & 0xff, (d >> 8) & 0xff, d & 0xff, i);
                    interfaces.add(new Inventory.Interface(d, "Ethernet" + (i + 1), type, random.nextInt(10) != 0,
                            i == 0 ? 9216 : 1500, mac, i == 0 ? "uplink" : "", stamps()));
                }
                int firstInterface = d * INTERFACES_PER_DEVICE;
                addresses.add(new Inventory.IpAddress(hostAddress(site, slot, 0), firstInterface, "active",
                        name + ".example.net", stamps()));
                addresses.add(new Inventory.IpAddress(hostAddress(site, slot, 1), firstInterface + 1, "active", "",
                        stamps()));
            }
            return new Inventory(tenants, tags, sites, racks, manufacturers, deviceTypes, roles, devices, interfaces,
                    vlans, prefixes, addresses);
        }

        /** Two addresses per device inside its site's /24 (or a unique /32 for very large inventories). */
        private static String hostAddress(int site, int slot, int which) {
            if (site < 65536) {
                return "10." + (site / 256) + "." + (site % 256) + "." + (1 + slot * 2 + which) + "/24";
            }
            long n = ((long) site * DEVICES_PER_SITE + slot) * 2 + which;
            return "100." + (64 + (n >> 16) % 64) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff) + "/32";
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }

        private List<Integer> someTags(int tagCount) {
            int count = random.nextInt(3);
            List<Integer> chosen = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int tag = random.nextInt(tagCount);
                if (!chosen.contains(tag)) {
                    chosen.add(tag);
                }
            }
            chosen.sort(null);
            return chosen;
        }

        private String serial() {
            return String.format(Locale.ROOT, "SN%010d", random.nextLong(10_000_000_000L));
        }

        /** Created within 2024, last updated up to 180 days later, whole milliseconds. */
        private Inventory.Stamps stamps() {
            Instant created = EPOCH.plusMillis(random.nextLong(366L * 86_400_000L));
            return new Inventory.Stamps(created, created.plusMillis(random.nextLong(180L * 86_400_000L)));
        }

        private static String slug(String name) {
            return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        }
    }
}
