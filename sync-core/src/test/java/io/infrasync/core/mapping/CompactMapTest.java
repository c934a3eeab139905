package io.infrasync.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompactMapTest {

    @Test
    void behavesLikeAnInsertionOrderedMap() {
        Map<String, Object> compact = new CompactMap<>(1);
        Map<String, Object> reference = new LinkedHashMap<>();
        for (Map<String, Object> map : java.util.List.of(compact, reference)) {
            map.put("a", 1);
            map.put("b", null);
            map.put("c", "x");
            map.put("a", 2);
            map.remove("b");
            map.put("d", false);
        }
        assertThat(compact).isEqualTo(reference).hasSameHashCodeAs(reference);
        assertThat(compact.keySet()).containsExactly("a", "c", "d");
        assertThat(compact.get("a")).isEqualTo(2);
        assertThat(compact.containsKey("b")).isFalse();
        assertThat(compact.remove("missing")).isNull();
        Iterator<Map.Entry<String, Object>> entries = compact.entrySet().iterator();
        entries.next();
        entries.remove();
        assertThat(compact.keySet()).containsExactly("c", "d");
        compact.put("e", null);
        assertThat(compact.containsKey("e")).isTrue();
        assertThat(compact).hasSize(3).containsEntry("e", null);
    }
}
