package io.infrasync.sandbox.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrasync.sandbox.SandboxJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays every list and detail path of the NetBox 4.2.2 OpenAPI subset against the emulator (set to
 * 4.2, demo data) and checks each answer against the response schema: exactly the schema's keys at
 * every level, and the schema's JSON types.
 */
class NetboxOpenApiContractTest {

    private static NetboxSandbox netbox;
    private static Http http;
    private static JsonNode openapi;

    @BeforeAll
    static void start() throws IOException {
        netbox = NetboxSandbox.start(NetboxOptions.defaults().withVersion("4.2.2"));
        http = new Http(netbox.baseUrl(), "Token " + netbox.token());
        try (InputStream in = NetboxOpenApiContractTest.class.getResourceAsStream(
                "/netbox/openapi/netbox-4.2.2-openapi-subset.json")) {
            openapi = SandboxJson.mapper().readTree(in);
        }
    }

    @AfterAll
    static void stop() {
        netbox.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/dcim/sites/", "/api/dcim/devices/", "/api/dcim/interfaces/", "/api/ipam/prefixes/",
        "/api/ipam/ip-addresses/", "/api/extras/tags/", "/api/tenancy/tenants/"})
    void listAndDetailAnswersMatchTheOpenApiSchema(String path) {
        Http.Answer list = http.get(path + "?limit=1000");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("count").asInt()).as("demo data seeded for %s", path).isPositive();
        List<String> problems = new ArrayList<>();
        conform(list.json(), responseSchema(path, "get"), path, problems);
        long id = list.json().get("results").get(0).get("id").asLong();
        Http.Answer detail = http.get(path + id + "/");
        assertThat(detail.status()).isEqualTo(200);
        conform(detail.json(), responseSchema(path + "{id}/", "get"), path + id, problems);
        assertThat(problems).as("schema mismatches").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/dcim/sites/", "/api/ipam/prefixes/", "/api/tenancy/tenants/"})
    void briefAnswersMatchTheBriefSchemas(String path) {
        JsonNode page = http.get(path + "?brief=1&limit=5").json();
        String kind = switch (path) {
            case "/api/dcim/sites/" -> "BriefSite";
            case "/api/tenancy/tenants/" -> "BriefTenant";
            default -> "BriefPrefix";
        };
        JsonNode schema = openapi.at("/components/schemas/" + kind);
        if (schema.isMissingNode()) {
            return; // not every brief schema is part of the subset
        }
        List<String> problems = new ArrayList<>();
        page.get("results").forEach(item -> conform(item, schema, path, problems));
        assertThat(problems).isEmpty();
    }

    private static JsonNode responseSchema(String path, String method) {
        return openapi.get("paths").get(path).get(method).get("responses").get("200").get("content")
                .get("application/json").get("schema");
    }

    private static JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (true) {
            if (current.has("$ref")) {
                current = openapi.at(current.get("$ref").asText().substring(1));
            } else if (current.has("allOf") && current.get("allOf").size() == 1) {
                current = current.get("allOf").get(0);
            } else {
                return current;
            }
        }
    }

    private static void conform(JsonNode value, JsonNode rawSchema, String path, List<String> problems) {
        JsonNode schema = resolve(rawSchema);
        if (value == null || value.isNull()) {
            return;
        }
        if (schema.has("properties")) {
            if (!value.isObject()) {
                problems.add(path + ": expected an object, got " + value.getNodeType());
                return;
            }
            List<String> expected = Shapes.keys(schema.get("properties"));
            List<String> actual = Shapes.keys(value);
            if (!new java.util.HashSet<>(expected).equals(new java.util.HashSet<>(actual))) {
                List<String> missing = new ArrayList<>(expected);
                missing.removeAll(actual);
                List<String> extra = new ArrayList<>(actual);
                extra.removeAll(expected);
                problems.add(path + ": missing " + missing + ", unexpected " + extra);
            }
            schema.get("properties").fields().forEachRemaining(e -> {
                if (value.has(e.getKey())) {
                    conform(value.get(e.getKey()), e.getValue(), path + "." + e.getKey(), problems);
                }
            });
            return;
        }
        String type = schema.path("type").asText("");
        boolean ok = switch (type) {
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "string" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> true;
        };
        if (!ok) {
            problems.add(path + ": expected " + type + ", got " + value.getNodeType() + " " + value);
        }
        if (type.equals("array") && schema.has("items")) {
            for (JsonNode item : value) {
                conform(item, schema.get("items"), path + "[]", problems);
            }
        }
    }
}
