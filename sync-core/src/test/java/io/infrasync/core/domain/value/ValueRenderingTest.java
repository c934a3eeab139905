package io.infrasync.core.domain.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ValueRenderingTest {

    @Test
    void jsonEscapesStringsPerRfc8259LikePythonJsonDumps() {
        assertThat(JsonText.render("a\"b\\c/d\n\r\t\b\f\u0001")).isEqualTo("\"a\\\"b\\\\c/d\\n\\r\\t\\b\\f\\u0001\"");
        assertThat(JsonText.render("café ✓ \u007f")).isEqualTo("\"caf\\u00e9 \\u2713 \\u007f\"");
        assertThat(JsonText.render("😀")).isEqualTo("\"\\ud83d\\ude00\"");
    }

    @Test
    void jsonRendersScalarsListsAndMaps() {
        assertThat(JsonText.render(null)).isEqualTo("null");
        assertThat(JsonText.render(true)).isEqualTo("true");
        assertThat(JsonText.render(false)).isEqualTo("false");
        assertThat(JsonText.render(42)).isEqualTo("42");
        assertThat(JsonText.render(-7L)).isEqualTo("-7");
        assertThat(JsonText.render(new BigInteger("123456789012345678901234567890"))).isEqualTo("123456789012345678901234567890");
        assertThat(JsonText.render(1.0)).isEqualTo("1.0");
        assertThat(JsonText.render(0.1)).isEqualTo("0.1");
        assertThat(JsonText.render(1e20)).isEqualTo("1e+20");
        assertThat(JsonText.render(1.5e-7)).isEqualTo("1.5e-07");
        assertThat(JsonText.render(123456.789)).isEqualTo("123456.789");
        assertThat(JsonText.render(new BigDecimal("12.50"))).isEqualTo("12.50");
        assertThat(JsonText.render(List.of())).isEqualTo("[]");
        assertThat(JsonText.render(Arrays.asList(1, "a", null, List.of(true)))).isEqualTo("[1, \"a\", null, [true]]");
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("z", 1);
        ordered.put("a", Map.of());
        assertThat(JsonText.render(ordered)).isEqualTo("{\"z\": 1, \"a\": {}}");
    }

    @Test
    void jsonSortsKeysOfUnorderedMapsSoOutputIsDeterministic() {
        Map<String, Object> unordered = new HashMap<>();
        for (String k : List.of("delta", "alpha", "charlie", "bravo")) {
            unordered.put(k, k.length());
        }
        assertThat(JsonText.render(unordered)).isEqualTo("{\"alpha\": 5, \"bravo\": 5, \"charlie\": 7, \"delta\": 5}");
        assertThat(JsonText.render(new TreeMap<>(Map.of("b", 1, "a", 2)))).isEqualTo("{\"a\": 2, \"b\": 1}");
    }

    @Test
    void jsonRejectsWhatItCannotRepresent() {
        assertThatThrownBy(() -> JsonText.render(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> JsonText.render(Map.of(1, "x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keys must be strings");
        assertThatThrownBy(() -> JsonText.render(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a JSON-like value");
    }

    @Test
    void pythonStrAndReprMatchPython() {
        assertThat(PythonText.str("abc")).isEqualTo("abc");
        assertThat(PythonText.str(null)).isEqualTo("None");
        assertThat(PythonText.str(true)).isEqualTo("True");
        assertThat(PythonText.str(5)).isEqualTo("5");
        assertThat(PythonText.str(2.0)).isEqualTo("2.0");
        assertThat(PythonText.repr("it's")).isEqualTo("\"it's\"");
        assertThat(PythonText.repr("a'b\"c")).isEqualTo("'a\\'b\"c'");
        assertThat(PythonText.repr("x\ny")).isEqualTo("'x\\ny'");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", "spine");
        m.put("tag", "");
        m.put("d", null);
        m.put("l", List.of("a", 1));
        assertThat(PythonText.str(m)).isEqualTo("{'role': 'spine', 'tag': '', 'd': None, 'l': ['a', 1]}");
        assertThat(PythonText.str(Map.of())).isEqualTo("{}");
    }

    @Test
    void equalityIsStructuralWithNumbersByValue() {
        assertThat(Values.equal(1, 1L)).isTrue();
        assertThat(Values.equal(1, 1.0)).isTrue();
        assertThat(Values.equal(new BigDecimal("1.00"), 1)).isTrue();
        assertThat(Values.equal(0.1, new BigDecimal("0.1"))).isFalse(); // binary 0.1 is not decimal 0.1
        assertThat(Values.equal(1, 2)).isFalse();
        assertThat(Values.equal(true, 1)).isFalse();
        assertThat(Values.equal("1", 1)).isFalse();
        assertThat(Values.equal(null, null)).isTrue();
        assertThat(Values.equal(null, "")).isFalse();
        assertThat(Values.equal(List.of(1, List.of(2)), List.of(1L, List.of(2.0)))).isTrue();
        assertThat(Values.equal(List.of(1, 2), List.of(2, 1))).isFalse();
        assertThat(Values.equal(Map.of("a", 1), new HashMap<>(Map.of("a", 1L)))).isTrue();
        assertThat(Values.equal(Map.of("a", 1), Map.of("b", 1))).isFalse();
        assertThat(Values.equal(Double.NaN, Double.NaN)).isFalse();
    }

    @Test
    void equalValuesHashAlike() {
        assertThat(Values.hash(1)).isEqualTo(Values.hash(1L)).isEqualTo(Values.hash(1.0))
                .isEqualTo(Values.hash(new BigDecimal("1.000"))).isEqualTo(Values.hash(BigInteger.ONE));
        assertThat(Values.hash(List.of(1, "a"))).isEqualTo(Values.hash(List.of(1L, "a")));
        assertThat(Values.hash(Map.of("a", 2))).isEqualTo(Values.hash(Map.of("a", 2.0)));
        assertThat(Values.hash(new BigDecimal("2.5"))).isEqualTo(Values.hash(new BigDecimal("2.50")));
    }
}
