package io.infrasync.core.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrasync.core.domain.plan.PlanAction;
import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.ErrorRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DestinationKeyCollisionsTest {

    PlanningFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new PlanningFixture()
                .add("dcim.sites", "1", Map.of("id", 1, "name", "s1"))
                .add("dcim.sites", "2", Map.of("id", 2, "name", "s2"));
    }

    @Test
    void twoCreatesWithDifferentIdentifiersButOneHumanFriendlyIdCollideAndBothAreNamed() {
        fixture.add("dcim.devices", "100", Map.of("id", 100, "name", "edge", "site", Map.of("id", 1)))
                .add("dcim.devices", "101", Map.of("id", 101, "name", "edge", "site", Map.of("id", 2)))
                .add("dcim.devices", "102", Map.of("id", 102, "name", "core", "site", Map.of("id", 2)));

        DestinationKeyCollisions.Found found = fixture.plan().collisions();

        assertThat(found.errors()).hasSize(2).allSatisfy(row -> {
            assertThat(row.errorClass()).isEqualTo("DestinationKeyCollision");
            assertThat(row.resource()).isEqualTo("InfraDevice");
            assertThat(row.attribute()).isEqualTo("name__value");
            assertThat(row.terminal()).isTrue();
            assertThat(row.message()).contains("'edge__s1' (dcim.devices#100)", "'edge__s2' (dcim.devices#101)",
                    "human_friendly_id [name__value] (name=edge)", "collapse into one destination node");
            assertThat(row.hint()).contains("[name, site]");
        });
        assertThat(found.errors()).extracting(ErrorRow::sourceId).containsExactly("edge__s1", "edge__s2");
        assertThat(found.involved()).containsOnlyKeys("InfraDevice");
        assertThat(found.involved().get("InfraDevice")).containsExactlyInAnyOrder("edge__s1", "edge__s2");
    }

    @Test
    void aCreateCollidingWithAnExistingNodeOnAUniqueAttributeNamesTheNode() {
        fixture.add("OrgTenant", "t-old", Map.of("slug", "acme-old", "name", "Acme"))
                .add("tenancy.tenants", "7", Map.of("id", 7, "slug", "acme", "name", "Acme"));

        DestinationKeyCollisions.Found found = fixture.plan().collisions();

        assertThat(found.errors()).singleElement().satisfies(row -> {
            assertThat(row.sourceId()).isEqualTo("acme");
            assertThat(row.destId()).isEqualTo("t-old");
            assertThat(row.attribute()).isEqualTo("name__value");
            assertThat(row.message()).contains("'acme' (tenancy.tenants#7)", "existing destination node t-old",
                    "unique id 'acme-old'", "unique attribute name (name=Acme)", "the create would land on that node");
        });
        assertThat(found.involved().get("OrgTenant")).containsExactly("acme");
    }

    @Test
    void anUpdateMovingOntoAnotherObjectsKeyCollidesButUntouchedKeysDoNot() {
        fixture.add("tenancy.tenants", "7", Map.of("id", 7, "slug", "a", "name", "Alpha"))
                .add("tenancy.tenants", "8", Map.of("id", 8, "slug", "b", "name", "Alpha"))
                .add("OrgTenant", "ta", Map.of("slug", "a", "name", "Alpha"))
                .add("OrgTenant", "tb", Map.of("slug", "b", "name", "Beta"));

        DestinationKeyCollisions.Found found = fixture.plan().collisions();

        assertThat(found.errors()).hasSize(2);
        assertThat(found.errors().get(0).message()).contains("'a' (tenancy.tenants#7)", "'b' (tenancy.tenants#8)");
        assertThat(found.errors()).extracting(ErrorRow::destId).containsExactly("ta", "tb");
    }

    @Test
    void keysThatAlreadyCoexistAreNotThisRunsDoing() {
        // Both tenants exist unchanged with the same name: the destination already holds them apart.
        fixture.add("tenancy.tenants", "7", Map.of("id", 7, "slug", "a", "name", "Same"))
                .add("tenancy.tenants", "8", Map.of("id", 8, "slug", "b", "name", "Same"))
                .add("OrgTenant", "ta", Map.of("slug", "a", "name", "Same"))
                .add("OrgTenant", "tb", Map.of("slug", "b", "name", "Same"));

        assertThat(fixture.plan().collisions().isEmpty()).isTrue();
    }

    @Test
    void rulesCoveringEveryIdentifierMissingValuesAndDistinctKeysNeverCollide() {
        fixture.add("dcim.devices", "100", Map.of("id", 100, "name", "edge", "site", Map.of("id", 1)))
                // Same interface name on one device is impossible (same identifiers); on two devices the
                // interface's rules include the device, so they differ.
                .add("dcim.devices", "101", Map.of("id", 101, "name", "core", "site", Map.of("id", 1)))
                .add("dcim.interfaces", "1000", Map.of("id", 1000, "name", "eth0", "device", Map.of("id", 100)))
                .add("dcim.interfaces", "1001", Map.of("id", 1001, "name", "eth0", "device", Map.of("id", 101)))
                // Tenants without a name have no key under the unique attribute.
                .add("tenancy.tenants", "7", Map.of("id", 7, "slug", "a"))
                .add("tenancy.tenants", "8", Map.of("id", 8, "slug", "b"));

        PlanningFixture.Planned planned = fixture.plan();

        assertThat(planned.collisions().isEmpty()).isTrue();
        assertThat(new DestinationKeyCollisions(planned.model(), planned.source(), planned.destination())
                .rules("InfraInterface")).isEmpty();
        assertThat(new DestinationKeyCollisions(planned.model(), planned.source(), planned.destination())
                .rules("InfraDevice")).extracting(DestinationKeyCollisions.Rule::fields).containsExactly(List.of("name"));
    }

    @Test
    void numbersCompareByValueWhateverTheirJavaType() {
        fixture.add("tenancy.tenants", "7", Map.of("id", 7, "slug", "a", "name", 42))
                .add("tenancy.tenants", "8", Map.of("id", 8, "slug", "b", "name", 42L));

        assertThat(fixture.plan().collisions().errors()).hasSize(2);
    }

    @Test
    void involvedObjectsLoseTheirChangesAndTheirPlanRowsAreMarkedSkipped() {
        fixture.add("dcim.devices", "100", Map.of("id", 100, "name", "edge", "site", Map.of("id", 1)))
                .add("dcim.devices", "101", Map.of("id", 101, "name", "edge", "site", Map.of("id", 2)));
        PlanningFixture.Planned planned = fixture.plan();
        DestinationKeyCollisions.Found found = planned.collisions();

        assertThat(planned.changes()).filteredOn(found::involves).extracting(Change::uid)
                .containsExactlyInAnyOrder("edge__s1", "edge__s2");
        assertThat(planned.changes()).filteredOn(change -> !found.involves(change)).extracting(Change::uid)
                .containsExactlyInAnyOrder("s1", "s2");
        PlanRow row = new PlanRow(PlanAction.CREATE, "InfraDevice", "edge__s1", null, null, null, "{}", null, null, null);
        assertThat(found.marked(row).skipReason()).contains("destination key collision");
        assertThat(found.marked(row).conflictClass()).isEqualTo("DestinationKeyCollision");
        PlanRow other = new PlanRow(PlanAction.CREATE, "LocationSite", "s1", null, null, null, "{}", null, null, null);
        assertThat(found.marked(other)).isSameAs(other);
    }

    @Test
    void involvedObjectsAreNeverReferencedByHumanFriendlyIdSinceThatWouldNameTheOtherNode() {
        fixture.add("dcim.devices", "100", Map.of("id", 100, "name", "edge", "site", Map.of("id", 1)))
                .add("dcim.devices", "101", Map.of("id", 101, "name", "edge", "site", Map.of("id", 2)));
        PlanningFixture.Planned planned = fixture.plan();
        DestinationKeyCollisions.Found found = planned.collisions();
        Map<String, Map<String, Map<String, Object>>> identifiers = new java.util.HashMap<>();
        for (String kind : planned.source().dataset().storedTypeNames()) {
            for (var object : planned.source().dataset().getAll(kind)) {
                identifiers.computeIfAbsent(kind, key -> new java.util.HashMap<>()).put(object.uid(), object.identifiers());
            }
        }
        PeerReferences references = new PeerReferences(planned.model(),
                new PeerDirectory(Map.of(), found.withoutInvolved(identifiers)));

        assertThat(references.of(List.of("InfraDevice"), "edge__s1"))
                .isEqualTo(Map.of("kind", "InfraDevice", "unique_id", "edge__s1"));
        assertThat(references.of(List.of("LocationSite"), "s1")).containsEntry("hfid", List.of("s1"));
        assertThat(DestinationKeyCollisions.Found.NONE.withoutInvolved(identifiers)).isSameAs(identifiers);
    }

    @Test
    void withoutKeptOriginsTheKindsMappedResourceNamesTheObject() {
        fixture.add("dcim.devices", "100", Map.of("id", 100, "name", "edge", "site", Map.of("id", 1)))
                .add("dcim.devices", "101", Map.of("id", 101, "name", "edge", "site", Map.of("id", 2)));
        PlanningFixture.Planned planned = fixture.plan();
        LoadedSide loaded = planned.source();
        LoadedSide bare = new LoadedSide(loaded.dataset(), loaded.localIds(), loaded.issues(), loaded.recordsRead(),
                loaded.cursors(), loaded.extraction(), loaded.extractedAt(), Map.of());

        DestinationKeyCollisions.Found found = DestinationKeyCollisions.find(planned.model(), bare, planned.destination(),
                planned.changes());

        assertThat(found.errors()).first().satisfies(row -> assertThat(row.message())
                .contains("'edge__s1' (dcim.devices#100)", "'edge__s2' (dcim.devices#101)"));
    }
}
