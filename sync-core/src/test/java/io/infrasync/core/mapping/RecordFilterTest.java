package io.infrasync.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.core.domain.config.FilterOperation;
import io.infrasync.core.domain.config.FilterSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordFilterTest {

    private static boolean test(String op, Object field, Object value) {
        Map<String, Object> record = new HashMap<>();
        record.put("f", field);
        return RecordFilter.compile(new FilterSpec("f", FilterOperation.bySymbol(op).orElseThrow(), value)).test(record);
    }

    @Test
    void equalityIsPythonEquality() {
        assertThat(test("==", 1, 1.0)).isTrue();
        assertThat(test("==", true, 1)).isTrue();
        assertThat(test("==", "1", 1)).isFalse();
        assertThat(test("!=", "a", "b")).isTrue();
        assertThat(test("==", null, null)).isTrue();
        assertThat(test("==", List.of(1, "a"), List.of(1.0, "a"))).isTrue();
    }

    @Test
    void orderingCoercesThroughInt() {
        assertThat(test(">", "42", 41)).isTrue();
        assertThat(test("<", 41.9, "42")).isTrue();
        assertThat(test(">=", " 7 ", 7)).isTrue();
        assertThat(test("<=", true, 1)).isTrue();
        assertThatThrownBy(() -> test(">", "4.5", 1)).hasMessageContaining("Cannot convert '4.5' to int");
        assertThatThrownBy(() -> test(">", null, 1)).hasMessageContaining("Cannot convert 'None' to int");
    }

    @Test
    void inAndNotIn() {
        assertThat(test("in", "b", List.of("a", "b"))).isTrue();
        assertThat(test("in", "ell", "hello")).isTrue();
        assertThat(test("in", "x", List.of())).isFalse();
        assertThat(test("not in", "x", List.of("a"))).isTrue();
        assertThat(test("not in", "a", List.of("a"))).isFalse();
    }

    @Test
    void containsDropsRecordsWithoutTheField() {
        assertThat(test("contains", "dmi01-akron-rtr01", "dmi01")).isTrue();
        assertThat(test("contains", List.of("a", "b"), "b")).isTrue();
        assertThat(test("contains", null, "x")).isFalse();
        assertThat(test("not contains", "dmi01-pdu", "pdu")).isFalse();
        assertThat(test("not contains", "dmi01-rtr", "pdu")).isTrue();
        // the original's "field and value not in field": a falsy field fails the filter
        assertThat(test("not contains", "", "pdu")).isFalse();
    }

    @Test
    void emptiness() {
        for (Object empty : new Object[] {null, "", 0, false, List.of(), Map.of()}) {
            assertThat(test("is_empty", empty, null)).as(String.valueOf(empty)).isTrue();
            assertThat(test("is_not_empty", empty, null)).as(String.valueOf(empty)).isFalse();
        }
        assertThat(test("is_not_empty", "x", null)).isTrue();
    }

    @Test
    void regexIsAnchoredAtTheStartOnly() {
        assertThat(test("regex", "ntt-123", "ntt")).isTrue();
        assertThat(test("regex", "xntt", "ntt")).isFalse();
        assertThat(test("regex", "abc123", "[a-z]+\\d")).isTrue();
        assertThatThrownBy(() -> test("regex", null, "x")).hasMessageContaining("expects a string");
        assertThatThrownBy(() -> RecordFilter.compile(new FilterSpec("f", FilterOperation.REGEX, "(")))
                .hasMessageContaining("invalid regex");
    }

    @Test
    void ipWithinForBothFamilies() {
        assertThat(test("is_ip_within", "10.1.2.3/24", "10.0.0.0/8")).isTrue();
        assertThat(test("is_ip_within", "10.1.2.3", List.of("192.168.0.0/16", "10.1.2.0/30"))).isTrue();
        assertThat(test("is_ip_within", "11.0.0.1", "10.0.0.0/8")).isFalse();
        assertThat(test("is_ip_within", "10.0.0.0/7", "10.0.0.0/8")).isFalse();
        assertThat(test("is_ip_within", "10.0.0.5-10.0.0.9", "10.0.0.0-10.0.0.10")).isTrue();
        assertThat(test("is_ip_within", "2001:db8::1", "2001:db8::/32")).isTrue();
        assertThat(test("is_ip_within", "2001:db9::1", "2001:db8::/32")).isFalse();
        assertThat(test("is_ip_within", "::ffff:10.0.0.1", "::ffff:0:0/96")).isTrue();
        assertThat(test("is_ip_within", "10.0.0.1", "2001:db8::/32")).isFalse();
        assertThat(test("is_ip_within", "10.0.0.1", "10.0.0.0/255.255.255.0")).isTrue();
    }

    @Test
    void dottedFieldsReachNestedValues() {
        Map<String, Object> record = Map.of("device", Map.of("name", "dmi01-rtr"));
        assertThat(RecordFilter.compile(new FilterSpec("device.name", FilterOperation.CONTAINS, "dmi01")).test(record)).isTrue();
    }
}
