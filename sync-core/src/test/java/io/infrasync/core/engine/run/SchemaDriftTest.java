package io.infrasync.core.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrasync.core.domain.run.CanonicalJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaDriftTest {

    static Map<String, Object> shape(List<Object> mappings, Map<String, Object> destination) {
        return Map.of("mappings", mappings, "destination", destination);
    }

    static Map<String, Object> entry(String name, String mapping, List<String> identifiers, Object fields) {
        return Map.of("name", name, "mapping", mapping, "identifiers", identifiers, "fields", fields,
                "filters", List.of(), "transforms", List.of());
    }

    static Map<String, Object> kind(Map<String, Object> attributes, Map<String, Object> relationships) {
        return Map.of("attributes", attributes, "relationships", relationships, "inherit_from", List.of());
    }

    @Test
    void namesMappingAndDestinationChanges() {
        Map<String, Object> then = shape(
                List.of(entry("LocationSite", "dcim.sites", List.of("name"), List.of(Map.of("name", "name", "mapping", "slug"))),
                        entry("BuiltinTag", "extras.tags", List.of("name"), List.of())),
                Map.of("LocationSite", kind(Map.of("name", List.of("Text", false, true), "asn", List.of("Number", true, false)),
                        Map.of("tags", List.of("BuiltinTag", "many", true)))));
        Map<String, Object> now = shape(
                List.of(entry("LocationSite", "dcim.sites", List.of("name"), List.of(Map.of("name", "name", "mapping", "name"))),
                        entry("InfraDevice", "dcim.devices", List.of("name"), List.of())),
                Map.of("LocationSite", kind(Map.of("name", List.of("Text", false, true), "facility", List.of("Text", true, false)),
                        Map.of("tags", List.of("BuiltinTag", "many", false))), "InfraDevice", kind(Map.of(), Map.of())));

        assertThat(SchemaDrift.describe(then, now)).containsExactly(
                "mapping BuiltinTag <- extras.tags removed",
                "mapping InfraDevice <- dcim.devices added",
                "mapping LocationSite <- dcim.sites: fields changed",
                "destination kind InfraDevice added",
                "destination LocationSite.asn: attribute removed",
                "destination LocationSite.facility: attribute added",
                "destination LocationSite.tags: relationship changed from [BuiltinTag, many, true] to [BuiltinTag, many, false]");
    }

    @Test
    void aShapeReadBackFromItsJsonEqualsItselfAndLongListsAreCut() {
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(entry("Kind" + i, "app.model" + i, List.of("name"), List.of(Map.of("name", "n", "static", 0))));
        }
        Map<String, Object> shape = shape(many, Map.of());
        Map<String, Object> readBack = PlanJson.parseObject(CanonicalJson.render(shape));

        assertThat(SchemaDrift.describe(readBack, shape)).isEmpty();
        List<String> drift = SchemaDrift.describe(shape(List.of(), Map.of()), shape);
        assertThat(drift).hasSize(9).last().isEqualTo("and 4 more");
    }
}
