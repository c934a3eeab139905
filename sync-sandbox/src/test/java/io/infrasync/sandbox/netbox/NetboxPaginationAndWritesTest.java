package io.infrasync.sandbox.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrasync.sandbox.Fault;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pagination links, filters, ordering, brief/fields views and writes that bump last_updated. */
class NetboxPaginationAndWritesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private NetboxSandbox netbox;
    private Http http;

    @BeforeEach
    void start() {
        netbox = NetboxSandbox.start(NetboxOptions.defaults().withClock(clock)
                .withData(NetboxOptions.Data.generated(11, 12_000)));
        http = new Http(netbox.baseUrl(), "Token " + netbox.token());
    }

    @AfterEach
    void stop() {
        netbox.close();
    }

    @Test
    void limitZeroMeansMaxPageSizeAndNextPreservesFilters() {
        int interfaces = netbox.store().count("dcim/interfaces");
        assertThat(interfaces).isGreaterThan(1000);
        JsonNode page = http.get("/api/dcim/interfaces/?limit=0&enabled=true").json();
        assertThat(page.get("results")).hasSize(1000);
        assertThat(page.get("next").asText()).isEqualTo(netbox.baseUrl()
                + "/api/dcim/interfaces/?enabled=true&limit=1000&offset=1000");
        assertThat(page.get("previous").isNull()).isTrue();
        JsonNode clamped = http.get("/api/dcim/interfaces/?limit=5000").json();
        assertThat(clamped.get("results")).hasSize(1000);
        assertThat(http.get("/api/dcim/interfaces/?limit=-3").json().get("results")).hasSize(50);
    }

    @Test
    void followingNextVisitsEveryObjectOnceInIdOrder() {
        Set<Long> seen = new HashSet<>();
        long last = 0;
        String url = "/api/dcim/devices/?limit=97";
        int pages = 0;
        while (url != null) {
            JsonNode page = http.get(url).json();
            for (JsonNode device : page.get("results")) {
                long id = device.get("id").asLong();
                assertThat(id).isGreaterThan(last);
                last = id;
                assertThat(seen.add(id)).isTrue();
            }
            url = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        }
        assertThat(seen).hasSize(netbox.store().count("dcim/devices"));
        assertThat(pages).isEqualTo((netbox.store().count("dcim/devices") + 96) / 97);
    }

    @Test
    void previousDropsOffsetOnTheSecondPageAndOffsetBeyondCountIsEmpty() {
        JsonNode second = http.get("/api/dcim/sites/?limit=10&offset=10").json();
        assertThat(second.get("previous").asText()).isEqualTo(netbox.baseUrl() + "/api/dcim/sites/?limit=10");
        JsonNode third = http.get("/api/dcim/sites/?limit=10&offset=20").json();
        assertThat(third.get("previous").asText()).isEqualTo(netbox.baseUrl() + "/api/dcim/sites/?limit=10&offset=10");
        JsonNode beyond = http.get("/api/dcim/sites/?offset=100000").json();
        assertThat(beyond.get("results")).isEmpty();
        assertThat(beyond.get("count").asInt()).isEqualTo(netbox.store().count("dcim/sites"));
    }

    @Test
    void filtersSelectTheRightObjects() {
        JsonNode byIds = http.get("/api/dcim/sites/?id=2&id=5").json();
        assertThat(byIds.get("count").asInt()).isEqualTo(2);
        JsonNode above = http.get("/api/dcim/devices/?id__gt=100&limit=1").json();
        assertThat(above.get("count").asInt()).isEqualTo(netbox.store().count("dcim/devices") - 100);
        assertThat(above.get("results").get(0).get("id").asLong()).isEqualTo(101);
        JsonNode bySite = http.get("/api/dcim/devices/?site_id=1&limit=100").json();
        assertThat(bySite.get("count").asInt()).isEqualTo(20);
        bySite.get("results").forEach(d -> assertThat(d.get("site").get("id").asLong()).isEqualTo(1));
        String slug = netbox.store().get("dcim/sites", 1).orElseThrow().get("slug").toString();
        assertThat(http.get("/api/dcim/devices/?site=" + slug).json().get("count").asInt()).isEqualTo(20);
        JsonNode named = http.get("/api/dcim/sites/?name__ic=00002").json();
        assertThat(named.get("count").asInt()).isEqualTo(1);
        JsonNode ordered = http.get("/api/dcim/sites/?ordering=-name&limit=2").json();
        assertThat(ordered.get("results").get(0).get("name").asText())
                .isGreaterThan(ordered.get("results").get(1).get("name").asText());
    }

    @Test
    void briefAndFieldsViews() {
        JsonNode brief = http.get("/api/dcim/devices/1/?brief=true").json();
        assertThat(Shapes.keys(brief)).containsExactly("id", "url", "display", "name", "description");
        JsonNode fields = http.get("/api/dcim/sites/?fields=id,name,status&limit=1").json().get("results").get(0);
        assertThat(Shapes.keys(fields)).containsExactly("id", "name", "status");
        JsonNode device = http.get("/api/dcim/devices/1/").json();
        assertThat(device.get("site").get("url").asText()).startsWith(netbox.baseUrl() + "/api/dcim/sites/");
        assertThat(device.get("status").get("label").asText()).isNotEmpty();
        assertThat(device.get("display_url").asText()).isEqualTo(netbox.baseUrl() + "/dcim/devices/1/");
        JsonNode iface = http.get("/api/dcim/interfaces/1/").json();
        assertThat(Shapes.keys(iface.get("device"))).containsExactly("id", "url", "display", "name", "description");
    }

    @Test
    void writesBumpLastUpdatedAndIncrementalFiltersSeeThem() {
        clock.advance(Duration.ofDays(1));
        String since = "2026-01-02T00:00:00Z";
        assertThat(http.get("/api/dcim/sites/?last_updated__gte=" + since).json().get("count").asInt()).isZero();

        Http.Answer patched = http.send("PATCH", "/api/dcim/sites/3/", "{\"description\": \"moved\"}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("description").asText()).isEqualTo("moved");
        assertThat(patched.json().get("last_updated").asText()).isEqualTo("2026-01-02T00:00:00Z");

        Http.Answer created = http.send("POST", "/api/dcim/sites/",
                "{\"name\": \"New\", \"slug\": \"new\", \"status\": \"planned\", \"tags\": [{\"name\": \"tag-a\"}]}");
        assertThat(created.status()).isEqualTo(201);
        long newId = created.json().get("id").asLong();
        assertThat(created.json().get("created").asText()).isEqualTo("2026-01-02T00:00:00Z");
        assertThat(created.json().get("tags").get(0).get("slug").asText()).isEqualTo("tag-a");

        netbox.store().update("dcim/devices", 5, Map.of("serial", "CHANGED"));
        JsonNode changed = http.get("/api/dcim/sites/?last_updated__gte=" + since).json();
        assertThat(changed.get("count").asInt()).isEqualTo(2);
        assertThat(http.get("/api/dcim/devices/?last_updated__gte=" + since).json().get("results").get(0)
                .get("serial").asText()).isEqualTo("CHANGED");

        assertThat(http.send("DELETE", "/api/dcim/sites/" + newId + "/", null).status()).isEqualTo(204);
        assertThat(http.get("/api/dcim/sites/" + newId + "/").status()).isEqualTo(404);
    }

    @Test
    void bulkWritesAreAllOrNothing() {
        int before = netbox.store().count("extras/tags");
        Http.Answer bad = http.send("POST", "/api/extras/tags/",
                "[{\"name\": \"ok1\", \"slug\": \"ok1\"}, {\"name\": \"tag-a\", \"slug\": \"dup\"}]");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get(0).size()).isZero();
        assertThat(bad.json().get(1).get("name").get(0).asText()).isEqualTo("tag with this name already exists.");
        assertThat(netbox.store().count("extras/tags")).isEqualTo(before);

        Http.Answer good = http.send("POST", "/api/extras/tags/",
                "[{\"name\": \"n1\", \"slug\": \"n1\"}, {\"name\": \"n2\", \"slug\": \"n2\"}]");
        assertThat(good.status()).isEqualTo(201);
        long first = good.json().get(0).get("id").asLong();
        long second = good.json().get(1).get("id").asLong();
        Http.Answer patched = http.send("PATCH", "/api/extras/tags/",
                "[{\"id\": " + first + ", \"color\": \"ff0000\"}, {\"id\": " + second + ", \"color\": \"00ff00\"}]");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get(1).get("color").asText()).isEqualTo("00ff00");
        assertThat(http.send("DELETE", "/api/extras/tags/", "[{\"id\": " + first + "}, {\"id\": " + second + "}]")
                .status()).isEqualTo(204);
        assertThat(netbox.store().count("extras/tags")).isEqualTo(before);
    }

    @Test
    void protectedObjectsCannotBeDeleted() {
        Http.Answer answer = http.send("DELETE", "/api/dcim/sites/1/", null);
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("detail").asText()).startsWith("Unable to delete object.");
    }

    @Test
    void faultsAndRequestLogComeFromTheSharedServer() throws InterruptedException {
        netbox.server().faults().route("GET", "/api/dcim/sites/", new Fault.TooManyRequests(3), 1);
        Http.Answer throttled = http.get("/api/dcim/sites/");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.raw().headers().firstValue("Retry-After")).contains("3");
        assertThat(http.get("/api/dcim/sites/").status()).isEqualTo(200);
        // The shared server records an entry after closing the exchange, so the client can be faster than the log.
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (netbox.server().requestLog().count(e -> e.path().equals("/api/dcim/sites/")) < 2
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(netbox.server().requestLog().entries()).filteredOn(e -> e.path().equals("/api/dcim/sites/"))
                .extracting(e -> e.status()).containsExactly(429, 200);
    }

    @Test
    void cursorPaginationOn46() {
        JsonNode page = http.get("/api/dcim/devices/?start=0&limit=10").json();
        assertThat(page.get("count").isNull()).isTrue();
        assertThat(page.get("next").asText()).contains("start=11");
        assertThat(http.get("/api/dcim/devices/?start=0&offset=5").status()).isEqualTo(400);
        List<Long> ids = netbox.store().ids("dcim/devices");
        assertThat(page.get("results").get(0).get("id").asLong()).isEqualTo(ids.get(0));
    }
}
