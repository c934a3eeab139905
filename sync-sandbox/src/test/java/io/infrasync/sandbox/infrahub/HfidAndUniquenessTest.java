package io.infrasync.sandbox.infrahub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** HFIDs and uniqueness constraints that go through a relationship (models/base: interface = device + name). */
class HfidAndUniquenessTest {

    private final InfrahubSandbox sandbox = InfrahubSandbox.start(InfrahubSandboxOptions.defaults()
            .withSchemas(InfrahubSandboxOptions.DEMO_BASE));
    private final GraphqlClient client = new GraphqlClient(sandbox.baseUrl(), sandbox.token());

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void interfacesAreIdentifiedByDeviceNameAndOwnName() {
        client.ok("""
                mutation {
                  site: LocationSiteCreate(data: {name: {value: "atl1"}}) { ok }
                  device: InfraDeviceCreate(data: {name: {value: "d1"}, type: {value: "router"}, site: {hfid: ["atl1"]}}) { ok }
                  eth0: InfraInterfaceL3Create(data: {name: {value: "eth0"}, speed: {value: 1000}, device: {hfid: ["d1"]}}) {
                    object { hfid display_label } }
                }""");
        JsonNode duplicate = client.graphql("/graphql/main", """
                mutation { InfraInterfaceL3Create(data: {name: {value: "eth0"}, speed: {value: 10}, device: {hfid: ["d1"]}}) { ok } }""")
                .body();
        assertThat(duplicate.at("/errors/0/extensions/code").asText()).isEqualTo("UNIQUENESS_VIOLATION");
        assertThat(duplicate.at("/errors/0/extensions/data/fields").toString()).isEqualTo("[\"device\",\"name\"]");

        JsonNode upserted = client.ok("""
                mutation { InfraInterfaceL3Upsert(data: {hfid: ["d1", "eth0"], description: {value: "uplink"}}) {
                  object { hfid description { value } } } }""");
        assertThat(upserted.at("/InfraInterfaceL3Upsert/object/hfid").toString()).isEqualTo("[\"d1\",\"eth0\"]");
        assertThat(upserted.at("/InfraInterfaceL3Upsert/object/description/value").asText()).isEqualTo("uplink");

        client.ok("mutation { InfraDeviceUpdate(data: {hfid: [\"d1\"], name: {value: \"d2\"}}) { ok } }");
        JsonNode renamed = client.ok("{ InfraInterfaceL3(hfid: [\"d2\", \"eth0\"]) { count edges { node { hfid } } } }");
        assertThat(renamed.at("/InfraInterfaceL3/count").asInt()).isEqualTo(1);
        JsonNode byNewHfid = client.ok("""
                mutation { InfraInterfaceL3Update(data: {hfid: ["d2", "eth0"], description: {value: "renamed"}}) { ok } }""");
        assertThat(byNewHfid.at("/InfraInterfaceL3Update/ok").asBoolean()).isTrue();
        assertThat(sandbox.store().count("main", "InfraInterface")).isEqualTo(1);
    }
}
