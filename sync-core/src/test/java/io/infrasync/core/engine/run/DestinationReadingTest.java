package io.infrasync.core.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.core.mapping.PeerKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DestinationReadingTest {

    @Test
    void flattensInfrahubAttributeAndRelationshipShapes() {
        Map<String, Object> data = Map.of(
                "name", Map.of("value", "s1", "is_protected", false),
                "description", "flat",
                "site", Map.of("node", Map.of("id", "u1", "__typename", "LocationSite")),
                "tags", Map.of("edges", List.of(Map.of("node", Map.of("id", "t1")), Map.of("node", Map.of("id", "t2")))),
                "owners", List.of(Map.of("node", Map.of("id", "o1")), Map.of("id", "o2")),
                "config", Map.of("value", Map.of("k", 1)));

        Map<String, Object> flat = DestinationRecords.flatten(data, Set.of("name", "description", "config"),
                Set.of("site", "tags", "owners"));

        assertThat(flat).containsEntry("name", "s1").containsEntry("description", "flat")
                .containsEntry("site", Map.of("id", "u1", "__typename", "LocationSite"))
                .containsEntry("tags", List.of(Map.of("id", "t1"), Map.of("id", "t2")))
                .containsEntry("owners", List.of(Map.of("id", "o1"), Map.of("id", "o2")))
                .containsEntry("config", Map.of("k", 1));
    }

    @Test
    void locatesPeersByKindHintOrByWhereTheIdWasRead() {
        DestinationPeerLocator locator = new DestinationPeerLocator();
        locator.seen("LocationSite", "u1");
        locator.seen("LocationRegion", "u2");
        List<String> candidates = List.of("LocationRegion", "LocationSite");

        assertThat(locator.locate(Map.of("id", "u1"), candidates)).isEqualTo(new PeerKey("LocationSite", "u1"));
        assertThat(locator.locate("u2", candidates)).isEqualTo(new PeerKey("LocationRegion", "u2"));
        assertThat(locator.locate(Map.of("id", "u9", "kind", "LocationSite"), candidates))
                .isEqualTo(new PeerKey("LocationSite", "u9"));
        assertThat(locator.locate(Map.of("id", 7), List.of("BuiltinTag"))).isEqualTo(new PeerKey("BuiltinTag", "7"));
        assertThatThrownBy(() -> locator.locate("u9", candidates)).hasMessageContaining("not among the objects read");
        assertThatThrownBy(() -> locator.locate(Map.of("name", "x"), candidates)).hasMessageContaining("'id'");
    }
}
