package io.infrasync.core.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.core.domain.value.JsonText;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanJsonTest {

    @Test
    void readsBackWhatThePlanWriterRenders() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "s\"1\\\n\u00e9");
        value.put("asn", 65000L);
        value.put("ratio", 0.5);
        value.put("big", new BigInteger("123456789012345678901234567890"));
        value.put("flag", false);
        value.put("none", null);
        value.put("tags", Arrays.asList("a", 1L, null, List.of(), Map.of()));
        value.put("nested", Map.of("k", List.of(true)));

        assertThat(PlanJson.parseObject(JsonText.render(value))).isEqualTo(value);
    }

    @Test
    void namesTheOffsetOfASyntaxError() {
        assertThatThrownBy(() -> PlanJson.parse("{\"a\": [1, 2}")).hasMessageContaining("offset 11");
        assertThatThrownBy(() -> PlanJson.parse("{} x")).hasMessageContaining("unexpected text");
        assertThatThrownBy(() -> PlanJson.parseObject("[1]")).hasMessageContaining("expected a JSON object");
        assertThat(PlanJson.parse(" \"\\u0041\" ")).isEqualTo("A");
    }
}
