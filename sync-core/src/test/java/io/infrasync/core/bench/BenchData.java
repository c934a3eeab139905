package io.infrasync.core.bench;

import io.infrasync.core.domain.model.Dataset;
import io.infrasync.core.domain.model.ModelObject;
import io.infrasync.core.domain.model.ModelType;
import io.infrasync.core.domain.model.ValuePool;

/**
 * Synthetic datasets for the benchmarks.
 *
 * <p>Flat: {@code device} objects with one identifier and 10 string attributes. Values are new string
 * instances, as a JSON parser would produce. In the "mixed" profile 4 of the 11 fields are unique per
 * object (name, description, serial, asset tag) and 7 repeat (status, role, site, platform, tenant,
 * rack, comments), as in real inventories; the loader pools them with a {@link ValuePool}. In the
 * "unique" profile every value is unique (the worst case for memory).
 *
 * <p>1% differences: of every 100 objects, the destination has an updated attribute on 0.8, misses 0.1
 * (a create) and has 0.1 extra (a delete).
 */
final class BenchData {

    static final String[] ATTRS = {"description", "serial", "status", "role", "site", "platform", "tenant",
        "rack", "asset_tag", "comments"};
    private static final String[] STATUSES = {"active", "planned", "offline", "staged"};

    private BenchData() {
    }

    static ModelType flatType() {
        return ModelType.builder("device").identifiers("name").attributes(ATTRS).build();
    }

    static Dataset flat(String name, ModelType type, int count, boolean destination, boolean unique) {
        Dataset dataset = Dataset.builder(name).type(type).topLevel("device").build();
        ValuePool pool = new ValuePool();
        Object[] slots = new Object[11];
        for (int i = 0; i < count; i++) {
            int bucket = i % 1000;
            // 1%: buckets 0-7 updated, 8 missing in destination (create), 9 only in destination (delete)
            if (destination && bucket == 8) {
                continue;
            }
            if (!destination && bucket == 9) {
                continue;
            }
            slots[0] = String.format("device-%07d", i);
            fill(slots, i, unique, destination && bucket < 8, pool);
            dataset.add(type.newObjectFromSlots(slots));
        }
        return dataset;
    }

    private static void fill(Object[] slots, int i, boolean unique, boolean changed, ValuePool pool) {
        slots[1] = "Device number " + i + (changed ? " (changed)" : "");
        slots[2] = "SN" + (10_000_000 + i);
        slots[9] = "AT-" + (1_000_000 + i);
        if (unique) {
            slots[3] = "status-" + i;
            slots[4] = "role-" + i;
            slots[5] = "site-" + i;
            slots[6] = "platform-" + i;
            slots[7] = "tenant-" + i;
            slots[8] = "rack-" + i;
            slots[10] = "comment-" + i;
        } else {
            slots[3] = pool.intern("status", new String(STATUSES[i % STATUSES.length]));
            slots[4] = pool.intern("role", "role-" + (i % 20));
            slots[5] = pool.intern("site", "site-" + (i % 1000));
            slots[6] = pool.intern("platform", "platform-" + (i % 10));
            slots[7] = pool.intern("tenant", "tenant-" + (i % 50));
            slots[8] = pool.intern("rack", "rack-" + (i % 4000));
            slots[10] = pool.intern("comments", i % 5 == 0 ? "" : "n/a");
        }
    }

    static final ModelType REGION = ModelType.builder("region").identifiers("name").attributes("label", "slug", "notes")
            .child("site", "sites").build();
    static final ModelType SITE = ModelType.builder("site").identifiers("name").attributes("label", "slug", "notes")
            .child("device", "devices").build();
    static final ModelType DEVICE = ModelType.builder("device").identifiers("name").attributes("label", "slug", "notes")
            .child("interface", "interfaces").build();
    static final ModelType INTERFACE = ModelType.builder("interface").identifiers("device", "name")
            .shortname("name").attributes("label", "slug", "notes").build();

    /**
     * A tree of 250 regions x 4 sites x 10 devices x 9 interfaces = 101,250 objects (3 levels of children)
     * per side; the destination differs on 1% (every 100th interface updated, and in every 100th device
     * one interface missing and one extra).
     */
    static Dataset tree(String name, boolean destination) {
        Dataset d = Dataset.builder(name).type(REGION).type(SITE).type(DEVICE).type(INTERFACE).topLevel("region").build();
        int interfaceCounter = 0;
        int deviceCounter = 0;
        for (int r = 0; r < 250; r++) {
            ModelObject region = REGION.newObjectFromSlots("region-" + r, "Region " + r, "r" + r, "");
            d.add(region);
            for (int s = 0; s < 4; s++) {
                String siteName = "site-" + r + "-" + s;
                ModelObject site = SITE.newObjectFromSlots(siteName, "Site " + siteName, siteName, "");
                d.add(site);
                region.addChild(site);
                for (int v = 0; v < 10; v++) {
                    String deviceName = siteName + "-dev" + v;
                    ModelObject device = DEVICE.newObjectFromSlots(deviceName, "Device " + deviceName, deviceName, "");
                    d.add(device);
                    site.addChild(device);
                    boolean odd = deviceCounter++ % 100 == 0;
                    for (int i = 0; i < 9; i++) {
                        String ifName = "eth" + i;
                        if (odd && i == 0 && destination) {
                            ifName = "extra0";
                        }
                        boolean changed = destination && interfaceCounter++ % 100 == 50;
                        ModelObject iface = INTERFACE.newObjectFromSlots(deviceName, ifName,
                                "Interface " + ifName + (changed ? " changed" : ""), ifName, "");
                        d.add(iface);
                        device.addChild(iface);
                    }
                }
            }
        }
        return d;
    }
}
