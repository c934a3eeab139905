package io.infrasync.core.domain.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaSubHashTest {

    private static Map<String, Object> mapping(String identifier, boolean optional) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", "site");
        field.put("mapping", "site.name");
        field.put("reference", "LocationSite");
        field.put("static", null);
        return Map.of(
                "mappings", List.of(Map.of("name", "InfraDevice", "mapping", "dcim.devices",
                        "identifiers", List.of(identifier), "fields", List.of(field), "filters", List.of(),
                        "transforms", List.of())),
                "destination", Map.of("InfraDevice", Map.of("attributes", List.of(
                        Map.of("name", "name", "kind", "Text", "optional", optional)))));
    }

    @Test
    void theHashIsTheFirst12HexOfSha256OverCanonicalJson() throws Exception {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("b", List.of(1, 2.5, true, "x\"y"));
        tree.put("a", null);
        String canonical = "{\"a\":null,\"b\":[1,2.5,true,\"x\\\"y\"]}";
        assertThat(CanonicalJson.render(tree)).isEqualTo(canonical);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        assertThat(SchemaSubHash.compute(tree).value()).isEqualTo(expected);
    }

    @Test
    void mapOrderDoesNotMatterButEveryShapeChangeDoes() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("x", 1);
        one.put("y", 2);
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("y", 2);
        other.put("x", 1);
        assertThat(SchemaSubHash.compute(one)).isEqualTo(SchemaSubHash.compute(other));

        SchemaSubHash base = SchemaSubHash.compute(mapping("name", false));
        assertThat(SchemaSubHash.compute(mapping("name", false))).isEqualTo(base);
        assertThat(SchemaSubHash.compute(mapping("serial", false))).isNotEqualTo(base);
        assertThat(SchemaSubHash.compute(mapping("name", true))).isNotEqualTo(base);
        assertThat(SchemaSubHash.compute(List.of(1, 2))).isNotEqualTo(SchemaSubHash.compute(List.of(2, 1)));
    }

    @Test
    void numbersHaveOneFormAndStringsAreEscaped() {
        assertThat(CanonicalJson.render(List.of(1, 1L, 1.0, 1.0f, new java.math.BigDecimal("1.00")))).isEqualTo("[1,1,1,1,1]");
        assertThat(CanonicalJson.render("tab\there\u0001é")).isEqualTo("\"tab\\there\\u0001é\"");
    }

    @Test
    void valuesWithoutAWellDefinedJsonFormAreRefusedWithTheirPath() {
        assertThatThrownBy(() -> SchemaSubHash.compute(Map.of("kinds", Set.of("a"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$.kinds");
        assertThatThrownBy(() -> SchemaSubHash.compute(List.of(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$[0]");
        assertThatThrownBy(() -> SchemaSubHash.compute(Map.of(1, "x"))).hasMessageContaining("keys must be strings");
    }

    @Test
    void storedHashesAreValidated() {
        assertThat(SchemaSubHash.of(" 0123456789ab\n").value()).isEqualTo("0123456789ab");
        assertThatThrownBy(() -> SchemaSubHash.of("0123456789AB")).hasMessageContaining("12 lower-case hex");
    }
}
