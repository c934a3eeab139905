package io.infrasync.core.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuePoolTest {

    @Test
    void equalStringsOfOneFieldShareOneStoredValueUpToTheBound() {
        ValuePool pool = new ValuePool(2);
        Object first = pool.intern("status", new String("active"));
        assertThat(pool.intern("status", new String("active"))).isSameAs(first);
        pool.intern("status", "planned");
        String third = new String("offline");
        assertThat(pool.intern("status", third)).isSameAs(third); // bound reached: passes through
        assertThat(pool.distinct("status")).isEqualTo(2);
        assertThat(pool.intern("other", 5)).isEqualTo(5);
        assertThat(pool.intern("other", null)).isNull();
        assertThat(pool.distinct("other")).isZero();
        assertThatThrownBy(() -> new ValuePool(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pooledValuesBuildObjectsThatReadBackAsStrings() {
        ModelType t = ModelType.builder("t").identifiers("id").attributes("status").build();
        ValuePool pool = new ValuePool();
        ModelObject a = t.newObjectFromSlots(pool.intern("id", "a"), pool.intern("status", "active"));
        ModelObject b = t.newObject(Map.of("id", "b", "status", pool.intern("status", new String("active"))));
        assertThat(a.get("status")).isEqualTo("active");
        assertThat(a.attrs()).isEqualTo(b.attrs()).isEqualTo(Map.of("status", "active"));
        assertThat(a.uid()).isEqualTo("a");
    }
}
