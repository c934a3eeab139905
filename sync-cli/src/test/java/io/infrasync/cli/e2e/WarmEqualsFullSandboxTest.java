package io.infrasync.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrasync.cache.ParquetRunCache;
import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.ExtractMode;
import io.infrasync.core.domain.run.ResourceExtraction;
import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.RunRecord;
import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SyncName;
import io.infrasync.core.port.out.RunCacheRows;
import io.infrasync.sandbox.netbox.NetboxStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warm = full against the sandboxes, through the real NetBox and Infrahub adapters and the command line: the
 * NetBox demo data and the tag / tenancy / site slice of the upstream {@code netbox_to_infrahub} config of
 * {@link SandboxWorld}, plus regions, with deletes enabled and no full-resync cadence; then {@link #SEQUENCES}
 * random change sequences made through the NetBox store (which, like NetBox, detaches a deleted peer from the
 * records that pointed at it without touching their {@code last_updated}). After each sequence,
 * {@code sync --dry-run --full-extract} in a reference cache and {@code sync --no-full-extract} in the world's
 * cache must plan the same rows, and both sides of the warm sync must really have been read warm.
 */
class WarmEqualsFullSandboxTest {

    static final int SEQUENCES = 200;

    static final String REGIONS_AND_SETTINGS = """
            diffsync_flags: [NONE]
            incremental:
              full_resync_every: 0
            schema_mapping:
              - name: LocationGeneric
                mapping: dcim.regions
                fields:
                  - name: name
                    mapping: slug
                  - name: description
                    mapping: name
                  - name: type
                    static: "Region"
                  - name: tags
                    mapping: tags
                    reference: BuiltinTag
            """;

    @TempDir
    Path dir;

    @Test
    void everyWarmSyncPlansWhatAFullDryRunPlans() {
        try (SandboxWorld world = SandboxWorld.start(dir)) {
            world.editConfig(config -> config.replace("schema_mapping:\n", REGIONS_AND_SETTINGS));
            Path reference = dir.resolve("reference");
            JsonNode first = world.runSync("sync", "--no-full-extract", "--continue-on-error", "--allow-mass-delete",
                    "--output", "json").json();
            assertThat(first.path("status").asText()).as("%s", first).isEqualTo("applied");

            Random random = new Random(11);
            NetboxChanges changes = new NetboxChanges(world.netbox.store(), random);
            ParquetRunCache cache = new ParquetRunCache(world.cacheRoot);
            int warmReads = 0;
            for (int sequence = 1; sequence <= SEQUENCES; sequence++) {
                List<String> made = changes.make(1 + random.nextInt(4));
                JsonNode full = json(world.runSyncWithCache(reference, "sync", "--dry-run", "--continue-on-error",
                        "--output", "json", "--no-show-progress"));
                JsonNode warm = json(world.runSync("sync", "--no-full-extract", "--continue-on-error",
                        "--allow-mass-delete", "--allow-rowcount-drop", "--output", "json", "--no-show-progress"));
                String context = "sequence " + sequence + " after " + made;
                assertThat(warm.path("status").asText()).as(context + ": %s", warm).isEqualTo("applied");
                assertThat(plan(world.cacheRoot, warm)).as(context).isEqualTo(plan(reference, full));
                RunRecord record = cache.reader(SyncName.of(SandboxWorld.SYNC), RunId.of(warm.path("run_id").asText()))
                        .record();
                for (Side side : Side.values()) {
                    for (Map.Entry<String, ResourceExtraction> resource
                            : record.extraction().side(side).orElseThrow().resources().entrySet()) {
                        assertThat(resource.getValue().mode()).as(context + ": " + side + "/" + resource.getKey() + " "
                                + record.fallbackReasons()).isEqualTo(ExtractMode.WARM);
                        warmReads++;
                    }
                }
            }
            assertThat(warmReads).isEqualTo(SEQUENCES * (5 + 4));
            JsonNode last = json(world.runSyncWithCache(reference, "sync", "--dry-run", "--continue-on-error",
                    "--output", "json"));
            assertThat(last.path("summary").path("create").asLong() + last.path("summary").path("update").asLong())
                    .as("%s", last).isZero();
        }
    }

    private static JsonNode json(SandboxWorld.Result result) {
        assertThat(result.code()).as("%s", result).isIn(0, 1);
        return result.json();
    }

    private static List<String> plan(Path cache, JsonNode outcome) {
        List<String> rows = new ArrayList<>();
        try (RunCacheRows<PlanRow> plan = new ParquetRunCache(cache).reader(SyncName.of(SandboxWorld.SYNC),
                RunId.of(outcome.path("run_id").asText())).plan()) {
            plan.forEachRemaining(row -> rows.add(row.toString()));
        }
        rows.sort(Comparator.naturalOrder());
        return rows;
    }

    /** Random changes through the NetBox store, which validates them as the API does. */
    static final class NetboxChanges {
        private final NetboxStore store;
        private final Random random;
        private int serial;

        NetboxChanges(NetboxStore store, Random random) {
            this.store = store;
            this.random = random;
        }

        List<String> make(int count) {
            List<String> made = new ArrayList<>();
            while (made.size() < count) {
                try {
                    made.add(once());
                } catch (IllegalArgumentException refused) {
                    // NetBox refused it (a protected object, a duplicate slug): as an operator would, try another.
                }
            }
            return made;
        }

        private String once() {
            int n = ++serial;
            switch (random.nextInt(12)) {
                case 0:
                    return "create tag " + store.create("extras/tags", Map.of("name", "t" + n, "slug", "t" + n));
                case 1: {
                    long tag = pick("extras/tags");
                    store.update("extras/tags", tag, Map.of("name", "renamed-" + n));
                    return "rename tag " + tag;
                }
                case 2: {
                    long tag = pick("extras/tags");
                    store.delete("extras/tags", tag);
                    return "delete tag " + tag;
                }
                case 3:
                    return "create tenant " + store.create("tenancy/tenants", Map.of("name", "ten" + n, "slug", "ten" + n,
                            "group", pick("tenancy/tenant-groups")));
                case 4: {
                    long tenant = pick("tenancy/tenants");
                    store.update("tenancy/tenants", tenant, Map.of("description", "d" + n));
                    return "describe tenant " + tenant;
                }
                case 5: {
                    long tenant = pick("tenancy/tenants");
                    store.delete("tenancy/tenants", tenant);
                    return "delete tenant " + tenant;
                }
                case 6: {
                    long group = pick("tenancy/tenant-groups");
                    store.update("tenancy/tenant-groups", group, Map.of("name", "group-" + n));
                    return "rename tenant group " + group;
                }
                case 7:
                    return "create site " + store.create("dcim/sites", Map.of("name", "site" + n, "slug", "site" + n,
                            "status", "active", "tenant", pick("tenancy/tenants")));
                case 8: {
                    long site = pick("dcim/sites");
                    store.update("dcim/sites", site, Map.of("tenant", pick("tenancy/tenants")));
                    return "move site " + site + " to another tenant";
                }
                case 9: {
                    long site = pick("dcim/sites");
                    store.update("dcim/sites", site, Map.of("tags", List.of(pick("extras/tags"), pick("extras/tags"))));
                    return "retag site " + site;
                }
                case 10: {
                    long site = pick("dcim/sites");
                    store.delete("dcim/sites", site);
                    return "delete site " + site;
                }
                default: {
                    long region = pick("dcim/regions");
                    store.update("dcim/regions", region, Map.of("name", "region-" + n));
                    return "rename region " + region;
                }
            }
        }

        private long pick(String endpoint) {
            List<Long> ids = store.ids(endpoint);
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("no " + endpoint);
            }
            return ids.get(random.nextInt(ids.size()));
        }
    }
}
