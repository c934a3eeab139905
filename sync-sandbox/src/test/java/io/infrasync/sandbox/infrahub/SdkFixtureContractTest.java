package io.infrasync.sandbox.infrahub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Replays the request shapes behind the infrahub-sdk-python fixtures and compares the answers structurally. */
class SdkFixtureContractTest {

    private static InfrahubSandbox sandbox;
    private static GraphqlClient client;

    @BeforeAll
    static void start() {
        sandbox = InfrahubSandbox.start(InfrahubSandboxOptions.defaults()
                .withSchemas(List.of("infrahub/location-test-schema.yml")));
        client = new GraphqlClient(sandbox.baseUrl(), sandbox.token());
        StringBuilder mutation = new StringBuilder("mutation {");
        for (int i = 1; i <= 30; i++) {
            mutation.append(" l").append(i).append(": BuiltinLocationCreate(data: {name: {value: \"Location ")
                    .append(i).append("\"}}) { ok }");
        }
        client.ok(mutation.append(" red: BuiltinTagCreate(data: {name: {value: \"red\"}}) { ok } }").toString());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static final String LOCATION_PAGE = """
            query {
              BuiltinLocation(offset: %d, limit: 3) {
                count
                edges { node { id hfid display_label __typename name { value } description { value }
                               tags { count edges { node { id hfid display_label __typename } } } } }
              }
            }""";

    @Test
    void batchPagesHaveTheRecordedShape() {
        for (String page : List.of("mock_query_location_page1.json", "mock_query_location_page2.json")) {
            JsonNode recorded = Shapes.fixture("infrahub/sdk/batch/" + page);
            GraphqlClient.Answer answer = client.graphql("/graphql/main", LOCATION_PAGE.formatted(page.contains("1") ? 0 : 3));
            assertThat(answer.status()).isEqualTo(200);
            Shapes.assertSameShape(recorded, answer.body());
            JsonNode edges = answer.body().at("/data/BuiltinLocation/edges");
            assertThat(answer.body().at("/data/BuiltinLocation/count").asInt()).isEqualTo(30);
            assertThat(edges).hasSize(3);
            for (JsonNode edge : edges) {
                JsonNode node = edge.get("node");
                assertThat(node.get("__typename").asText()).isEqualTo("BuiltinLocation");
                assertThat(node.get("hfid").get(0).asText()).isEqualTo(node.at("/name/value").asText());
                assertThat(node.get("display_label").asText()).isEqualTo(node.at("/name/value").asText());
                assertThat(node.get("id").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            }
        }
    }

    @Test
    void pagesDoNotOverlapAndCoverEveryObject() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int offset = 0; offset < 30; offset += 7) {
            JsonNode edges = client.ok(LOCATION_PAGE.replace("limit: 3", "limit: 7").formatted(offset))
                    .at("/BuiltinLocation/edges");
            edges.forEach(edge -> assertThat(seen.add(edge.at("/node/id").asText())).isTrue());
        }
        assertThat(seen).hasSize(30);
    }

    @Test
    void tagQueriesAnswerExactlyAsRecorded() {
        JsonNode redTag = client.graphql("/graphql/main",
                "query { BuiltinTag(name__value: \"red\") { edges { node { name { value } } } } }").body();
        assertThat(redTag).isEqualTo(Shapes.fixture("infrahub/sdk/query/red_tag.json"));
        JsonNode transform = client.graphql("/graphql/main",
                "query { BuiltinTag(name__value: \"red\") { edges { node { name { value } description { value } } } } }").body();
        assertThat(transform).isEqualTo(Shapes.fixture("infrahub/sdk/query/case_success_api_return.json"));
    }

    @Test
    void ipamSchemaEntriesCarryTheRecordedFields() {
        try (InfrahubSandbox ipam = InfrahubSandbox.start(InfrahubSandboxOptions.defaults()
                .withSchemas(InfrahubSandboxOptions.DEMO_BASE))) {
            JsonNode schema = new GraphqlClient(ipam.baseUrl(), ipam.token()).get("/api/schema?branch=main").body();
            JsonNode recorded = Shapes.fixture("infrahub/sdk/schema/schema_ipam.json").at("/nodes/0");
            JsonNode ours = kind(schema, "IpamIPPrefix");
            assertThat(ours).isNotNull();
            recorded.fieldNames().forEachRemaining(key -> assertThat(ours.has(key)).as("node key " + key).isTrue());
            JsonNode recordedAttribute = recorded.get("attributes").get(0);
            JsonNode recordedRelationship = recorded.get("relationships").get(0);
            for (JsonNode attribute : ours.get("attributes")) {
                recordedAttribute.fieldNames().forEachRemaining(key -> assertThat(attribute.has(key)).as("attribute key " + key).isTrue());
            }
            for (JsonNode relationship : ours.get("relationships")) {
                recordedRelationship.fieldNames().forEachRemaining(key -> assertThat(relationship.has(key)).as("relationship key " + key).isTrue());
            }
            assertThat(ours.get("inherit_from").toString()).contains("BuiltinIPPrefix");
            assertThat(ours.get("hierarchy").asText()).isEqualTo("BuiltinIPPrefix");
            java.util.List<String> names = new java.util.ArrayList<>();
            ours.get("relationships").forEach(r -> names.add(r.get("name").asText()));
            assertThat(names).contains("ip_namespace", "ip_addresses", "member_of_groups", "subscriber_of_groups",
                    "parent", "children");
        }
    }

    static JsonNode kind(JsonNode schema, String kind) {
        for (String section : List.of("nodes", "generics")) {
            for (JsonNode node : schema.get(section)) {
                if (node.get("kind").asText().equals(kind)) {
                    return node;
                }
            }
        }
        return null;
    }
}
