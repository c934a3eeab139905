package io.infrasync.cli.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.cache.ParquetRunCache;
import io.infrasync.cli.testing.MemoryWorld;
import io.infrasync.core.domain.config.AdapterConfig;
import io.infrasync.core.domain.config.FieldMapping;
import io.infrasync.core.domain.config.FieldSource;
import io.infrasync.core.domain.config.GuardrailsConfig;
import io.infrasync.core.domain.config.IncrementalConfig;
import io.infrasync.core.domain.config.SchemaMappingEntry;
import io.infrasync.core.domain.config.SyncConfig;
import io.infrasync.core.domain.run.ExtractMode;
import io.infrasync.core.domain.run.ResourceExtraction;
import io.infrasync.core.domain.run.RunRecord;
import io.infrasync.core.domain.run.RunStatus;
import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SyncName;
import io.infrasync.core.port.in.RunException;
import io.infrasync.core.port.in.RunOutcome;
import io.infrasync.core.port.in.RunPipeline;
import io.infrasync.core.port.in.RunSettings;
import io.infrasync.spi.model.CursorTier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each condition of the warm path and each fallback, and the guardrails with their bypasses. */
class IncrementalConditionsTest {

    static final RunSettings WARM = RunSettings.defaults().withFullExtract(false);

    @TempDir
    Path dir;

    VersionedSource source;
    String worldName;
    MemoryWorld destination;
    ParquetRunCache cache;
    RunPipeline pipeline;

    @BeforeEach
    void setUp(org.junit.jupiter.api.TestInfo info) {
        source = new VersionedSource();
        worldName = "conditions-" + info.getDisplayName();
        destination = MemoryWorld.create(worldName);
        cache = new ParquetRunCache(dir.resolve("cache"));
        pipeline = WarmEqualsFullPropertyTest.pipeline(cache, 3);
        for (long tag = 1; tag <= 10; tag++) {
            source.put("extras.tags", tag, Map.of("name", "tag-" + tag));
        }
        Map<String, Object> site = new java.util.HashMap<>(Map.of("name", "site-100", "tags", List.of(Map.of("id", 1L)),
                "status", Map.of("value", "active")));
        site.put("description", null);
        site.put("asn", null);
        site.put("parent", null);
        source.put("dcim.sites", 100, site);
        source.ids("dcim.devices");
    }

    RunOutcome sync(SyncConfig config, RunSettings settings) {
        return pipeline.sync(WarmEqualsFullPropertyTest.request(config, source, worldName, settings));
    }

    SyncConfig config() {
        return WarmEqualsFullPropertyTest.config(worldName);
    }

    RunRecord record(RunOutcome outcome) {
        return cache.reader(SyncName.of(config().name()), outcome.runId()).record();
    }

    ResourceExtraction extraction(RunOutcome outcome, Side side, String resource) {
        return record(outcome).extraction().side(side).orElseThrow().get(resource).orElseThrow();
    }

    @Test
    void aFullExtractIsTheDefaultAndGivesNoReason() {
        RunOutcome first = sync(config(), RunSettings.defaults());
        RunOutcome second = sync(config(), RunSettings.defaults());

        assertThat(extraction(second, Side.A, "extras.tags")).isEqualTo(ResourceExtraction.full(10, null));
        assertThat(record(second).fallbackReasons()).isEmpty();
        assertThat(source.changeReads.get()).isZero();
        assertThat(first.status()).isEqualTo(RunStatus.APPLIED);
    }

    @Test
    void withoutAnEarlierRunTheFirstWarmRunIsFullAndSaysWhy() {
        RunOutcome first = sync(config(), WARM);

        assertThat(extraction(first, Side.A, "dcim.sites").mode()).isEqualTo(ExtractMode.FULL);
        assertThat(extraction(first, Side.A, "dcim.sites").reason())
                .isEqualTo("no earlier applied or dry-run run of this sync to build on");
        assertThat(first.notices()).anySatisfy(notice -> assertThat(notice)
                .startsWith("A (extras.tags, dcim.sites, dcim.devices): full extract: no earlier applied"));
        assertThat(record(first).fallbackReasons()).hasSize(2); // one line per side
    }

    @Test
    void aWarmRunReadsOnlyTheChangesAndCountsDeletes() {
        sync(config(), RunSettings.defaults());
        source.update("extras.tags", 3, "name", "renamed");
        source.delete("extras.tags", 4);

        RunOutcome warm = sync(config(), WARM.withAllowMassDelete(true));

        ResourceExtraction tags = extraction(warm, Side.A, "extras.tags");
        assertThat(tags.mode()).isEqualTo(ExtractMode.WARM);
        assertThat(tags.warmRuns()).isEqualTo(1);
        assertThat(tags.deleted()).isEqualTo(1);
        assertThat(tags.read()).isLessThan(10); // the changes (and the overlap margin), not every tag
        assertThat(warm.count("update") + warm.count("create") + warm.count("delete")).isEqualTo(3);
        assertThat(destination.byName("BuiltinTag", "renamed")).isNotNull();
        assertThat(destination.byName("BuiltinTag", "tag-4")).isNull();
        // The destination has no cursor tier: read in full, and said so.
        assertThat(extraction(warm, Side.B, "BuiltinTag").reason()).isEqualTo("the adapter declares cursor tier NONE for it");
    }

    @Test
    void aMappingChangeChangesTheSchemaSubHashAndForcesAFullRead() {
        sync(config(), RunSettings.defaults());
        SyncConfig changed = withEntries(config(), entries -> entries.set(0, new SchemaMappingEntry("BuiltinTag",
                "extras.tags", Optional.empty(), List.of(new FieldMapping("name", new FieldSource.Path("name"))),
                List.of(), List.of(), 0)));

        RunOutcome run = sync(changed, WARM);

        assertThat(extraction(run, Side.A, "extras.tags").reason()).startsWith("the schema sub-hash changed since run ")
                .contains("the mapping or the destination schema changed");
    }

    @Test
    void anAdapterWithoutCursorTierIsReadInFull() {
        sync(config(), RunSettings.defaults());
        source.tier = CursorTier.NONE;

        RunOutcome run = sync(config(), WARM);

        assertThat(extraction(run, Side.A, "extras.tags").reason()).isEqualTo("the adapter declares cursor tier NONE for it");
        assertThat(source.changeReads.get()).isZero();
    }

    @Test
    void theCadenceForcesAFullReadEveryNthRun() {
        SyncConfig everyThird = withIncremental(config(), 3);
        List<ExtractMode> modes = new ArrayList<>();
        List<Integer> counters = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            RunOutcome run = sync(everyThird, WARM);
            ResourceExtraction tags = extraction(run, Side.A, "extras.tags");
            modes.add(tags.mode());
            counters.add(tags.warmRuns());
            if (i == 3) {
                assertThat(tags.reason()).isEqualTo("full resync cadence reached (2 warm run(s) since the last full"
                        + " extract; incremental.full_resync_every = 3)");
            }
        }
        assertThat(modes).containsExactly(ExtractMode.FULL, ExtractMode.WARM, ExtractMode.WARM, ExtractMode.FULL,
                ExtractMode.WARM, ExtractMode.WARM, ExtractMode.FULL);
        assertThat(counters).containsExactly(0, 1, 2, 0, 1, 2, 0);
    }

    @Test
    void fullResyncEveryOneMeansAlwaysFullAndZeroMeansNoCadence() {
        SyncConfig always = withIncremental(config(), 1);
        sync(always, WARM);
        RunOutcome second = sync(always, WARM);
        assertThat(extraction(second, Side.A, "extras.tags").reason()).isEqualTo("incremental.full_resync_every is 1 (always full)");

        SyncConfig never = withIncremental(config(), 0);
        RunOutcome last = null;
        for (int i = 0; i < 12; i++) {
            last = sync(never, WARM);
        }
        // The first of these builds on the last always-full run (the cadence is not part of the schema sub-hash).
        assertThat(extraction(last, Side.A, "extras.tags").warmRuns()).isEqualTo(12);
    }

    @Test
    void anAdapterThatCannotListIdsOrReadChangesIsReadInFull() {
        sync(config(), RunSettings.defaults());
        source.listIdsSupported = false;
        RunOutcome noIds = sync(config(), WARM);
        assertThat(extraction(noIds, Side.A, "extras.tags").reason())
                .startsWith("the adapter cannot list existing ids, so deletes would go unnoticed");

        source.listIdsSupported = true;
        source.changesSupported = false;
        RunOutcome noChanges = sync(config(), WARM);
        assertThat(extraction(noChanges, Side.A, "extras.tags").reason())
                .startsWith("the adapter cannot read changes since a cursor for it");
    }

    @Test
    void aMappingThatReadsAnEmbeddedRelatedObjectIsReadInFull() {
        source.put("dcim.devices", 500, Map.of("name", "dev", "status", Map.of("value", "active"),
                "site", Map.of("id", 100L, "name", "site-100")));
        // 'status' reads the site's embedded name: a plain path through a related object.
        SyncConfig embedded = withEntries(config(), entries -> entries.set(2, new SchemaMappingEntry("InfraDevice",
                "dcim.devices", Optional.of(List.of("name", "site")), List.of(
                        new FieldMapping("name", new FieldSource.Path("name")),
                        new FieldMapping("status", new FieldSource.Path("site.name")),
                        new FieldMapping("site", new FieldSource.Reference("site", "LocationSite"))),
                List.of(), List.of(), 2)));
        sync(embedded, RunSettings.defaults());

        RunOutcome run = sync(embedded, WARM);

        assertThat(extraction(run, Side.A, "dcim.devices").reason()).startsWith("the mapping reads 'site', a related"
                + " object embedded in the record, other than through a 'reference' field");
        assertThat(extraction(run, Side.A, "extras.tags").mode()).isEqualTo(ExtractMode.WARM);
    }

    @Test
    void anotherSourceSystemIsNeverABaseline() {
        sync(config(), RunSettings.defaults());
        SyncConfig elsewhere = new SyncConfig(config().name(),
                new AdapterConfig("versioned-source", Optional.empty(), Map.of("url", "http://other"), Map.of()),
                config().destination(), config().adaptersPath(), config().store(), config().order(), config().schemaMapping(),
                config().diffsyncFlags(), config().incremental(), config().guardrails(), config().origin());

        RunOutcome run = sync(elsewhere, WARM);

        assertThat(extraction(run, Side.A, "extras.tags").reason()).endsWith("read side A from another system (adapter,"
                + " settings or branch differ)");
        // A different branch is another system too.
        RunOutcome branch = sync(elsewhere, WARM.withBranch("feature"));
        assertThat(extraction(branch, Side.B, "BuiltinTag").mode()).isEqualTo(ExtractMode.FULL);
        assertThat(extraction(branch, Side.A, "extras.tags").reason()).contains("another system");
    }

    @Test
    void applyKeepsTheExtractionLogOfItsDiffSoTheCadenceKeepsCounting() {
        sync(config(), RunSettings.defaults());
        source.update("extras.tags", 1, "name", "one");
        RunOutcome diff = pipeline.diff(WarmEqualsFullPropertyTest.request(config(), source, worldName, WARM));
        assertThat(extraction(diff, Side.A, "extras.tags").warmRuns()).isEqualTo(1);

        RunOutcome applied = pipeline.apply(WarmEqualsFullPropertyTest.request(config(), source, worldName,
                RunSettings.defaults().withRunId(diff.runId())));

        assertThat(applied.status()).isEqualTo(RunStatus.APPLIED);
        assertThat(extraction(applied, Side.A, "extras.tags").warmRuns()).isEqualTo(1);
        RunOutcome next = sync(config(), WARM);
        assertThat(extraction(next, Side.A, "extras.tags").warmRuns()).isEqualTo(2);
    }

    @Test
    void theRowCountGuardrailRefusesBeforeAnyWriteNamingBothCounts() {
        sync(config(), RunSettings.defaults());
        for (long tag = 2; tag <= 10; tag++) {
            source.delete("extras.tags", tag);
        }

        assertThatThrownBy(() -> sync(config(), WARM.withAllowMassDelete(true)))
                .isInstanceOfSatisfying(RunException.class, e -> assertThat(e.reason()).isEqualTo(RunException.Reason.GUARDRAIL))
                .hasMessageContaining("row-count guardrail: BuiltinTag dropped from 10 to 1 rows (ratio 0.10 < 0.50)")
                .hasMessageContaining("nothing was written");
        assertThat(destination.objects("BuiltinTag")).hasSize(10);
        RunRecord refused = cache.reader(SyncName.of(config().name()),
                cache.latestRun(SyncName.of(config().name()), Set.of(RunStatus.FAILED)).orElseThrow().runId()).record();
        assertThat(refused.error()).startsWith("row-count guardrail: BuiltinTag dropped from 10 to 1 rows");

        RunOutcome bypassed = sync(config(), WARM.withAllowMassDelete(true).withAllowRowcountDrop(true));
        assertThat(bypassed.status()).isEqualTo(RunStatus.APPLIED);
        assertThat(bypassed.notices()).anySatisfy(notice -> assertThat(notice).startsWith("row-count guardrail bypassed"));
        assertThat(destination.objects("BuiltinTag")).hasSize(1);
    }

    @Test
    void theDeleteGuardrailAppliesToDiffApplyAndSync() {
        sync(config(), RunSettings.defaults());
        source.delete("extras.tags", 9);
        source.delete("extras.tags", 10);
        source.delete("extras.tags", 8);
        SyncConfig strict = withGuardrails(config(), new GuardrailsConfig(0.0, 0.2));

        RunOutcome diff = pipeline.diff(WarmEqualsFullPropertyTest.request(strict, source, worldName, WARM));
        assertThat(diff.notices()).anySatisfy(notice -> assertThat(notice)
                .isEqualTo("delete guardrail: a sync of this plan would be refused: BuiltinTag: 3 of 10 objects (30%)"
                        + " would be deleted, more than guardrails.max_delete_ratio = 0.20"));
        assertThatThrownBy(() -> pipeline.apply(WarmEqualsFullPropertyTest.request(strict, source, worldName,
                RunSettings.defaults().withRunId(diff.runId()))))
                .hasMessageContaining("delete guardrail: BuiltinTag: 3 of 10 objects (30%)");
        assertThat(destination.objects("BuiltinTag")).hasSize(10);

        SyncConfig lenient = withGuardrails(config(), new GuardrailsConfig(0.0, 0.5));
        assertThat(sync(lenient, WARM).count("deleted")).isEqualTo(3);
    }

    static SyncConfig withEntries(SyncConfig config, java.util.function.Consumer<List<SchemaMappingEntry>> change) {
        List<SchemaMappingEntry> entries = new ArrayList<>(config.schemaMapping());
        change.accept(entries);
        return new SyncConfig(config.name(), config.source(), config.destination(), config.adaptersPath(), config.store(),
                config.order(), entries, config.diffsyncFlags(), config.incremental(), config.guardrails(), config.origin());
    }

    static SyncConfig withIncremental(SyncConfig config, int fullResyncEvery) {
        return new SyncConfig(config.name(), config.source(), config.destination(), config.adaptersPath(), config.store(),
                config.order(), config.schemaMapping(), config.diffsyncFlags(), new IncrementalConfig(fullResyncEvery),
                config.guardrails(), config.origin());
    }

    static SyncConfig withGuardrails(SyncConfig config, GuardrailsConfig guardrails) {
        return new SyncConfig(config.name(), config.source(), config.destination(), config.adaptersPath(), config.store(),
                config.order(), config.schemaMapping(), config.diffsyncFlags(), config.incremental(), guardrails,
                config.origin());
    }
}
