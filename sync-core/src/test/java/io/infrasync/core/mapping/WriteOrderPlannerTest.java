package io.infrasync.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WriteOrderPlannerTest {

    @Test
    void tiersFollowReferencesAndSortByName() {
        WriteOrder order = WriteOrderPlanner.derive(List.of("Device", "Site", "Tag", "Interface"), List.of(
                new ReferenceEdge("Device", "site", "Site", false),
                new ReferenceEdge("Device", "tags", "Tag", false),
                new ReferenceEdge("Interface", "device", "Device", true),
                new ReferenceEdge("Site", "tags", "Tag", false)));
        assertThat(order.tiers()).containsExactly(List.of("Tag"), List.of("Site"), List.of("Device"), List.of("Interface"));
        assertThat(order.dropped()).isEmpty();
        assertThat(order.explicit()).isFalse();
    }

    @Test
    void selfReferencesAreNotEdges() {
        WriteOrder order = WriteOrderPlanner.derive(List.of("Location", "Tag"),
                List.of(new ReferenceEdge("Location", "parent", "Location", true)));
        assertThat(order.tiers()).containsExactly(List.of("Location", "Tag"));
    }

    @Test
    void optionalEdgesOfACycleAreDropped() {
        WriteOrder order = WriteOrderPlanner.derive(List.of("Device", "IPAddress"), List.of(
                new ReferenceEdge("Device", "primary_address", "IPAddress", false),
                new ReferenceEdge("IPAddress", "device", "Device", true)));
        assertThat(order.dropped()).containsExactly(new ReferenceEdge("Device", "primary_address", "IPAddress", false));
        assertThat(order.tiers()).containsExactly(List.of("Device"), List.of("IPAddress"));
    }

    @Test
    void aCycleOfIdentifierEdgesIsAnErrorNamingIt() {
        assertThatThrownBy(() -> WriteOrderPlanner.derive(List.of("A", "B"), List.of(
                new ReferenceEdge("A", "b", "B", true),
                new ReferenceEdge("B", "a", "A", true))))
                .isInstanceOf(WriteOrderPlanner.CycleException.class)
                .hasMessage("reference cycle through identifiers: A.b -> B, B.a -> A");
    }
}
