package io.infrasync.sandbox.infrahub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/schema}, {@code /api/info}, {@code /api/config}, {@code /schema.graphql} and the example-config pairing. */
class SchemaEndpointTest {

    private static InfrahubSandbox sandbox;
    private static GraphqlClient client;

    @BeforeAll
    static void start() {
        sandbox = InfrahubSandbox.start(InfrahubSandboxOptions.defaults());
        client = new GraphqlClient(sandbox.baseUrl(), sandbox.token());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void apiSchemaHasInfrahubsTopLevelShape() {
        GraphqlClient.Answer answer = client.get("/api/schema?branch=main");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode schema = answer.body();
        assertThat(schema.fieldNames()).toIterable().containsExactly("main", "nodes", "generics", "profiles", "templates", "namespaces");
        assertThat(schema.get("main").asText()).matches("[0-9a-f]{32}").isEqualTo(sandbox.schemaHash());
        JsonNode device = SdkFixtureContractTest.kind(schema, "InfraDevice");
        assertThat(device.get("hash").asText()).matches("[0-9a-f]{32}");
        assertThat(device.get("inherit_from").toString()).isEqualTo("[\"CoreArtifactTarget\"]");
        assertThat(device.get("namespace").asText()).isEqualTo("Infra");
        JsonNode interfaceGeneric = SdkFixtureContractTest.kind(schema, "InfraInterface");
        assertThat(interfaceGeneric.get("used_by").toString()).contains("InfraInterfaceL2L3", "InfraInterfaceL3", "InfraInterfaceL2");
        JsonNode tag = SdkFixtureContractTest.kind(schema, "BuiltinTag");
        assertThat(tag.get("human_friendly_id").toString()).isEqualTo("[\"name__value\"]");
        JsonNode ipPrefix = SdkFixtureContractTest.kind(schema, "BuiltinIPPrefix");
        assertThat(ipPrefix.get("used_by").toString()).isEqualTo("[\"InfraPrefix\"]");
        assertThat(client.get("/api/schema?branch=main&namespaces=Infra").body().get("nodes"))
                .allSatisfy(node -> assertThat(node.get("namespace").asText()).isEqualTo("Infra"));
        assertThat(client.get("/api/schema/BuiltinTag").body().get("kind").asText()).isEqualTo("BuiltinTag");
        assertThat(client.get("/api/schema/NoSuchKind").status()).isEqualTo(422);
        assertThat(client.get("/api/schema/summary").body().at("/nodes/BuiltinTag").asText())
                .isEqualTo(tag.get("hash").asText());
    }

    @Test
    void relationshipsGetIdentifiersAndEveryNodeGetsGroupRelationships() {
        JsonNode device = SdkFixtureContractTest.kind(client.get("/api/schema").body(), "InfraDevice");
        List<String> names = new ArrayList<>();
        for (JsonNode relationship : device.get("relationships")) {
            names.add(relationship.get("name").asText());
            assertThat(relationship.get("identifier").asText()).isNotBlank();
            if (relationship.get("name").asText().equals("interfaces")) {
                assertThat(relationship.get("identifier").asText()).isEqualTo("device__interface");
            }
            if (relationship.get("name").asText().equals("rack")) {
                assertThat(relationship.get("identifier").asText()).isEqualTo("infradevice__infrarack");
            }
        }
        assertThat(names).contains("member_of_groups", "subscriber_of_groups", "location", "interfaces");
    }

    @Test
    void infoConfigAndSdlAreServed() {
        JsonNode info = client.get("/api/info").body();
        assertThat(info.get("version").asText()).isEqualTo("1.10.6");
        assertThat(info.get("deployment_id").asText()).isNotBlank();
        assertThat(client.get("/api/config").body().at("/main/allow_anonymous_access").asBoolean()).isTrue();
        assertThat(client.ok("{ InfrahubInfo { version deployment_id } }").at("/InfrahubInfo/version").asText()).isEqualTo("1.10.6");
        String sdl = client.getText("/schema.graphql");
        assertThat(sdl).contains("type InfraDevice implements CoreNode & CoreArtifactTarget", "interface BuiltinIPPrefix",
                "InfraDeviceUpsert(context: ContextInput, data: InfraDeviceUpsertInput!): InfraDeviceUpsert");
        assertThat(sdl).isEqualTo(sandbox.graphqlSchema());
    }

    /** The shared types and the BuiltinTag/IpamNamespace/IP generics match a stock 1.10.6 field by field. */
    @Test
    void generatedSdlMatchesTheStockSubsetFieldByField() {
        TypeDefinitionRegistry stock = new SchemaParser().parse(Shapes.text("infrahub/infrahub-1.10-core-subset.graphql"));
        TypeDefinitionRegistry ours = new SchemaParser().parse(sandbox.graphqlSchema());
        // Emulator limits, documented in docs/sandbox-infrahub.md: no profiles, resource pools, IP availability.
        Set<String> unsupported = Set.of("profiles", "resource_pool", "include_available", "is_externally_managed");
        List<String> problems = new ArrayList<>();
        for (TypeDefinition<?> type : stock.types().values()) {
            String name = type.getName();
            if (name.equals("CoreGenericAccount") || name.contains("CoreIPPool") || name.contains("CoreProfile")) {
                continue;
            }
            TypeDefinition<?> mine = ours.getType(name).orElse(null);
            if (mine == null) {
                problems.add("missing type " + name);
                continue;
            }
            Set<String> stockFields = fields(type);
            Set<String> myFields = fields(mine);
            for (String field : stockFields) {
                if (!myFields.contains(field) && unsupported.stream().noneMatch(field::contains)) {
                    problems.add(name + "." + field);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Set<String> fields(TypeDefinition<?> type) {
        Set<String> names = new HashSet<>();
        if (type instanceof ObjectTypeDefinition object) {
            for (FieldDefinition field : object.getFieldDefinitions()) {
                names.add(field.getName());
                for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                    names.add(field.getName() + "(" + argument.getName() + ")");
                }
            }
        } else if (type instanceof InterfaceTypeDefinition object) {
            object.getFieldDefinitions().forEach(field -> names.add(field.getName()));
        } else if (type instanceof InputObjectTypeDefinition input) {
            input.getInputValueDefinitions().forEach(field -> names.add(field.getName()));
        }
        return names;
    }

    /** Every kind and field netbox_to_infrahub.config.yml maps exists in models/examples/netbox.yml plus the core schema. */
    @Test
    void netboxExampleConfigValidatesAgainstTheServedSchema() throws Exception {
        JsonNode served = client.get("/api/schema?branch=main").body();
        assertThat(missingMappings("infrahub/netbox_to_infrahub.config.yml", served)).isEmpty();
    }

    /** The Nautobot example drifts from its schema upstream; the emulator shows exactly that drift and no more. */
    @Test
    void nautobotExampleConfigShowsOnlyTheKnownUpstreamDrift() throws Exception {
        try (InfrahubSandbox nautobot = InfrahubSandbox.start(InfrahubSandboxOptions.defaults()
                .withSchemas(InfrahubSandboxOptions.NAUTOBOT_EXAMPLE))) {
            JsonNode served = new GraphqlClient(nautobot.baseUrl(), nautobot.token()).get("/api/schema").body();
            List<String> missing = missingMappings("infrahub/nautobot-v2_to_infrahub.config.yml", served);
            assertThat(missing).allSatisfy(problem -> assertThat(problem).doesNotContain("unknown kind"));
            assertThat(missing).contains("InfraIPAddress.status");
        }
    }

    private static List<String> missingMappings(String config, JsonNode served) throws Exception {
        JsonNode mapping = new ObjectMapper(new YAMLFactory()).readTree(Shapes.text(config)).get("schema_mapping");
        List<String> problems = new ArrayList<>();
        for (JsonNode entry : mapping) {
            String kind = entry.get("name").asText();
            JsonNode schema = SdkFixtureContractTest.kind(served, kind);
            if (schema == null) {
                problems.add("unknown kind " + kind);
                continue;
            }
            Set<String> fields = new HashSet<>();
            schema.get("attributes").forEach(a -> fields.add(a.get("name").asText()));
            schema.get("relationships").forEach(r -> fields.add(r.get("name").asText()));
            for (JsonNode field : entry.path("fields")) {
                String name = field.get("name").asText();
                if (!fields.contains(name)) {
                    problems.add(kind + "." + name);
                }
                if (field.has("reference") && SdkFixtureContractTest.kind(served, field.get("reference").asText()) == null) {
                    problems.add("unknown kind " + field.get("reference").asText());
                }
            }
            for (JsonNode identifier : entry.path("identifiers")) {
                if (!fields.contains(identifier.asText())) {
                    problems.add(kind + "." + identifier.asText() + " (identifier)");
                }
            }
        }
        return problems;
    }
}
