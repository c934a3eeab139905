package io.infrasync.cli.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.ErrorRow;
import io.infrasync.core.domain.run.RunStatus;
import io.infrasync.core.domain.run.SyncName;
import io.infrasync.core.port.in.RunOutcome;
import io.infrasync.core.port.in.RunRequest;
import io.infrasync.core.port.in.RunSettings;
import io.infrasync.core.port.out.RunCacheRows;
import io.infrasync.core.port.out.RunProgress;
import io.infrasync.sandbox.infrahub.InfrahubSandbox;
import io.infrasync.sandbox.infrahub.InfrahubSandboxOptions;
import io.infrasync.sandbox.infrahub.StoredNode;
import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.model.KindSchema;
import io.infrasync.spi.model.SchemaDescription;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two devices with different mapping identifiers (name and site) but one destination human-friendly id (name):
 * through the whole pipeline, against the memory destination and against the sandbox Infrahub.
 */
class DestinationKeyCollisionPipelineTest {

    @TempDir
    Path cacheRoot;

    PipelineFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new PipelineFixture(cacheRoot);
        // A second "dev1", in the other site: a distinct source object under the mapping's identifiers.
        fixture.world.sourceRecord("dcim.devices", "101", Map.of("id", 101, "name", "dev1",
                "status", Map.of("value", "active"), "site", Map.of("id", 2)));
        fixture.world.sourceRecord("dcim.devices", "102", Map.of("id", 102, "name", "dev2",
                "status", Map.of("value", "active"), "site", Map.of("id", 2)));
        SchemaDescription schema = fixture.world.schema;
        List<KindSchema> kinds = new ArrayList<>();
        for (KindSchema kind : schema.kinds()) {
            kinds.add(kind.name().equals("InfraDevice") ? kind.withHumanFriendlyId(List.of("name__value")) : kind);
        }
        fixture.world.schema = SchemaDescription.of(kinds, schema.generics());
    }

    private static <T> List<T> all(RunCacheRows<T> rows) {
        List<T> list = new ArrayList<>();
        try (rows) {
            rows.forEachRemaining(list::add);
        }
        return list;
    }

    @Test
    void aSyncStopsBeforeWritingAndReportsBothSourceObjects() {
        RunOutcome outcome = fixture.pipeline.sync(fixture.request(RunSettings.defaults()));

        assertThat(outcome.status()).isEqualTo(RunStatus.FAILED);
        assertThat(outcome.failure()).get().asString().contains("collapse into one destination node", "nothing was written");
        assertThat(fixture.world.batches).isEmpty();
        List<ErrorRow> errors = all(fixture.cache.reader(SyncName.of("pipeline-test"), outcome.runId()).errors());
        assertThat(errors).hasSize(2).allSatisfy(error -> {
            assertThat(error.errorClass()).isEqualTo("DestinationKeyCollision");
            assertThat(error.resource()).isEqualTo("InfraDevice");
            assertThat(error.message()).contains("dcim.devices#100", "dcim.devices#101", "name=dev1");
        });
        assertThat(errors).extracting(ErrorRow::sourceId).containsExactly("dev1__s1", "dev1__s2");
    }

    @Test
    void continueOnErrorSkipsBothAndWritesTheRestAndADiffPlanMarksThemSoApplySkipsThemToo() {
        RunOutcome diff = fixture.pipeline.diff(fixture.request(RunSettings.defaults()));
        List<PlanRow> plan = all(fixture.cache.reader(SyncName.of("pipeline-test"), diff.runId()).plan());
        assertThat(plan).filteredOn(row -> row.skipReason() != null).extracting(PlanRow::sourceId)
                .containsExactlyInAnyOrder("dev1__s1", "dev1__s2");
        assertThat(plan).filteredOn(row -> row.skipReason() != null).extracting(PlanRow::conflictClass)
                .containsOnly("DestinationKeyCollision");

        RunOutcome applied = fixture.pipeline.apply(fixture.request(RunSettings.defaults().withRunId(diff.runId())));
        assertThat(applied.status()).isEqualTo(RunStatus.APPLIED);
        assertThat(fixture.world.byName("InfraDevice", "dev1")).isNull();
        assertThat(fixture.world.byName("InfraDevice", "dev2")).isNotNull();

        fixture.world.destination.clear();
        RunOutcome synced = fixture.pipeline.sync(fixture.request(RunSettings.defaults().withContinueOnError(true)));
        assertThat(synced.status()).isEqualTo(RunStatus.APPLIED);
        assertThat(synced.count("created")).isEqualTo(5); // 2 tags, 2 sites, dev2
        assertThat(synced.errors()).hasSize(2);
        assertThat(fixture.world.byName("InfraDevice", "dev1")).isNull();
    }

    @Test
    void anObjectReferencingASkippedOneFailsInsteadOfLinkingTheNodeItCollidedWith() {
        // Sites keyed by their description in the destination: s1 collides with an existing site "s0".
        List<KindSchema> kinds = new ArrayList<>();
        for (KindSchema kind : fixture.world.schema.kinds()) {
            kinds.add(kind.name().equals("LocationSite") ? kind.withHumanFriendlyId(List.of("description__value")) : kind);
        }
        fixture.world.schema = SchemaDescription.of(kinds, List.of());
        String existing = fixture.world.destinationObject("LocationSite", Map.of("name", "s0", "description", "one"));
        fixture.world.sourceRecord("dcim.devices", "103", Map.of("id", 103, "name", "dev3", "site", Map.of("id", 1)));

        RunOutcome outcome = fixture.pipeline.sync(fixture.request(RunSettings.defaults().withContinueOnError(true)));

        assertThat(outcome.errors()).filteredOn(error -> error.errorClass().equals("DestinationKeyCollision"))
                .extracting(ErrorRow::sourceId).contains("s1");
        assertThat(outcome.errors()).filteredOn(error -> error.errorClass().equals("DestinationKeyCollision")
                && error.sourceId().equals("s1")).singleElement().satisfies(error -> {
                    assertThat(error.destId()).isEqualTo(existing);
                    assertThat(error.message()).contains("dcim.sites#1", "existing destination node " + existing);
                });
        // dev3 references the skipped s1: by hfid ["one"] it would land on the existing site; it fails instead.
        assertThat(outcome.errors()).filteredOn(error -> error.sourceId().equals("dev3__s1")).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("unique_id=s1"));
        assertThat(fixture.world.byName("InfraDevice", "dev3")).isNull();
        assertThat(fixture.world.byName("LocationSite", "s1")).isNull();
        assertThat(fixture.world.objects("InfraDevice")).noneMatch(device -> Map.of("id", existing).equals(device.get("site")));
        assertThat(fixture.world.byName("InfraDevice", "dev2").get("site"))
                .isEqualTo(Map.of("id", fixture.world.destination.get("LocationSite").entrySet().stream()
                        .filter(entry -> "s2".equals(entry.getValue().get("name"))).findFirst().orElseThrow().getKey()));
    }

    @Test
    void againstTheSandboxInfrahubNothingCollapsesAndReferencesUseIdsFedBackFromEarlierTiers() {
        try (InfrahubSandbox sandbox = InfrahubSandbox.start(InfrahubSandboxOptions.defaults()
                .withSchemas(List.of("infrahub/collision-schema.yml")))) {
            AdapterFactory factory = ServiceLoader.load(AdapterFactory.class).stream().map(ServiceLoader.Provider::get)
                    .filter(candidate -> candidate.id().equals("infrahub")).findFirst().orElseThrow();
            RunRequest memory = fixture.request(PipelineFixture.config(Set.of()), RunSettings.defaults());
            RunSettings settings = RunSettings.defaults().withBatchSize(2);
            try (Adapter infrahub = factory.open(AdapterSettings.of(Map.of("url", sandbox.baseUrl(), "token", sandbox.token())),
                    AdapterContext.builder().build())) {
                RunOutcome failed = fixture.pipeline.sync(new RunRequest(memory.config(), memory.source(), infrahub,
                        factory.capabilities(), settings, RunProgress.NONE));
                assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
                assertThat(failed.errors()).extracting(ErrorRow::errorClass).containsOnly("DestinationKeyCollision");
                assertThat(sandbox.store().list("main", "LocationSite")).isEmpty();

                RunOutcome synced = fixture.pipeline.sync(new RunRequest(memory.config(), memory.source(), infrahub,
                        factory.capabilities(), settings.withContinueOnError(true), RunProgress.NONE));
                assertThat(synced.status()).isEqualTo(RunStatus.APPLIED);
                assertThat(synced.count("created")).isEqualTo(5);
            }
            List<StoredNode> devices = sandbox.store().list("main", "InfraDevice");
            assertThat(devices).extracting(node -> node.value("name")).containsExactly("dev2");
            StoredNode s2 = sandbox.store().list("main", "LocationSite").stream()
                    .filter(node -> "s2".equals(node.value("name"))).findFirst().orElseThrow();
            assertThat(devices.get(0).peerIds("site")).containsExactly(s2.id());
            assertThat(s2.peerIds("tags")).hasSize(2);
        }
    }
}
