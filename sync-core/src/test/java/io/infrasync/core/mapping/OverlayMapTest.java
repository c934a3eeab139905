package io.infrasync.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverlayMapTest {

    @Test
    void overridesWinAndTheBaseStaysUntouched() {
        Map<String, Object> base = new LinkedHashMap<>(Map.of("a", 1, "b", 2));
        OverlayMap overlay = new OverlayMap(base);
        assertThat(overlay.put("a", 10)).isEqualTo(1);
        overlay.put("c", null);
        overlay.put("d", 4);
        overlay.put("e", 5);
        assertThat(overlay.get("a")).isEqualTo(10);
        assertThat(overlay.get("b")).isEqualTo(2);
        assertThat(overlay.containsKey("c")).isTrue();
        assertThat(overlay.get("c")).isNull();
        assertThat(overlay).containsEntry("e", 5).hasSize(5);
        assertThat(base).isEqualTo(Map.of("a", 1, "b", 2));
    }
}
