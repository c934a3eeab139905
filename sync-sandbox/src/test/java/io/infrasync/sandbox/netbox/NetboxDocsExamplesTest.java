package io.infrasync.sandbox.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrasync.sandbox.SandboxJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replays the request shapes of NetBox's REST API documentation examples (v4.6 docs) and compares the
 * answers structurally with the recorded ones.
 */
class NetboxDocsExamplesTest {

    private NetboxSandbox netbox;
    private Http http;

    @BeforeEach
    void start() {
        netbox = NetboxSandbox.start(NetboxOptions.defaults());
        http = new Http(netbox.baseUrl(), "Token " + netbox.token());
        long role = netbox.store().create("ipam/roles", Map.of("name", "Staging", "slug", "staging"));
        netbox.store().create("ipam/prefixes", Map.of("prefix", "192.0.2.0/24", "scope_type", "dcim.site",
                "scope_id", 3, "status", "container", "role", role, "description", "Example prefix"));
    }

    @AfterEach
    void stop() {
        netbox.close();
    }

    private static JsonNode recorded(String name) throws IOException {
        try (InputStream in = NetboxDocsExamplesTest.class.getResourceAsStream("/netbox/docs-examples/" + name)) {
            return SandboxJson.mapper().readTree(in);
        }
    }

    private long examplePrefix() {
        return http.get("/api/ipam/prefixes/?prefix=192.0.2.0/24").json().get("results").get(0).get("id").asLong();
    }

    @Test
    void prefixDetail() throws IOException {
        JsonNode answer = http.get("/api/ipam/prefixes/" + examplePrefix() + "/").json();
        Shapes.assertCovers(answer, recorded("prefix_detail_v4.json"), "prefix");
        // 4.5 added owner; otherwise the key sets are equal.
        assertThat(Shapes.keys(answer)).containsExactlyElementsOf(withOwner(recorded("prefix_detail_v4.json")));
    }

    @Test
    void prefixDetailBrief() throws IOException {
        JsonNode answer = http.get("/api/ipam/prefixes/" + examplePrefix() + "/?brief=true").json();
        Shapes.assertSameShape(answer, recorded("prefix_detail_brief_v4.json"), "prefix");
        assertThat(Shapes.keys(answer)).containsExactlyElementsOf(Shapes.keys(recorded("prefix_detail_brief_v4.json")));
    }

    @Test
    void prefixCreateAndPatch() throws IOException {
        Http.Answer created = http.send("POST", "/api/ipam/prefixes/",
                "{\"prefix\": \"192.0.2.0/24\", \"scope_type\": \"dcim.site\", \"scope_id\": 6}");
        assertThat(created.status()).isEqualTo(201);
        Shapes.assertCovers(created.json(), recorded("prefix_create_response_v4.json"), "created");
        assertThat(created.json().get("scope").get("id").asLong()).isEqualTo(6);
        Http.Answer patched = http.send("PATCH", "/api/ipam/prefixes/" + created.json().get("id").asLong() + "/",
                "{\"status\": \"reserved\"}");
        assertThat(patched.status()).isEqualTo(200);
        Shapes.assertCovers(patched.json(), recorded("prefix_patch_response_v4.json"), "patched");
        assertThat(patched.json().get("status").get("value").asText()).isEqualTo("reserved");
    }

    @Test
    void siteFieldsSubset() throws IOException {
        // The documentation example shows a nested region with site_count, as 4.0-4.5 render it.
        try (NetboxSandbox v44 = NetboxSandbox.start(NetboxOptions.defaults().withVersion("4.4"))) {
            JsonNode answer = new Http(v44.baseUrl(), "Token " + v44.token())
                    .get("/api/dcim/sites/?fields=id,name,status,region&id=1").json().get("results").get(0);
            Shapes.assertSameShape(answer, recorded("site_fields_subset_v4.json"), "site");
            assertThat(answer.get("name").asText()).isEqualTo("DM-NYC");
            assertThat(answer.get("region").get("slug").asText()).isEqualTo("us-ny");
        }
    }

    private static java.util.List<String> withOwner(JsonNode recorded) {
        java.util.List<String> keys = new java.util.ArrayList<>(Shapes.keys(recorded));
        keys.add(keys.indexOf("description") + 1, "owner");
        return keys;
    }
}
