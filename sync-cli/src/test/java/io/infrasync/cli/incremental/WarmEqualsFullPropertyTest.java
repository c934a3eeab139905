package io.infrasync.cli.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrasync.cache.ParquetRunCache;
import io.infrasync.cli.expr.JinjavaExpressionEvaluator;
import io.infrasync.cli.testing.MemoryDestinationFactory;
import io.infrasync.cli.testing.MemoryWorld;
import io.infrasync.core.domain.config.AdapterConfig;
import io.infrasync.core.domain.config.ConfigSource;
import io.infrasync.core.domain.config.DiffSyncFlag;
import io.infrasync.core.domain.config.FieldMapping;
import io.infrasync.core.domain.config.FieldSource;
import io.infrasync.core.domain.config.FilterOperation;
import io.infrasync.core.domain.config.FilterSpec;
import io.infrasync.core.domain.config.GuardrailsConfig;
import io.infrasync.core.domain.config.IncrementalConfig;
import io.infrasync.core.domain.config.SchemaMappingEntry;
import io.infrasync.core.domain.config.SyncConfig;
import io.infrasync.core.domain.config.TransformSpec;
import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.ExtractMode;
import io.infrasync.core.domain.run.ResourceExtraction;
import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.RunStatus;
import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SideExtraction;
import io.infrasync.core.domain.run.SyncName;
import io.infrasync.core.engine.run.RunPipelineFactory;
import io.infrasync.core.port.in.RunOutcome;
import io.infrasync.core.port.in.RunPipeline;
import io.infrasync.core.port.in.RunRequest;
import io.infrasync.core.port.in.RunSettings;
import io.infrasync.core.port.out.RunCacheRows;
import io.infrasync.core.port.out.RunProgress;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invariant of issue 11: whatever changed at the source between two runs (creates, updates, deletes, relation
 * changes, and the silent side effects of deletes on referring records), a warm run plans exactly what a full
 * run would. Each seed is one world that goes through {@link #STEPS} random change sequences; after each, a
 * full {@code diff} in a separate cache (so that it never becomes a baseline) is compared with a warm
 * {@code sync} in the world's own cache, which then moves the destination on. Warm runs build on warm runs, so
 * errors would accumulate if there were any.
 */
class WarmEqualsFullPropertyTest {

    static final int SEEDS = 10;
    static final int STEPS = 20;

    static Stream<Long> seeds() {
        return IntStream.range(0, SEEDS).mapToObj(i -> 1_000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyWarmRunPlansWhatAFullRunPlans(long seed, @TempDir Path dir) {
        Random random = new Random(seed);
        VersionedSource source = new VersionedSource();
        SourceWorld world = new SourceWorld(source, random);
        world.populate();
        String worldName = "warm-" + seed;
        MemoryWorld destination = MemoryWorld.create(worldName);
        ParquetRunCache mainCache = new ParquetRunCache(dir.resolve("main"));
        ParquetRunCache refCache = new ParquetRunCache(dir.resolve("reference"));
        RunPipeline main = pipeline(mainCache, seed);
        RunPipeline reference = pipeline(refCache, seed + 1);
        SyncConfig config = config(worldName);

        // Mapping errors (a device at a filtered-out site, two devices with the same name at one site) are part of
        // the invariant: both runs must report the same ones, and skip the same objects.
        RunSettings settings = RunSettings.defaults().withContinueOnError(true);
        RunOutcome first = main.sync(request(config, source, worldName, settings));
        assertThat(first.status()).as("%s", first).isEqualTo(RunStatus.APPLIED);

        int warmResources = 0;
        for (int step = 1; step <= STEPS; step++) {
            List<String> changes = world.mutate(1 + random.nextInt(5));
            RunOutcome full = reference.diff(request(config, source, worldName, settings));
            RunOutcome warm = main.sync(request(config, source, worldName, settings.withFullExtract(false)
                    .withAllowMassDelete(true).withAllowRowcountDrop(true)));
            String context = "seed " + seed + " step " + step + " after " + changes;
            assertThat(warm.status()).as(context + ": %s", warm).isEqualTo(RunStatus.APPLIED);
            assertThat(sorted(plan(mainCache, config, warm.runId()))).as(context)
                    .isEqualTo(sorted(plan(refCache, config, full.runId())));
            // Write errors are the destination's answer to the same plan; the mapping errors must be the same.
            assertThat(mappingErrors(warm)).as(context).containsExactlyInAnyOrderElementsOf(mappingErrors(full));
            SideExtraction extraction = mainCache.reader(SyncName.of(config.name()), warm.runId()).record().extraction()
                    .side(Side.A).orElseThrow();
            for (ResourceExtraction resource : extraction.resources().values()) {
                assertThat(resource.mode()).as(context + ": " + extraction).isEqualTo(ExtractMode.WARM);
                warmResources++;
            }
        }
        assertThat(warmResources).isEqualTo(3 * STEPS);
        // The destination converged too: one more full diff has nothing to do.
        RunOutcome last = reference.diff(request(config, source, worldName, settings));
        // (A kind with objects that could not be mapped keeps its unmatched destination objects: no deletes there.)
        assertThat(last.summary().getOrDefault("create", 0L) + last.summary().getOrDefault("update", 0L)
                + (last.errors().isEmpty() ? last.summary().getOrDefault("delete", 0L) : 0))
                .as("seed %d: %s", seed, last.summary()).isZero();
    }

    static List<io.infrasync.core.domain.run.ErrorRow> mappingErrors(RunOutcome outcome) {
        return outcome.errors().stream().filter(error -> error.errorClass().equals("MappingError")).toList();
    }

    static RunPipeline pipeline(ParquetRunCache cache, long seed) {
        return RunPipelineFactory.create(cache, new JinjavaExpressionEvaluator(), Clock.systemUTC(), new Random(seed),
                () -> false);
    }

    static RunRequest request(SyncConfig config, VersionedSource source, String world, RunSettings settings) {
        MemoryDestinationFactory factory = new MemoryDestinationFactory();
        return new RunRequest(config, source,
                factory.open(AdapterSettings.of(Map.of("world", world)), AdapterContext.builder().build()),
                factory.capabilities(), settings, RunProgress.NONE);
    }

    static List<PlanRow> plan(ParquetRunCache cache, SyncConfig config, RunId runId) {
        List<PlanRow> rows = new ArrayList<>();
        try (RunCacheRows<PlanRow> plan = cache.reader(SyncName.of(config.name()), runId).plan()) {
            plan.forEachRemaining(rows::add);
        }
        return rows;
    }

    static List<PlanRow> sorted(List<PlanRow> rows) {
        List<PlanRow> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing(PlanRow::toString));
        return copy;
    }

    /**
     * Tags; sites with many tags, an optional parent site, a status filter and a transform; devices identified by
     * name and site. Deletes are enabled (no SKIP_UNMATCHED_DST), so that deletes at the source reach the plan.
     */
    static SyncConfig config(String world) {
        List<SchemaMappingEntry> entries = List.of(
                new SchemaMappingEntry("BuiltinTag", "extras.tags", Optional.empty(),
                        List.of(new FieldMapping("name", new FieldSource.Path("name")),
                                new FieldMapping("description", new FieldSource.Path("description"))),
                        List.of(), List.of(), 0),
                new SchemaMappingEntry("LocationSite", "dcim.sites", Optional.empty(),
                        List.of(new FieldMapping("name", new FieldSource.Path("name")),
                                new FieldMapping("description", new FieldSource.Path("description")),
                                new FieldMapping("asn", new FieldSource.Path("asn")),
                                new FieldMapping("tags", new FieldSource.Reference("tags", "BuiltinTag")),
                                new FieldMapping("parent", new FieldSource.Reference("parent", "LocationSite"))),
                        List.of(new FilterSpec("status.value", FilterOperation.NOT_EQUALS, "retired")),
                        List.of(new TransformSpec("description", "{{ description | upper if description else none }}")),
                        1),
                new SchemaMappingEntry("InfraDevice", "dcim.devices", Optional.of(List.of("name", "site")),
                        List.of(new FieldMapping("name", new FieldSource.Path("name")),
                                new FieldMapping("status", new FieldSource.Path("status.value")),
                                new FieldMapping("site", new FieldSource.Reference("site", "LocationSite"))),
                        List.of(), List.of(), 2));
        return new SyncConfig("warm-equals-full",
                new AdapterConfig("versioned-source", Optional.empty(), Map.of(), Map.of()),
                new AdapterConfig("memory-dest", Optional.empty(), Map.of("world", world), Map.of()),
                List.of(), Optional.empty(), Optional.empty(), entries, Set.of(DiffSyncFlag.NONE), new IncrementalConfig(0),
                GuardrailsConfig.defaults(), ConfigSource.unknown("config.yml"));
    }

    /** Random changes that keep the source consistent, as NetBox's own rules do. */
    static final class SourceWorld {
        private static final String[] STATUSES = {"active", "planned", "retired", "offline"};
        private final VersionedSource source;
        private final Random random;
        private long nextId = 1;

        SourceWorld(VersionedSource source, Random random) {
            this.source = source;
            this.random = random;
            List.of("extras.tags", "dcim.sites", "dcim.devices").forEach(source::ids); // the endpoints exist, empty
        }

        void populate() {
            for (int i = 0, n = 3 + random.nextInt(5); i < n; i++) {
                createTag();
            }
            for (int i = 0, n = 3 + random.nextInt(6); i < n; i++) {
                createSite();
            }
            for (int i = 0, n = random.nextInt(15); i < n; i++) {
                createDevice();
            }
        }

        List<String> mutate(int count) {
            List<String> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                done.add(mutateOnce());
            }
            return done;
        }

        private String mutateOnce() {
            List<Long> tags = source.ids("extras.tags");
            List<Long> sites = source.ids("dcim.sites");
            List<Long> devices = source.ids("dcim.devices");
            switch (random.nextInt(13)) {
                case 0:
                    return "create tag " + createTag();
                case 1:
                    return "create site " + createSite();
                case 2:
                    return "create device " + createDevice();
                case 3:
                    if (!tags.isEmpty()) {
                        long tag = pick(tags);
                        source.update("extras.tags", tag, "name", "tag-" + nextId++); // identifiers change
                        return "rename tag " + tag;
                    }
                    return "nothing";
                case 4:
                    if (!tags.isEmpty()) {
                        long tag = pick(tags);
                        // NetBox drops the tag from every tagged object without touching them.
                        for (long site : sites) {
                            List<Map<String, Object>> siteTags = tagsOf(site);
                            siteTags.removeIf(link -> ((Number) link.get("id")).longValue() == tag);
                            source.silently("dcim.sites", site, "tags", siteTags);
                        }
                        source.delete("extras.tags", tag);
                        return "delete tag " + tag;
                    }
                    return "nothing";
                case 5:
                    if (!sites.isEmpty()) {
                        long site = pick(sites);
                        source.update("dcim.sites", site, "description", random.nextBoolean() ? null : "d" + nextId++);
                        return "describe site " + site;
                    }
                    return "nothing";
                case 6:
                    if (!sites.isEmpty()) {
                        long site = pick(sites);
                        source.update("dcim.sites", site, "status", status());
                        return "status site " + site;
                    }
                    return "nothing";
                case 7:
                    if (!sites.isEmpty()) {
                        long site = pick(sites);
                        source.update("dcim.sites", site, "tags", randomTags());
                        return "retag site " + site;
                    }
                    return "nothing";
                case 8:
                    if (sites.size() > 1) {
                        long site = pick(sites);
                        long parent = pick(sites);
                        source.update("dcim.sites", site, "parent", parent == site ? null : Map.of("id", parent));
                        return "reparent site " + site;
                    }
                    return "nothing";
                case 9: {
                    // PROTECT: a site with devices cannot go; SET_NULL on children's parent, without stamping them.
                    List<Long> empty = new ArrayList<>(sites);
                    for (long device : devices) {
                        empty.remove(siteOf(device));
                    }
                    if (empty.isEmpty()) {
                        return "nothing";
                    }
                    long site = pick(empty);
                    for (long other : sites) {
                        Object parent = source.get("dcim.sites", other).get("parent");
                        if (parent instanceof Map<?, ?> map && ((Number) map.get("id")).longValue() == site) {
                            source.silently("dcim.sites", other, "parent", null);
                        }
                    }
                    source.delete("dcim.sites", site);
                    return "delete site " + site;
                }
                case 10:
                    if (!devices.isEmpty() && !sites.isEmpty()) {
                        long device = pick(devices);
                        source.update("dcim.devices", device, "site", Map.of("id", pick(sites)));
                        return "move device " + device;
                    }
                    return "nothing";
                case 11:
                    if (!devices.isEmpty()) {
                        long device = pick(devices);
                        source.delete("dcim.devices", device);
                        return "delete device " + device;
                    }
                    return "nothing";
                default:
                    if (!devices.isEmpty()) {
                        long device = pick(devices);
                        source.update("dcim.devices", device, "status", status());
                        return "status device " + device;
                    }
                    return "nothing";
            }
        }

        private long createTag() {
            long id = nextId++;
            source.put("extras.tags", id, map("name", "tag-" + id, "description", random.nextBoolean() ? "t" + id : null));
            return id;
        }

        private long createSite() {
            long id = nextId++;
            List<Long> sites = source.ids("dcim.sites");
            Object parent = sites.isEmpty() || random.nextBoolean() ? null : Map.of("id", pick(sites));
            source.put("dcim.sites", id, map("name", "site-" + id, "description", random.nextBoolean() ? "s" + id : null,
                    "asn", random.nextBoolean() ? 64_512 + random.nextInt(100) : null, "status", status(),
                    "tags", randomTags(), "parent", parent));
            return id;
        }

        private long createDevice() {
            List<Long> sites = source.ids("dcim.sites");
            if (sites.isEmpty()) {
                return -1;
            }
            long id = nextId++;
            source.put("dcim.devices", id, map("name", "dev-" + (id % 7), "status", status(),
                    "site", Map.of("id", pick(sites))));
            return id;
        }

        private long siteOf(long device) {
            return ((Number) ((Map<?, ?>) source.get("dcim.devices", device).get("site")).get("id")).longValue();
        }

        @SuppressWarnings("unchecked")
        private List<Map<String, Object>> tagsOf(long site) {
            return new ArrayList<>((List<Map<String, Object>>) source.get("dcim.sites", site).get("tags"));
        }

        private List<Map<String, Object>> randomTags() {
            List<Map<String, Object>> tags = new ArrayList<>();
            for (long tag : source.ids("extras.tags")) {
                if (random.nextInt(3) == 0) {
                    tags.add(Map.of("id", tag));
                }
            }
            return tags;
        }

        private Map<String, Object> status() {
            return Map.of("value", STATUSES[random.nextInt(STATUSES.length)]);
        }

        private long pick(List<Long> ids) {
            return ids.get(random.nextInt(ids.size()));
        }

        private static Map<String, Object> map(Object... pairs) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                map.put((String) pairs[i], pairs[i + 1]);
            }
            return map;
        }
    }
}
