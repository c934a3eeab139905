package io.infrasync.sandbox.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Authentication, version negotiation, malformed filters and validation errors, with NetBox's bodies. */
class NetboxAuthAndErrorsTest {

    private static NetboxSandbox v46;
    private static NetboxSandbox v42;
    private static Http http;

    @BeforeAll
    static void start() {
        v46 = NetboxSandbox.start(NetboxOptions.defaults().withData(NetboxOptions.Data.generated(7, 2000)));
        v42 = NetboxSandbox.start(NetboxOptions.defaults().withVersion("4.2").withData(NetboxOptions.Data.empty()));
        http = new Http(v46.baseUrl(), "Token " + v46.token());
    }

    @AfterAll
    static void stop() {
        v46.close();
        v42.close();
    }

    @Test
    void missingTokenIs403WithDrfBody() {
        Http.Answer answer = http.send("GET", "/api/dcim/sites/", null, null, null);
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().toString()).isEqualTo("{\"detail\":\"Authentication credentials were not provided.\"}");
        assertThat(answer.raw().headers().firstValue("API-Version")).contains("4.6");
    }

    @Test
    void wrongTokenNamesTheTokenGeneration() {
        assertThat(http.send("GET", "/api/dcim/sites/", null, "Token nope", null).json().get("detail").asText())
                .isEqualTo("Invalid v1 token");
        assertThat(http.send("GET", "/api/dcim/sites/", null, "Bearer nbt_sandbox12345.wrong", null).json()
                .get("detail").asText()).isEqualTo("Invalid v2 token");
        assertThat(http.send("GET", "/api/dcim/sites/", null, "Bearer abc", null).json().get("detail").asText())
                .startsWith("Invalid authorization header: Could not parse key from v2 token.");
        Http v42http = new Http(v42.baseUrl(), null);
        Http.Answer old = v42http.send("GET", "/api/dcim/sites/", null, "Token nope", null);
        assertThat(old.status()).isEqualTo(403);
        assertThat(old.json().get("detail").asText()).isEqualTo("Invalid token");
        // Before 4.5 a Bearer header is not NetBox's: ignored, so the request is anonymous.
        assertThat(v42http.send("GET", "/api/dcim/sites/", null, "Bearer " + v46.v2Token(), null).json()
                .get("detail").asText()).isEqualTo("Authentication credentials were not provided.");
    }

    @Test
    void v2BearerTokenIsAcceptedFrom45() {
        Http.Answer answer = http.send("GET", "/api/dcim/sites/?limit=1", null, "Bearer " + v46.v2Token(), null);
        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void anonymousReadsWorkWhenLoginIsNotRequired() {
        try (NetboxSandbox open = NetboxSandbox.start(NetboxOptions.defaults().withLoginRequired(false)
                .withData(NetboxOptions.Data.empty()))) {
            assertThat(new Http(open.baseUrl(), null).get("/api/dcim/sites/").status()).isEqualTo(200);
        }
    }

    @Test
    void acceptHeaderWithAnotherVersionIs406() {
        Http.Answer answer = http.send("GET", "/api/dcim/sites/", null, "Token " + v46.token(),
                "application/json; version=3.7");
        assertThat(answer.status()).isEqualTo(406);
        assertThat(answer.json().get("detail").asText()).isEqualTo("Invalid version in \"Accept\" header.");
        assertThat(http.send("GET", "/api/dcim/sites/?limit=1", null, "Token " + v46.token(),
                "application/json; version=4.6").status()).isEqualTo(200);
    }

    @Test
    void malformedFilterValuesAre400AndUnknownParametersAreIgnored() {
        Http.Answer badId = http.get("/api/dcim/sites/?id=abc");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().toString()).isEqualTo("{\"id\":[\"Enter a number.\"]}");
        Http.Answer badDate = http.get("/api/dcim/sites/?last_updated__gte=yesterday");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("last_updated__gte").get(0).asText()).isEqualTo("Enter a valid date/time.");
        Http.Answer badRelated = http.get("/api/dcim/devices/?site_id=999999");
        assertThat(badRelated.status()).isEqualTo(400);
        assertThat(badRelated.json().get("site_id").get(0).asText())
                .isEqualTo("Select a valid choice. 999999 is not one of the available choices.");
        Http.Answer badChoice = http.get("/api/dcim/sites/?status=bogus");
        assertThat(badChoice.status()).isEqualTo(400);
        Http.Answer unknown = http.get("/api/dcim/sites/?no_such_filter=1&id__in=1,2");
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.json().get("count").asInt()).isEqualTo(v46.store().count("dcim/sites"));
    }

    @Test
    void validationErrorsCarryFieldMessages() {
        Http.Answer missing = http.send("POST", "/api/dcim/sites/", "{\"description\": \"x\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("name").get(0).asText()).isEqualTo("This field is required.");
        assertThat(missing.json().get("slug").get(0).asText()).isEqualTo("This field is required.");

        Http.Answer duplicate = http.send("POST", "/api/dcim/sites/", "{\"name\": \"SITE-00001\", \"slug\": \"new\"}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().toString()).isEqualTo("{\"name\":[\"site with this name already exists.\"]}");

        Http.Answer badFk = http.send("POST", "/api/dcim/devices/",
                "{\"name\": \"d\", \"device_type\": 1, \"role\": 1, \"site\": 424242}");
        assertThat(badFk.json().get("site").get(0).asText())
                .isEqualTo("Related object not found using the provided numeric ID: 424242");

        Http.Answer badAttrs = http.send("POST", "/api/dcim/devices/",
                "{\"name\": \"d\", \"device_type\": 1, \"role\": 1, \"site\": {\"slug\": \"nowhere\"}}");
        assertThat(badAttrs.json().get("site").get(0).asText())
                .isEqualTo("Related object not found using the provided attributes: {'slug': 'nowhere'}");

        Http.Answer badChoice = http.send("POST", "/api/dcim/sites/",
                "{\"name\": \"n\", \"slug\": \"n\", \"status\": \"sleeping\"}");
        assertThat(badChoice.json().get("status").get(0).asText()).isEqualTo("\"sleeping\" is not a valid choice.");

        Http.Answer notJson = http.send("POST", "/api/dcim/sites/", "{oops");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("detail").asText()).startsWith("JSON parse error");
    }

    @Test
    void missingObjectsAndMethodsAndSlashes() {
        Http.Answer missing = http.get("/api/dcim/sites/999999/");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asText()).isEqualTo("No Site matches the given query.");
        assertThat(http.send("POST", "/api/status/", "{}").status()).isEqualTo(405);
        Http.Answer noSlash = http.get("/api/dcim/sites");
        assertThat(noSlash.status()).isEqualTo(301);
        assertThat(noSlash.raw().headers().firstValue("Location")).contains(v46.baseUrl() + "/api/dcim/sites/");
    }

    @Test
    void statusAndRootAnswer() {
        Http.Answer status = http.get("/api/status/");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("netbox-version").asText()).isEqualTo("4.6.8");
        assertThat(status.json().has("installed_apps")).isTrue();
        Http.Answer root = http.get("/api/");
        assertThat(root.json().get("dcim").asText()).isEqualTo(v46.baseUrl() + "/api/dcim/");
        assertThat(http.get("/api/dcim/").json().get("device-types").asText())
                .isEqualTo(v46.baseUrl() + "/api/dcim/device-types/");
    }
}
