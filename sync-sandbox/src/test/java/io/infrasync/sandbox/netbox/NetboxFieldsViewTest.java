package io.infrasync.sandbox.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrasync.sandbox.testing.Http;
import io.infrasync.sandbox.testing.MutableClock;
import io.infrasync.sandbox.testing.Shapes;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ?fields=} as NetBox 4.0+ serves it (netbox/api/serializers/base.py, {@code BaseModelSerializer.fields}):
 * a comma-separated list; the serializer keeps its own field order, ignores names it does not have, serves
 * {@code id} only when asked for, and renders related objects in their nested brief form.
 */
class NetboxFieldsViewTest {

    private NetboxSandbox netbox;
    private Http http;

    @BeforeEach
    void start() {
        netbox = NetboxSandbox.start(NetboxOptions.defaults()
                .withClock(new MutableClock(Instant.parse("2026-01-01T00:00:00Z")))
                .withData(NetboxOptions.Data.generated(5, 800)));
        http = new Http(netbox.baseUrl(), "Token " + netbox.token());
    }

    @AfterEach
    void stop() {
        netbox.close();
    }

    @Test
    void servesExactlyTheKnownAskedFieldsInSerializerOrder() {
        JsonNode page = http.get("/api/dcim/interfaces/?fields=tags,name,no_such_field,device,id&limit=50").json();
        JsonNode full = http.get("/api/dcim/interfaces/?limit=50").json();

        assertThat(page.get("count")).isEqualTo(full.get("count"));
        assertThat(page.get("results")).hasSize(50);
        for (int i = 0; i < 50; i++) {
            JsonNode object = page.get("results").get(i);
            JsonNode complete = full.get("results").get(i);
            assertThat(Shapes.keys(object)).containsExactly("id", "device", "name", "tags");
            for (String key : List.of("id", "device", "name", "tags")) {
                assertThat(object.get(key)).as(key).isEqualTo(complete.get(key));
            }
        }
    }

    @Test
    void idIsServedOnlyWhenAskedFor() {
        JsonNode object = http.get("/api/dcim/sites/?fields=name&limit=1").json().get("results").get(0);
        assertThat(Shapes.keys(object)).containsExactly("name");
        JsonNode detail = http.get("/api/dcim/sites/1/?fields=slug,url").json();
        assertThat(Shapes.keys(detail)).containsExactly("url", "slug");
    }

    @Test
    void aCachedSelectionFollowsWrites() {
        String url = "/api/dcim/sites/?fields=id,description&id=2";
        assertThat(http.get(url).json().get("results").get(0).get("description").asText()).isNotEqualTo("moved");
        netbox.store().update("dcim/sites", 2L, Map.of("description", "moved"));
        assertThat(http.get(url).json().get("results").get(0).get("description").asText()).isEqualTo("moved");
    }
}
