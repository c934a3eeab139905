package io.infrasync.core.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValuePoolTest {

    @Test
    void equalStringsOfOneFieldShareOneInstanceUpToTheBound() {
        ValuePool pool = new ValuePool(2);
        String a1 = new String("active");
        String a2 = new String("active");
        assertThat(pool.intern("status", a1)).isSameAs(a1);
        assertThat(pool.intern("status", a2)).isSameAs(a1);
        pool.intern("status", "planned");
        String third = new String("offline");
        assertThat(pool.intern("status", third)).isSameAs(third);
        assertThat(pool.intern("status", new String("offline"))).isNotSameAs(third);
        assertThat(pool.distinct("status")).isEqualTo(2);
        assertThat(pool.intern("other", 5)).isEqualTo(5);
        assertThat(pool.intern("other", null)).isNull();
        assertThat(pool.distinct("other")).isZero();
        assertThatThrownBy(() -> new ValuePool(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
