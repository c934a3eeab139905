package io.infrasync.core.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrasync.core.domain.model.ModelObject;
import io.infrasync.core.domain.plan.PlanAction;
import io.infrasync.core.port.out.RunProgress;
import io.infrasync.spi.Adapter;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.OperationResult;
import io.infrasync.spi.model.WriteBatch;
import io.infrasync.spi.model.WriteOperation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PeerReferencesTest {

    PlanningFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new PlanningFixture()
                .add("dcim.sites", "1", Map.of("id", 1, "name", "s1"))
                .add("dcim.devices", "100", Map.of("id", 100, "name", "edge", "site", Map.of("id", 1)))
                .add("dcim.interfaces", "1000", Map.of("id", 1000, "name", "eth0", "device", Map.of("id", 100)))
                .add("tenancy.tenants", "7", Map.of("id", 7, "slug", "acme", "name", "Acme"));
    }

    private static Map<String, Map<String, Map<String, Object>>> identifiers(LoadedSide source) {
        Map<String, Map<String, Map<String, Object>>> byKind = new HashMap<>();
        for (String kind : source.dataset().storedTypeNames()) {
            for (ModelObject object : source.dataset().getAll(kind)) {
                byKind.computeIfAbsent(kind, key -> new HashMap<>()).put(object.uid(),
                        new LinkedHashMap<>(object.identifiers()));
            }
        }
        return byKind;
    }

    @Test
    void aKnownDestinationIdWins() {
        fixture.add("LocationSite", "node-s1", Map.of("name", "s1"));
        PlanningFixture.Planned planned = fixture.plan();
        PeerReferences references = new PeerReferences(planned.model(),
                new PeerDirectory(planned.destination().localIds(), identifiers(planned.source())));

        assertThat(references.of(List.of("LocationSite"), "s1")).isEqualTo(Map.of("id", "node-s1", "kind", "LocationSite"));
    }

    @Test
    void withoutAnIdTheHumanFriendlyIdFollowsTheSchemaOrderThroughReferencedPeers() {
        PlanningFixture.Planned planned = fixture.plan();
        PeerReferences references = new PeerReferences(planned.model(),
                new PeerDirectory(Map.of(), identifiers(planned.source())));

        assertThat(references.of(List.of("LocationSite"), "s1")).isEqualTo(Map.of("hfid", List.of("s1"), "kind", "LocationSite"));
        assertThat(references.of(List.of("InfraDevice"), "edge__s1"))
                .isEqualTo(Map.of("hfid", List.of("edge"), "kind", "InfraDevice"));
        // [device__name__value, name__value]: the device part comes from the device's own identifiers.
        assertThat(references.of(List.of("InfraInterface"), "eth0__edge__s1"))
                .isEqualTo(Map.of("hfid", List.of("edge", "eth0"), "kind", "InfraInterface"));
    }

    @Test
    void aKindWithoutHumanFriendlyIdIsReferencedByItsIdentifiersAndAnUnknownPeerByItsUniqueId() {
        PlanningFixture.Planned planned = fixture.plan();
        PeerReferences references = new PeerReferences(planned.model(),
                new PeerDirectory(Map.of(), identifiers(planned.source())));

        assertThat(references.of(List.of("OrgTenant"), "acme"))
                .isEqualTo(Map.of("kind", "OrgTenant", "identifiers", Map.of("slug", "acme")));
        assertThat(references.of(List.of("LocationSite"), "nowhere"))
                .isEqualTo(Map.of("kind", "LocationSite", "unique_id", "nowhere"));
    }

    @Test
    void aHumanFriendlyIdPartThatIsNotAnIdentifierFallsBackToIdentifiers() {
        fixture.schema = io.infrasync.spi.model.SchemaDescription.of(fixture.schema.kinds().stream()
                .map(kind -> kind.name().equals("OrgTenant") ? kind.withHumanFriendlyId(List.of("name__value")) : kind)
                .toList(), List.of());
        PlanningFixture.Planned planned = fixture.plan();
        PeerReferences references = new PeerReferences(planned.model(),
                new PeerDirectory(Map.of(), identifiers(planned.source())));

        assertThat(references.of(List.of("OrgTenant"), "acme")).containsKey("identifiers").doesNotContainKey("hfid");
    }

    /** A destination that hands out ids n1, n2, ... and records every batch. */
    private static final class RecordingDestination implements Adapter {
        final List<WriteOperation> operations = new ArrayList<>();
        final AtomicInteger ids = new AtomicInteger();

        @Override
        public List<OperationResult> write(WriteBatch batch) {
            List<OperationResult> results = new ArrayList<>();
            for (WriteOperation operation : batch.operations()) {
                operations.add(operation);
                results.add(OperationResult.applied(operation instanceof WriteOperation.Update update ? update.localId()
                        : "n" + ids.incrementAndGet()));
            }
            return results;
        }

        Map<String, Object> created(String kind) {
            return operations.stream().filter(op -> op.resource().equals(kind) && op instanceof WriteOperation.Create)
                    .map(op -> ((WriteOperation.Create) op).data()).findFirst().orElseThrow();
        }
    }

    private Dispatcher.Result dispatch(PlanningFixture.Planned planned, RecordingDestination destination, List<Change> changes) {
        PeerDirectory peers = new PeerDirectory(planned.destination().localIds(), identifiers(planned.source()));
        return new Dispatcher(planned.model(), destination, EnumSet.of(Capability.WRITE), peers, 1, false, false,
                RunProgress.NONE, () -> false).dispatch(changes);
    }

    @Test
    void aPeerCreatedInAnEarlierTierIsReferencedByTheIdItsCreateReturned() {
        PlanningFixture.Planned planned = fixture.plan();
        RecordingDestination destination = new RecordingDestination();

        Dispatcher.Result result = dispatch(planned, destination, planned.changes());

        assertThat(result.failure()).isNull();
        assertThat(result.created()).isEqualTo(4);
        List<String> order = destination.operations.stream().map(WriteOperation::resource).toList();
        assertThat(order.indexOf("LocationSite")).isLessThan(order.indexOf("InfraDevice"));
        assertThat(order.indexOf("InfraDevice")).isLessThan(order.indexOf("InfraInterface"));
        String siteId = "n" + (order.indexOf("LocationSite") + 1);
        String deviceId = "n" + (order.indexOf("InfraDevice") + 1);
        assertThat(destination.created("InfraDevice").get("site")).isEqualTo(Map.of("id", siteId, "kind", "LocationSite"));
        assertThat(destination.created("InfraInterface").get("device"))
                .isEqualTo(Map.of("id", deviceId, "kind", "InfraDevice"));
    }

    @Test
    void aPeerThisRunDoesNotCreateAndWhoseIdIsUnknownIsReferencedByHumanFriendlyId() {
        PlanningFixture.Planned planned = fixture.plan();
        RecordingDestination destination = new RecordingDestination();
        // The site's create is not part of this dispatch (as when it was skipped): only its identifiers are known.
        List<Change> changes = planned.changes().stream()
                .filter(change -> change.kind().equals("InfraDevice") && change.action() == PlanAction.CREATE).toList();

        dispatch(planned, destination, changes);

        assertThat(destination.created("InfraDevice").get("site")).isEqualTo(Map.of("hfid", List.of("s1"), "kind", "LocationSite"));
    }
}
