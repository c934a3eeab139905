package io.infrasync.sandbox.infrahub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One test per error Infrahub reports, compared with the SDK's error catalogue where it has the case. */
class ErrorCasesTest {

    private InfrahubSandbox sandbox = InfrahubSandbox.start(InfrahubSandboxOptions.defaults());
    private GraphqlClient client = new GraphqlClient(sandbox.baseUrl(), sandbox.token());

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void wrongTokenIsRejectedWith401AndTheLegacyEnvelope() {
        GraphqlClient.Answer answer = client.withToken("not-the-token").graphql("/graphql/main", "{ BuiltinTag { count } }");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body().toString())
                .isEqualTo("{\"data\":null,\"errors\":[{\"message\":\"Invalid token\",\"extensions\":{\"code\":401}}]}");
        Shapes.assertSameShape(Shapes.fixture("infrahub/sdk/error_catalogue/rest_legacy_401.json"),
                withoutData(answer.body()));
        assertThat(client.withToken("nope").get("/api/schema?branch=main").status()).isEqualTo(401);
    }

    @Test
    void bearerTokenIsAcceptedAndAWrongOneRejected() {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/graphql/main"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"mutation { BuiltinTagCreate(data: {name: {value: \\\"x\\\"}}) { ok } }\"}"));
        GraphqlClient.Answer ok = client.withToken(null).send(request.copy()
                .header("Authorization", "Bearer " + sandbox.token()).build());
        assertThat(ok.body().at("/data/BuiltinTagCreate/ok").asBoolean()).isTrue();
        GraphqlClient.Answer wrong = client.withToken(null).send(request.header("Authorization", "Bearer abc").build());
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void anonymousReadsAreAllowedByDefaultButWritesNeedAToken() {
        GraphqlClient anonymous = client.withToken(null);
        assertThat(anonymous.graphql("/graphql/main", "{ BuiltinTag { count } }").body().at("/data/BuiltinTag/count").asInt())
                .isZero();
        GraphqlClient.Answer write = anonymous.graphql("/graphql/main",
                "mutation {\n  BuiltinTagCreate(data: {name: {value: \"x\"}}) { ok } }");
        assertThat(write.status()).isEqualTo(200);
        Shapes.assertSameShape(Shapes.fixture("infrahub/sdk/error_catalogue/codes/authentication_required.json"), write.body());
        assertThat(write.body().at("/errors/0/extensions/code").asText()).isEqualTo("AUTHENTICATION_REQUIRED");
        assertThat(sandbox.store().count("main", "BuiltinTag")).isZero();
    }

    @Test
    void anonymousReadsCanBeForbidden() {
        try (InfrahubSandbox closed = InfrahubSandbox.start(InfrahubSandboxOptions.defaults().withAnonymousReads(false))) {
            GraphqlClient anonymous = new GraphqlClient(closed.baseUrl(), null);
            GraphqlClient.Answer answer = anonymous.graphql("/graphql/main", "{ BuiltinTag { count } }");
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.body().at("/errors/0/message").asText()).isEqualTo("Authentication is required");
            assertThat(new GraphqlClient(closed.baseUrl(), closed.token()).graphql("/graphql/main", "{ BuiltinTag { count } }")
                    .status()).isEqualTo(200);
        }
    }

    @Test
    void missingRequiredAttributeIsReportedLikeTheCatalogue() {
        GraphqlClient.Answer answer = client.graphql("/graphql/main",
                "mutation {\n  BuiltinTagCreate(data: {description: {value: \"no name\"}}) { ok object { id } } }");
        assertThat(answer.status()).isEqualTo(200);
        Shapes.assertSameShape(Shapes.fixture("infrahub/sdk/error_catalogue/codes/attribute_required.json"), answer.body());
        assertThat(answer.body().at("/errors/0/message").asText()).isEqualTo("A value is required for BuiltinTag.name");
        assertThat(answer.body().at("/errors/0/path/0").asText()).isEqualTo("BuiltinTagCreate");
        assertThat(answer.body().at("/errors/0/extensions/data/field_name").asText()).isEqualTo("name");
    }

    @Test
    void missingRequiredRelationshipIsRejected() {
        GraphqlClient.Answer answer = client.graphql("/graphql/main",
                "mutation { InfraRackCreate(data: {name: {value: \"r1\"}}) { ok } }");
        assertThat(answer.body().at("/errors/0/message").asText()).isEqualTo("A value is required for InfraRack.location");
        assertThat(answer.body().at("/data/InfraRackCreate").isNull()).isTrue();
    }

    @Test
    void duplicateUniqueValueIsReportedLikeTheCatalogue() {
        client.ok("mutation { BuiltinTagCreate(data: {name: {value: \"John\"}}) { ok } }");
        GraphqlClient.Answer answer = client.graphql("/graphql/main",
                "mutation {\n  BuiltinTagCreate(data: {name: {value: \"John\"}}) { ok } }");
        Shapes.assertSameShape(Shapes.fixture("infrahub/sdk/error_catalogue/codes/uniqueness_violation.json"), answer.body());
        assertThat(answer.body().at("/errors/0/message").asText()).isEqualTo("Node of kind BuiltinTag already has name 'John'");
        assertThat(answer.body().at("/errors/0/extensions/data/fields/0").asText()).isEqualTo("name");
    }

    @Test
    void compositeUniquenessConstraintIsEnforced() {
        try (InfrahubSandbox nautobot = InfrahubSandbox.start(InfrahubSandboxOptions.defaults()
                .withSchemas(InfrahubSandboxOptions.NAUTOBOT_EXAMPLE))) {
            GraphqlClient c = new GraphqlClient(nautobot.baseUrl(), nautobot.token());
            JsonNode ns = c.ok("mutation { NautobotNamespaceCreate(data: {name: {value: \"Global\"}}) { object { id } } }");
            String nsId = ns.at("/NautobotNamespaceCreate/object/id").asText();
            String create = "mutation { InfraPrefixCreate(data: {prefix: {value: \"10.0.0.0/8\"}, ip_namespace: {id: \"" + nsId
                    + "\"}}) { ok } }";
            c.ok(create);
            JsonNode error = c.graphql("/graphql/main", create).body();
            assertThat(error.at("/errors/0/extensions/code").asText()).isEqualTo("UNIQUENESS_VIOLATION");
            assertThat(error.at("/errors/0/extensions/data/fields").toString()).isEqualTo("[\"prefix\",\"ip_namespace\"]");
            assertThat(nautobot.store().count("main", "InfraPrefix")).isEqualTo(1);
        }
    }

    @Test
    void unknownNodeOnUpdateAndDeleteIsReportedLikeTheCatalogue() {
        GraphqlClient.Answer delete = client.graphql("/graphql/main",
                "mutation {\n  BuiltinTagDelete(data: {id: \"john\"}) { ok } }");
        Shapes.assertSameShape(Shapes.fixture("infrahub/sdk/error_catalogue/codes/node_not_found.json"), delete.body());
        assertThat(delete.body().at("/errors/0/message").asText())
                .isEqualTo("Unable to find the node john / BuiltinTag in the database.");
        GraphqlClient.Answer update = client.graphql("/graphql/main",
                "mutation { BuiltinTagUpdate(data: {hfid: [\"ghost\"], description: {value: \"x\"}}) { ok } }");
        assertThat(update.body().at("/errors/0/message").asText())
                .isEqualTo("Unable to find the node ghost / BuiltinTag in the database.");
    }

    @Test
    void unknownPeerIsReportedAsNodeNotFound() {
        GraphqlClient.Answer answer = client.graphql("/graphql/main",
                "mutation { InfraRackCreate(data: {name: {value: \"r\"}, location: {hfid: [\"nowhere\"]}}) { ok } }");
        assertThat(answer.body().at("/errors/0/extensions/code").asText()).isEqualTo("NODE_NOT_FOUND");
        assertThat(answer.body().at("/errors/0/message").asText())
                .isEqualTo("Unable to find the node nowhere / LocationGeneric in the database.");
    }

    @Test
    void invalidValuesAreRejected() {
        GraphqlClient.Answer number = client.graphql("/graphql/main",
                "mutation { InfraVLANCreate(data: {name: {value: \"v\"}, vlan_id: {value: \"ten\"}}) { ok } }");
        assertThat(number.body().at("/errors/0/message").asText()).as(number.body().toString()).contains("BigInt");
        GraphqlClient.Answer enumValue = client.graphql("/graphql/main",
                "mutation { InfraBGPSessionCreate(data: {type: {value: \"OTHER\"}}) { ok } }");
        assertThat(enumValue.body().at("/errors/0/extensions/code").asText()).isEqualTo("ATTRIBUTE_CONSTRAINT_VIOLATION");
    }

    @Test
    void constraintAndTypeViolationsHaveTheCatalogueShape() {
        GraphqlClient.Answer constraint = client.graphql("/graphql/main",
                "mutation {\n  InfraBGPSessionCreate(data: {type: {value: \"OTHER\"}}) { ok } }");
        Shapes.assertSameShape(Shapes.fixture("infrahub/sdk/error_catalogue/codes/attribute_constraint_violation.json"),
                constraint.body());
        assertThat(constraint.body().at("/errors/0/extensions/data/field_name").asText()).isEqualTo("type");
        GraphqlClient.Answer type = client.graphql("/graphql/main",
                "mutation {\n  InfraIPAddressCreate(data: {address: {value: \"not-an-ip\"}}) { ok } }");
        Shapes.assertSameShape(Shapes.fixture("infrahub/sdk/error_catalogue/codes/attribute_invalid_type.json"), type.body());
        assertThat(type.body().at("/errors/0/message").asText())
                .isEqualTo("Value for InfraIPAddress.address must be of type IPHost, received String");
        GraphqlClient.Answer legacy = client.graphql("/graphql/main",
                "mutation { BuiltinTagDelete(data: {id: \"x\"}) { ok } }");
        assertThat(legacy.body().at("/errors/0/path").toString())
                .isEqualTo(Shapes.fixture("infrahub/sdk/error_catalogue/graphql_no_extensions.json").at("/errors/0/path").toString()
                        .replace("TestPersonCreate", "BuiltinTagDelete"));
        assertThat(client.get("/api/schema/TestWidget").body().at("/errors/0/message").asText())
                .isEqualTo(Shapes.fixture("infrahub/sdk/error_catalogue/codes/schema_not_found.json").at("/errors/0/message").asText());
    }

    @Test
    void unknownBranchIs404WithPlainStringErrors() {
        GraphqlClient.Answer answer = client.graphql("/graphql/does-not-exist", "{ BuiltinTag { count } }");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().toString()).isEqualTo("{\"errors\":[\"Branch: does-not-exist not found.\"]}");
        GraphqlClient.Answer rest = client.get("/api/schema?branch=does-not-exist");
        assertThat(rest.status()).isEqualTo(400);
        assertThat(rest.body().at("/errors/0/message").asText()).isEqualTo("Branch: does-not-exist not found.");
    }

    @Test
    void unknownFieldIsAGraphqlValidationError() {
        GraphqlClient.Answer answer = client.graphql("/graphql/main", "{ BuiltinTag { edges { node { colour { value } } } } }");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("data").isNull()).isTrue();
        assertThat(answer.body().at("/errors/0/message").asText()).isEqualTo("Cannot query field 'colour' on type 'BuiltinTag'.");
        assertThat(answer.body().at("/errors/0/locations/0/line").asInt()).isEqualTo(1);
        GraphqlClient.Answer argument = client.graphql("/graphql/main", "{ BuiltinTag(colour__value: \"x\") { count } }");
        assertThat(argument.body().at("/errors/0/message").asText()).contains("colour__value");
    }

    @Test
    void legacyModeSendsErrorsWithoutExtensions() {
        try (InfrahubSandbox legacy = InfrahubSandbox.start(InfrahubSandboxOptions.defaults().withErrorCodes(false))) {
            GraphqlClient c = new GraphqlClient(legacy.baseUrl(), legacy.token());
            c.ok("mutation { BuiltinTagCreate(data: {name: {value: \"a\"}}) { ok } }");
            JsonNode body = c.graphql("/graphql/main", "mutation { BuiltinTagCreate(data: {name: {value: \"a\"}}) { ok } }").body();
            assertThat(body.at("/errors/0/extensions").isMissingNode()).isTrue();
            assertThat(body.at("/errors/0/path/0").asText()).isEqualTo("BuiltinTagCreate");
            assertThat(body.at("/errors/0/message").asText()).isEqualTo("Node of kind BuiltinTag already has name 'a'");
        }
    }

    @Test
    void batchingAndWrongContentTypeAreRefused() {
        GraphqlClient.Answer batch = client.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/graphql/main"))
                .header("Content-Type", "application/json").header("X-INFRAHUB-KEY", sandbox.token())
                .POST(HttpRequest.BodyPublishers.ofString("[{\"query\": \"{ BuiltinTag { count } }\"}]")).build());
        assertThat(batch.status()).isEqualTo(400);
        assertThat(batch.body().toString()).isEqualTo("{\"errors\":[\"This server does not support batching\"]}");
        GraphqlClient.Answer text = client.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/graphql"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.body().at("/errors/0").asText()).isEqualTo("Content-type must be application/json or multipart/form-data");
    }

    private static JsonNode withoutData(JsonNode body) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = body.deepCopy();
        copy.remove("data");
        return copy;
    }

}
