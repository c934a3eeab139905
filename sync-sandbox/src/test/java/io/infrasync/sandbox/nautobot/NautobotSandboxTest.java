package io.infrasync.sandbox.nautobot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infrasync.sandbox.SandboxJson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Nautobot 2.x behaviour: docs example shapes, depth, strict filters, versions, auth, pagination, writes. */
class NautobotSandboxTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private NautobotSandbox nautobot;
    private Http http;

    @BeforeEach
    void start() {
        nautobot = NautobotSandbox.start(NautobotOptions.defaults().withClock(clock)
                .withData(NautobotOptions.Data.generated(5, 6_000)));
        http = new Http(nautobot.baseUrl(), "Token " + nautobot.token());
    }

    @AfterEach
    void stop() {
        nautobot.close();
    }

    private static JsonNode recorded(String name) throws IOException {
        try (InputStream in = NautobotSandboxTest.class.getResourceAsStream("/nautobot/docs-examples/" + name)) {
            return SandboxJson.mapper().readTree(in);
        }
    }

    /** The overview examples were hand-edited upstream; these keys are 1.x/2.1 leftovers a 2.4 server lacks. */
    private static JsonNode withoutStaleKeys(JsonNode example, String... keys) {
        ObjectNode copy = example.deepCopy();
        copy.remove(List.of(keys));
        return copy;
    }

    private JsonNode first(String path) {
        return http.get(path + (path.contains("?") ? "&" : "?") + "limit=1").json().get("results").get(0);
    }

    @Test
    void ipAddressAndLocationDetailsCoverTheDocsExamples() throws IOException {
        String ip = first("/api/ipam/ip-addresses/").get("id").asText();
        JsonNode answer = http.get("/api/ipam/ip-addresses/" + ip + "/").json();
        Shapes.assertCovers(answer, withoutStaleKeys(recorded("ipaddress_detail_depth0.json"), "vrf"), "ip");
        assertThat(Shapes.keys(answer).subList(0, 5)).containsExactly("id", "object_type", "display", "url",
                "natural_slug");
        String location = first("/api/dcim/locations/").get("id").asText();
        // The example's custom field comes from an example app, not from Nautobot.
        ObjectNode example = (ObjectNode) recorded("location_detail_depth0.json");
        example.putObject("custom_fields");
        Shapes.assertCovers(http.get("/api/dcim/locations/" + location + "/").json(), example, "location");
    }

    @Test
    void prefixCreateReplaysTheDocsExample() throws IOException {
        Http.Answer created = http.send("POST", "/api/ipam/prefixes/",
                "{\"prefix\": \"192.0.2.0/24\", \"namespace\": {\"name\": \"Global\"}, \"status\": \"Active\"}");
        assertThat(created.status()).isEqualTo(201);
        Shapes.assertCovers(created.json(), withoutStaleKeys(recorded("prefix_create_response_depth0.json"),
                "location", "family"), "prefix");
        assertThat(created.json().get("status").get("object_type").asText()).isEqualTo("extras.status");
    }

    @Test
    void vlanListsAndGroupsMatchTheCapturedResponses() throws IOException {
        Shapes.assertCovers(http.get("/api/ipam/vlans/?include=computed_fields,relationships&limit=2").json(),
                recorded("vlans_create_via_available_vlans_response.json"), "vlans");
        nautobot.store().create("ipam/vlan-groups", Map.of("name", "Enterprise VLANs", "range", "5-10"));
        JsonNode group = first("/api/ipam/vlan-groups/?include=computed_fields&include=relationships");
        Shapes.assertSameShape(group, recorded("vlangroup_create_response.json").get(0), "vlan group");
        assertThat(group.get("natural_slug").asText()).isEqualTo("enterprise-vlans_" + group.get("id").asText()
                .substring(0, 4));
    }

    @Test
    void depthZeroNestsReferencesAndDepthOneExpands() {
        JsonNode device = first("/api/dcim/devices/");
        assertThat(Shapes.keys(device.get("status"))).containsExactly("id", "object_type", "url");
        assertThat(device.get("tags").isArray()).isTrue();
        JsonNode deep = first("/api/dcim/devices/?depth=1");
        assertThat(deep.get("status").get("name").asText()).isNotEmpty();
        assertThat(deep.get("location").get("location_type").has("object_type")).isTrue();
        assertThat(deep.get("location").has("tags")).isFalse();
    }

    @Test
    void unknownFiltersAreRejectedAndMalformedValuesToo() {
        Http.Answer unknown = http.get("/api/dcim/devices/?foo=bar");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().toString()).isEqualTo("{\"foo\":[\"Unknown filter field\"]}");
        assertThat(http.get("/api/dcim/devices/?id=nope").status()).isEqualTo(400);
        assertThat(http.get("/api/dcim/devices/?last_updated__gte=soon").json().get("last_updated__gte").get(0)
                .asText()).isEqualTo("Enter a valid date/time.");
        assertThat(http.get("/api/dcim/devices/?location=Atlantis").status()).isEqualTo(400);
    }

    @Test
    void foreignKeyFiltersAcceptNamesOrUuids() {
        JsonNode byName = http.get("/api/dcim/devices/?location=SITE-00001").json();
        assertThat(byName.get("count").asInt()).isEqualTo(20);
        UUID site = nautobot.store().idOf("dcim/locations", "SITE-00001").orElseThrow();
        assertThat(http.get("/api/dcim/devices/?location=" + site).json().get("count").asInt()).isEqualTo(20);
        int active = http.get("/api/dcim/devices/?status=Active").json().get("count").asInt();
        int notActive = http.get("/api/dcim/devices/?status__n=Active").json().get("count").asInt();
        assertThat(active + notActive).isEqualTo(nautobot.store().count("dcim/devices"));
    }

    @Test
    void versionNegotiation() {
        Http.Answer v22 = http.send("GET", "/api/status/", null, "Token " + nautobot.token(),
                "application/json; version=2.2");
        assertThat(v22.status()).isEqualTo(200);
        assertThat(v22.raw().headers().firstValue("API-Version")).contains("2.2");
        assertThat(http.get("/api/status/").raw().headers().firstValue("API-Version")).contains("2.4");
        assertThat(http.get("/api/status/?api_version=2.1").raw().headers().firstValue("API-Version")).contains("2.1");
        Http.Answer tooNew = http.send("GET", "/api/status/", null, "Token " + nautobot.token(),
                "application/json; version=3.0");
        assertThat(tooNew.status()).isEqualTo(406);
        assertThat(tooNew.json().get("detail").asText()).startsWith("Invalid version \"3.0\"");
        Http.Answer mismatch = http.send("GET", "/api/status/?api_version=2.1", null, "Token " + nautobot.token(),
                "application/json; version=2.2");
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.json().get("detail").asText())
                .isEqualTo("Version mismatch between \"Accept\" header and query parameter.");
        assertThat(http.get("/api/status/").json().get("nautobot-version").asText()).isEqualTo("2.4.36");
    }

    @Test
    void authenticationFailuresAre403() {
        assertThat(http.send("GET", "/api/dcim/devices/", null, null, null).json().get("detail").asText())
                .isEqualTo("Authentication credentials were not provided.");
        Http.Answer wrong = http.send("GET", "/api/dcim/devices/", null, "Token wrong", null);
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.json().get("detail").asText()).isEqualTo("Invalid token");
    }

    @Test
    void paginationVisitsEveryObjectOnce() {
        Set<String> seen = new HashSet<>();
        String url = "/api/dcim/interfaces/?limit=0";
        while (url != null) {
            JsonNode page = http.get(url).json();
            page.get("results").forEach(i -> assertThat(seen.add(i.get("id").asText())).isTrue());
            url = page.get("next").isNull() ? null : page.get("next").asText();
        }
        assertThat(seen).hasSize(nautobot.store().count("dcim/interfaces"));
        assertThat(http.get("/api/dcim/interfaces/?limit=5000").json().get("results")).hasSize(1000);
    }

    @Test
    void writesBumpLastUpdatedForIncrementalReads() {
        clock.advance(Duration.ofDays(3));
        UUID site = nautobot.store().idOf("dcim/locations", "SITE-00002").orElseThrow();
        nautobot.store().update("dcim/locations", site, Map.of("description", "renovated"));
        JsonNode changed = http.get("/api/dcim/locations/?last_updated__gte=2026-01-04T00:00:00Z").json();
        assertThat(changed.get("count").asInt()).isEqualTo(1);
        assertThat(changed.get("results").get(0).get("last_updated").asText()).isEqualTo("2026-01-04T00:00:00Z");
        Http.Answer patched = http.send("PATCH", "/api/dcim/locations/" + site + "/", "{\"facility\": \"X1\"}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("facility").asText()).isEqualTo("X1");
        assertThat(http.send("DELETE", "/api/dcim/locations/" + site + "/", null).status()).isEqualTo(204);
        assertThat(http.get("/api/dcim/locations/" + site + "/").status()).isEqualTo(404);
    }

    @Test
    void sameSeedGivesTheSameUuids() {
        try (NautobotSandbox again = NautobotSandbox.start(NautobotOptions.defaults()
                .withData(NautobotOptions.Data.generated(5, 6_000)))) {
            assertThat(again.store().ids("dcim/devices")).isEqualTo(nautobot.store().ids("dcim/devices"));
        }
    }
}
