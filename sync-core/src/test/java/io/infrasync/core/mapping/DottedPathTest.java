package io.infrasync.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DottedPathTest {

    private final Map<String, Object> record = Map.of(
            "name", "r1",
            "type", Map.of("label", "1000BASE-T", "value", "1000base-t"),
            "tags", List.of(Map.of("name", "a"), Map.of("name", "b"), Map.of("slug", "c")),
            "empty", Map.of());

    @Test
    void readsNestedMapsAndLists() {
        assertThat(DottedPath.of("name").read(record)).isEqualTo("r1");
        assertThat(DottedPath.of("type.label").read(record)).isEqualTo("1000BASE-T");
        assertThat(DottedPath.of("tags.0.name").read(record)).isEqualTo("a");
        assertThat(DottedPath.of("tags.-1.slug").read(record)).isEqualTo("c");
        assertThat(DottedPath.of("tags.name").read(record)).isEqualTo(List.of("a", "b"));
        assertThat(DottedPath.of("tags.9.name").read(record)).isNull();
    }

    @Test
    void missingOrFalsyIntermediatesGiveNull() {
        assertThat(DottedPath.of("nope.x").read(record)).isNull();
        assertThat(DottedPath.of("empty.x").read(record)).isNull();
        assertThat(DottedPath.of("name.x").read(record)).isNull();
    }

    @Test
    void writeCopyLeavesTheOriginalAlone() {
        Map<String, Object> copy = DottedPath.of("type.label").writeCopy(record, "X");
        assertThat(DottedPath.of("type.label").read(copy)).isEqualTo("X");
        assertThat(DottedPath.of("type.label").read(record)).isEqualTo("1000BASE-T");
        assertThat(DottedPath.of("new.deep").read(DottedPath.of("new.deep").writeCopy(record, 1))).isEqualTo(1);
    }

    @Test
    void rejectsEmptySegments() {
        assertThatThrownBy(() -> DottedPath.of("a..b")).hasMessageContaining("empty segment");
    }
}
