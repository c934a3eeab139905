package io.infrasync.core.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrasync.core.domain.value.Values;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompactTest {

    @Test
    void latin1StringsArePackedAndUnpackedLosslessly() {
        for (String s : List.of("a", "device-0000001", "café ÿ", "x".repeat(1000))) {
            Object packed = Compact.pack(s);
            assertThat(packed).isInstanceOf(byte[].class);
            assertThat(Compact.unpack(packed)).isEqualTo(s);
            assertThat(Compact.hash(packed)).isEqualTo(s.hashCode()).isEqualTo(Values.hash(s));
            assertThat(Compact.equal(packed, s)).isTrue();
            assertThat(Compact.equal(s, packed)).isTrue();
            assertThat(Compact.equal(packed, Compact.pack(s))).isTrue();
        }
    }

    @Test
    void otherValuesAreStoredAsTheyAre() {
        assertThat(Compact.pack("")).isEqualTo("");
        assertThat(Compact.pack("✓ check")).isEqualTo("✓ check");
        assertThat(Compact.pack(5)).isEqualTo(5);
        assertThat(Compact.pack(null)).isNull();
        assertThat(Compact.pack(List.of("a"))).isEqualTo(List.of("a"));
        assertThat(Compact.unpack(Map.of())).isEqualTo(Map.of());
    }

    @Test
    void equalityAcrossFormsAndTypes() {
        assertThat(Compact.equal(Compact.pack("abc"), Compact.pack("abd"))).isFalse();
        assertThat(Compact.equal(Compact.pack("abc"), Compact.pack("ab"))).isFalse();
        assertThat(Compact.equal(Compact.pack("1"), 1)).isFalse();
        assertThat(Compact.equal(1, Compact.pack("1"))).isFalse();
        assertThat(Compact.equal(1, 1.0)).isTrue();
        assertThat(Compact.equal(Compact.pack("é"), "é")).isTrue();
        assertThat(Compact.equal(Compact.pack("e"), "é")).isFalse();
    }

    @Test
    void objectsNeverExposeThePackedForm() {
        ModelType t = ModelType.builder("t").field("id").field("d", "default").identifiers("id").attributes("d").build();
        ModelObject o = t.newObject(Map.of("id", "x"));
        assertThat(o.get("d")).isEqualTo("default");
        assertThat(o.attrs().get("d")).isInstanceOf(String.class);
        assertThat(o.attrs().entrySet()).allMatch(e -> e.getValue() instanceof String);
        assertThat(o.identifiers().get("id")).isEqualTo("x");
        assertThat(o.key().parts()).containsExactly("x");
        o.update(Map.of("d", "new"));
        assertThat(o.get("d")).isEqualTo("new");
    }
}
