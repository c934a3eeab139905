package io.infrasync.cli.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.core.domain.config.DiffSyncFlag;
import io.infrasync.core.domain.plan.PlanAction;
import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.ErrorRow;
import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.RunMode;
import io.infrasync.core.domain.run.RunRecord;
import io.infrasync.core.domain.run.RunStatus;
import io.infrasync.core.domain.run.SyncName;
import io.infrasync.core.port.in.RunException;
import io.infrasync.core.port.in.RunOutcome;
import io.infrasync.core.port.in.RunSettings;
import io.infrasync.core.port.out.RunCacheReader;
import io.infrasync.core.port.out.RunCacheRows;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.model.AttributeSchema;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.KindSchema;
import io.infrasync.spi.model.SchemaDescription;
import io.infrasync.spi.model.WriteOperation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunPipelineTest {

    @TempDir
    Path cacheRoot;

    PipelineFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new PipelineFixture(cacheRoot);
    }

    private RunCacheReader reader(RunOutcome outcome) {
        return fixture.cache.reader(SyncName.of("pipeline-test"), outcome.runId());
    }

    private static <T> List<T> all(RunCacheRows<T> rows) {
        List<T> list = new ArrayList<>();
        try (rows) {
            rows.forEachRemaining(list::add);
        }
        return list;
    }

    @Test
    void diffRecordsSnapshotsAndPlanAndWritesNothing() {
        RunOutcome outcome = fixture.pipeline.diff(fixture.request(RunSettings.defaults()));

        assertThat(outcome.status()).isEqualTo(RunStatus.DRY_RUN);
        assertThat(outcome.count("create")).isEqualTo(5);
        assertThat(fixture.world.batches).isEmpty();
        RunCacheReader reader = reader(outcome);
        assertThat(reader.record().status()).isEqualTo(RunStatus.DRY_RUN);
        assertThat(reader.record().mode()).isEqualTo(RunMode.DIFF);
        assertThat(reader.schemaSubHash()).isPresent();
        assertThat(reader.snapshotResources(io.infrasync.core.domain.run.Side.A))
                .containsExactlyInAnyOrder("BuiltinTag", "LocationSite", "InfraDevice");
        List<PlanRow> plan = all(reader.plan());
        assertThat(plan).extracting(PlanRow::action).containsOnly(PlanAction.CREATE);
        assertThat(plan).extracting(PlanRow::sourceId).contains("red", "s1", "dev1__s1");
        Path runFolder = fixture.cache.runFolder(SyncName.of("pipeline-test"), outcome.runId());
        assertThat(runFolder.resolve("A/LocationSite.parquet")).exists();
        assertThat(runFolder.resolve("B/LocationSite.parquet")).exists();
        assertThat(runFolder.resolve("errors.parquet")).doesNotExist();
    }

    @Test
    void syncCreatesTierByTierWithReferencesAsDestinationIdsThenFindsNothingToDo() {
        RunOutcome first = fixture.pipeline.sync(fixture.request(RunSettings.defaults().withBatchSize(1)));

        assertThat(first.status()).isEqualTo(RunStatus.APPLIED);
        assertThat(first.count("created")).isEqualTo(5);
        List<String> order = fixture.world.batches.stream().map(batch -> batch.operations().get(0).resource()).toList();
        assertThat(order).containsExactly("BuiltinTag", "BuiltinTag", "LocationSite", "LocationSite", "InfraDevice");
        Map<String, Object> s2 = fixture.world.byName("LocationSite", "s2");
        assertThat(s2.get("description")).isEqualTo("two");
        String red = idOf("BuiltinTag", "red");
        String blue = idOf("BuiltinTag", "blue");
        assertThat(s2.get("tags")).isEqualTo(List.of(Map.of("id", blue), Map.of("id", red)));
        assertThat(fixture.world.byName("InfraDevice", "dev1").get("site")).isEqualTo(Map.of("id", idOf("LocationSite", "s1")));
        assertThat(fixture.cache.lastSuccessfulRowCounts(SyncName.of("pipeline-test")).get("LocationSite")).hasValue(2);

        fixture.world.batches.clear();
        fixture.world.wrapAttributes = true; // Infrahub's {"value": v} shape reads the same
        RunOutcome second = fixture.pipeline.sync(fixture.request(RunSettings.defaults().withConcurrentLoad(false)));
        assertThat(second.plannedChanges()).isZero();
        assertThat(second.count("no-change")).isEqualTo(5);
        assertThat(fixture.world.batches).isEmpty();
    }

    private String idOf(String kind, String name) {
        return fixture.world.destination.get(kind).entrySet().stream()
                .filter(entry -> name.equals(entry.getValue().get("name"))).findFirst().orElseThrow().getKey();
    }

    @Test
    void updatesCarryTheDestinationIdAndOnlyChangedFields() {
        fixture.pipeline.sync(fixture.request(RunSettings.defaults()));
        fixture.world.source.get("dcim.sites").set(0, io.infrasync.spi.model.AdapterRecord.of("1", "dcim.sites",
                Map.of("id", 1, "name", "s1", "description", "first", "tags", List.of())));
        fixture.world.batches.clear();

        RunOutcome outcome = fixture.pipeline.sync(fixture.request(RunSettings.defaults()));

        assertThat(outcome.count("update")).isEqualTo(1);
        WriteOperation operation = fixture.world.batches.get(0).operations().get(0);
        assertThat(operation).isInstanceOf(WriteOperation.Update.class);
        WriteOperation.Update update = (WriteOperation.Update) operation;
        assertThat(update.localId()).isEqualTo(idOf("LocationSite", "s1"));
        assertThat(update.data()).isEqualTo(Map.of("description", "first", "tags", List.of()));
        List<PlanRow> plan = all(reader(outcome).plan());
        assertThat(plan).singleElement().satisfies(row -> {
            assertThat(row.destId()).isEqualTo(idOf("LocationSite", "s1"));
            assertThat(row.newValue()).contains("first");
        });
    }

    @Test
    void deletesOnlyWhenTheFlagsAllowThem() {
        fixture.world.destinationObject("BuiltinTag", Map.of("name", "green"));

        RunOutcome skipped = fixture.pipeline.sync(fixture.request(RunSettings.defaults()));
        assertThat(skipped.count("delete")).isZero();
        assertThat(fixture.world.byName("BuiltinTag", "green")).isNotNull();

        // One of three tags is more than guardrails.max_delete_ratio (20%): refused before any write.
        assertThatThrownBy(() -> fixture.pipeline.sync(fixture.request(PipelineFixture.config(Set.of(DiffSyncFlag.NONE)),
                RunSettings.defaults())))
                .isInstanceOfSatisfying(RunException.class, e -> assertThat(e.reason()).isEqualTo(RunException.Reason.GUARDRAIL))
                .hasMessageContaining("delete guardrail: BuiltinTag: 1 of 3 objects (33%)")
                .hasMessageContaining("--allow-mass-delete");
        assertThat(fixture.world.byName("BuiltinTag", "green")).isNotNull();
        RunRecord refused = fixture.cache.reader(SyncName.of("pipeline-test"),
                fixture.cache.latestRun(SyncName.of("pipeline-test"), Set.of(RunStatus.FAILED)).orElseThrow().runId()).record();
        assertThat(refused.error()).contains("delete guardrail");

        RunOutcome deleting = fixture.pipeline.sync(fixture.request(PipelineFixture.config(Set.of(DiffSyncFlag.NONE)),
                RunSettings.defaults().withAllowMassDelete(true)));
        assertThat(deleting.notices()).anySatisfy(notice -> assertThat(notice).contains("delete guardrail bypassed"));
        assertThat(deleting.count("delete")).isEqualTo(1);
        assertThat(deleting.count("deleted")).isEqualTo(1);
        assertThat(fixture.world.byName("BuiltinTag", "green")).isNull();
    }

    @Test
    void firstFailedWriteStopsTheRunWithoutContinueOnError() {
        fixture.world.source.get("dcim.sites").set(0, io.infrasync.spi.model.AdapterRecord.of("1", "dcim.sites",
                Map.of("id", 1, "name", "s1", "description", "boom", "tags", List.of())));

        RunOutcome outcome = fixture.pipeline.sync(fixture.request(RunSettings.defaults()));

        assertThat(outcome.status()).isEqualTo(RunStatus.FAILED);
        assertThat(outcome.failure()).hasValueSatisfying(text -> assertThat(text).contains("LocationSite s1", "boom"));
        assertThat(fixture.world.objects("InfraDevice")).isEmpty();
        RunRecord record = reader(outcome).record();
        assertThat(record.status()).isEqualTo(RunStatus.FAILED);
        assertThat(record.error()).contains("boom");
        assertThat(all(reader(outcome).errors())).extracting(ErrorRow::sourceId).containsExactly("s1");
        assertThat(fixture.cache.lastSuccessfulRowCounts(SyncName.of("pipeline-test")).byResource()).isEmpty();
    }

    @Test
    void continueOnErrorRecordsTheFailureAndWritesTheRest() {
        fixture.world.source.get("dcim.sites").set(1, io.infrasync.spi.model.AdapterRecord.of("2", "dcim.sites",
                Map.of("id", 2, "name", "s2", "description", "boom", "tags", List.of())));

        RunOutcome outcome = fixture.pipeline.sync(fixture.request(RunSettings.defaults().withContinueOnError(true)));

        assertThat(outcome.status()).isEqualTo(RunStatus.APPLIED);
        assertThat(outcome.errors()).singleElement().satisfies(error -> {
            assertThat(error.errorClass()).isEqualTo("INVALID_DATA");
            assertThat(error.resource()).isEqualTo("LocationSite");
        });
        assertThat(fixture.world.byName("InfraDevice", "dev1")).isNotNull();
        assertThat(outcome.count("created")).isEqualTo(4);
    }

    @Test
    void aMissingPeerIsAnErrorAndNothingIsWritten() {
        fixture.world.sourceRecord("dcim.devices", "101", Map.of("id", 101, "name", "dev2", "site", Map.of("id", 99)));

        RunOutcome outcome = fixture.pipeline.sync(fixture.request(RunSettings.defaults()));

        assertThat(outcome.status()).isEqualTo(RunStatus.FAILED);
        assertThat(fixture.world.batches).isEmpty();
        assertThat(outcome.errors()).singleElement().satisfies(error -> {
            assertThat(error.errorClass()).isEqualTo("MappingError");
            assertThat(error.sourceId()).isEqualTo("dcim.devices#101");
            assertThat(error.message()).contains("not found");
        });
    }

    @Test
    void unknownKindFailsBeforeLoadingWithSuggestions() {
        assertThatThrownBy(() -> fixture.pipeline.diff(fixture.request(PipelineFixture.config(Set.of(), "LocationSit"),
                RunSettings.defaults())))
                .isInstanceOf(RunException.class)
                .hasMessageContaining("unknown kind 'LocationSit'")
                .hasMessageContaining("LocationSite")
                .satisfies(e -> assertThat(((RunException) e).reason()).isEqualTo(RunException.Reason.CONFIGURATION));
        assertThat(fixture.cache.runs(SyncName.of("pipeline-test"))).isEmpty();
    }

    @Test
    void applyDispatchesACachedPlanWithoutReadingTheSource() {
        RunOutcome diff = fixture.pipeline.diff(fixture.request(RunSettings.defaults()));
        fixture.world.sourceFailure = new AdapterException(ErrorKind.TRANSIENT, "source is down");

        RunOutcome applied = fixture.pipeline.apply(fixture.request(RunSettings.defaults().withRunId(diff.runId())));

        assertThat(applied.status()).isEqualTo(RunStatus.APPLIED);
        assertThat(applied.runId()).isEqualTo(diff.runId());
        assertThat(applied.count("created")).isEqualTo(5);
        assertThat(fixture.world.byName("InfraDevice", "dev1").get("site")).isEqualTo(Map.of("id", idOf("LocationSite", "s1")));
        assertThat(reader(applied).record().mode()).isEqualTo(RunMode.APPLY);
    }

    @Test
    void applyRefusesWhenTheDestinationSchemaDrifted() {
        RunOutcome diff = fixture.pipeline.diff(fixture.request(RunSettings.defaults()));
        SchemaDescription schema = fixture.world.schema;
        KindSchema site = schema.kind("LocationSite").orElseThrow();
        List<AttributeSchema> attributes = new ArrayList<>(site.attributes());
        attributes.set(1, AttributeSchema.of("description", "TextArea").withOptional(true));
        fixture.world.schema = SchemaDescription.of(List.of(schema.kind("BuiltinTag").orElseThrow(),
                KindSchema.of("LocationSite", attributes, site.relationships()), schema.kind("InfraDevice").orElseThrow()),
                List.of());

        assertThatThrownBy(() -> fixture.pipeline.apply(fixture.request(RunSettings.defaults().withRunId(diff.runId()))))
                .isInstanceOf(RunException.class)
                .hasMessageContaining("schema drift")
                .hasMessageContaining(diff.runId().value())
                .satisfies(e -> assertThat(((RunException) e).reason()).isEqualTo(RunException.Reason.GUARDRAIL));
        assertThat(fixture.world.batches).isEmpty();
    }

    @Test
    void applyOfAnUnknownRunIsAConfigurationError() {
        assertThatThrownBy(() -> fixture.pipeline.apply(fixture.request(
                RunSettings.defaults().withRunId(RunId.of("20260101T0000-00000000")))))
                .isInstanceOf(RunException.class)
                .satisfies(e -> assertThat(((RunException) e).reason()).isEqualTo(RunException.Reason.CONFIGURATION));
    }

    @Test
    void rowCountGuardrailRefusesALargeDropUnlessAllowed() {
        fixture.pipeline.sync(fixture.request(RunSettings.defaults()));
        fixture.world.source.put("extras.tags", new java.util.concurrent.CopyOnWriteArrayList<>());
        fixture.world.source.put("dcim.sites", new java.util.concurrent.CopyOnWriteArrayList<>(
                List.of(fixture.world.source.get("dcim.sites").get(0))));
        fixture.world.source.get("dcim.sites").set(0, io.infrasync.spi.model.AdapterRecord.of("1", "dcim.sites",
                Map.of("id", 1, "name", "s1", "description", "changed")));
        fixture.world.batches.clear();

        assertThatThrownBy(() -> fixture.pipeline.sync(fixture.request(RunSettings.defaults())))
                .isInstanceOf(RunException.class)
                .hasMessageContaining("BuiltinTag dropped from 2 to 0")
                .satisfies(e -> assertThat(((RunException) e).reason()).isEqualTo(RunException.Reason.GUARDRAIL));
        assertThat(fixture.world.batches).isEmpty();

        RunOutcome allowed = fixture.pipeline.sync(fixture.request(RunSettings.defaults().withAllowRowcountDrop(true)));
        assertThat(allowed.status()).isEqualTo(RunStatus.APPLIED);
        assertThat(allowed.notices()).anySatisfy(text -> assertThat(text).contains("bypassed"));
    }

    @Test
    void adapterFailureMarksTheRunFailed() {
        fixture.world.sourceFailure = new AdapterException(ErrorKind.AUTH, "token refused");

        assertThatThrownBy(() -> fixture.pipeline.sync(fixture.request(RunSettings.defaults())))
                .isInstanceOf(RunException.class)
                .hasMessageContaining("token refused")
                .satisfies(e -> assertThat(((RunException) e).reason()).isEqualTo(RunException.Reason.ADAPTER));
        var runs = fixture.cache.runs(SyncName.of("pipeline-test"));
        assertThat(runs).singleElement().satisfies(run -> assertThat(run.status()).hasValue(RunStatus.FAILED));
    }

    @Test
    void dryRunSyncWritesNothing() throws Exception {
        RunOutcome outcome = fixture.pipeline.sync(fixture.request(RunSettings.defaults().withDryRun(true)));

        assertThat(outcome.status()).isEqualTo(RunStatus.DRY_RUN);
        assertThat(fixture.world.batches).isEmpty();
        assertThat(reader(outcome).record().mode()).isEqualTo(RunMode.SYNC);
        assertThat(Files.readString(fixture.cache.runFolder(SyncName.of("pipeline-test"), outcome.runId())
                .resolve("run.json"))).contains("dry-run");
    }

    @Test
    void referencesToObjectsCreatedLaterAreSentInAFollowUpUpdate() {
        fixture.world.source.get("dcim.sites").set(0, io.infrasync.spi.model.AdapterRecord.of("1", "dcim.sites",
                Map.of("id", 1, "name", "s1", "description", "one", "tags", List.of(), "parent", Map.of("id", 2))));
        var config = PipelineFixture.config(Set.of(), "LocationSite", List.of(new io.infrasync.core.domain.config.FieldMapping(
                "parent", new io.infrasync.core.domain.config.FieldSource.Reference("parent", "LocationSite"))));

        RunOutcome outcome = fixture.pipeline.sync(fixture.request(config, RunSettings.defaults()));

        assertThat(outcome.status()).isEqualTo(RunStatus.APPLIED);
        assertThat(outcome.errors()).isEmpty();
        assertThat(fixture.world.byName("LocationSite", "s1").get("parent")).isEqualTo(Map.of("id", idOf("LocationSite", "s2")));
        WriteOperation create = fixture.world.batches.stream().flatMap(batch -> batch.operations().stream())
                .filter(op -> op instanceof WriteOperation.Create c && "s1".equals(c.data().get("name")))
                .findFirst().orElseThrow();
        assertThat(((WriteOperation.Create) create).data()).doesNotContainKey("parent");
        assertThat(outcome.count("updated")).isZero();

        fixture.world.batches.clear();
        RunOutcome again = fixture.pipeline.sync(fixture.request(config, RunSettings.defaults()));
        assertThat(again.plannedChanges()).isZero();
    }

    @Test
    void anUpdatePointingAtAnObjectCreatedInTheSameRunWaitsForItsCreate() {
        var config = PipelineFixture.config(Set.of(), "LocationSite", List.of(new io.infrasync.core.domain.config.FieldMapping(
                "parent", new io.infrasync.core.domain.config.FieldSource.Reference("parent", "LocationSite"))));
        assertThat(fixture.pipeline.sync(fixture.request(config, RunSettings.defaults())).errors()).isEmpty();
        // s1 moves under a site that this run creates: one kind, one tier, the update must wait for the create.
        fixture.world.sourceRecord("dcim.sites", "3", Map.of("id", 3, "name", "s3", "description", "three",
                "tags", List.of()));
        fixture.world.source.get("dcim.sites").set(0, io.infrasync.spi.model.AdapterRecord.of("1", "dcim.sites",
                Map.of("id", 1, "name", "s1", "description", "one", "tags", List.of(), "parent", Map.of("id", 3))));
        fixture.world.source.get("dcim.sites").set(1, io.infrasync.spi.model.AdapterRecord.of("2", "dcim.sites",
                Map.of("id", 2, "name", "s2", "description", "two, changed", "tags", List.of(), "parent", Map.of("id", 3))));

        RunOutcome outcome = fixture.pipeline.sync(fixture.request(config, RunSettings.defaults()));

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.status()).isEqualTo(RunStatus.APPLIED);
        assertThat(fixture.world.byName("LocationSite", "s1").get("parent")).isEqualTo(Map.of("id", idOf("LocationSite", "s3")));
        assertThat(fixture.world.byName("LocationSite", "s2").get("parent")).isEqualTo(Map.of("id", idOf("LocationSite", "s3")));
        assertThat(fixture.world.byName("LocationSite", "s2").get("description")).isEqualTo("two, changed");
        assertThat(outcome.count("updated")).isEqualTo(2); // s1 whole in the follow-up, s2 in part before it
        assertThat(fixture.pipeline.sync(fixture.request(config, RunSettings.defaults())).plannedChanges()).isZero();
    }

    @Test
    void kindsOfOneTierAreWrittenConcurrentlyWithParallel() {
        var base = PipelineFixture.config(Set.of());
        List<io.infrasync.core.domain.config.SchemaMappingEntry> entries = new ArrayList<>();
        for (var entry : base.schemaMapping()) {
            entries.add(new io.infrasync.core.domain.config.SchemaMappingEntry(entry.name(), entry.mapping(), entry.identifiers(),
                    entry.fields().stream().filter(field -> !field.name().equals("tags")).toList(), entry.filters(),
                    entry.transforms(), entry.index()));
        }
        var config = new io.infrasync.core.domain.config.SyncConfig(base.name(), base.source(), base.destination(),
                base.adaptersPath(), base.store(), base.order(), entries, base.diffsyncFlags(), base.incremental(),
                base.guardrails(), base.origin());

        RunOutcome outcome = fixture.pipeline.sync(fixture.request(config, RunSettings.defaults().withBatchSize(1)));

        assertThat(outcome.status()).isEqualTo(RunStatus.APPLIED);
        assertThat(outcome.count("created")).isEqualTo(5);
        List<String> order = fixture.world.batches.stream().map(batch -> batch.operations().get(0).resource()).toList();
        assertThat(order.subList(0, 4)).containsExactlyInAnyOrder("BuiltinTag", "BuiltinTag", "LocationSite", "LocationSite");
        assertThat(order.get(4)).isEqualTo("InfraDevice");

        fixture.world.batches.clear();
        assertThat(fixture.pipeline.sync(fixture.request(config, RunSettings.defaults().withParallel(false)))
                .plannedChanges()).isZero();
    }
}
