package io.infrasync.sandbox.infrahub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Create/Update/Upsert/Delete, aliased batches, relationships, lineage and node metadata. */
class MutationTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InfrahubSandbox sandbox = InfrahubSandbox.start(InfrahubSandboxOptions.defaults().withClock(clock));
    private final GraphqlClient client = new GraphqlClient(sandbox.baseUrl(), sandbox.token());

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aliasedMutationsRunInOrderAndOneFailureDoesNotUndoTheOthers() {
        GraphqlClient.Answer answer = client.graphql("/graphql/main", """
                mutation {
                  first: BuiltinTagCreate(data: {name: {value: "blue"}}) { ok object { id name { value } } }
                  second: BuiltinTagCreate(data: {name: {value: "blue"}}) { ok object { id } }
                  third: BuiltinTagCreate(data: {name: {value: "green"}}) { ok object { id name { value } } }
                }""");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.body();
        assertThat(body.at("/data/first/ok").asBoolean()).isTrue();
        assertThat(body.at("/data/second").isNull()).isTrue();
        assertThat(body.at("/data/third/object/name/value").asText()).isEqualTo("green");
        assertThat(body.get("errors")).hasSize(1);
        assertThat(body.at("/errors/0/path").toString()).isEqualTo("[\"second\"]");
        assertThat(body.at("/errors/0/extensions/code").asText()).isEqualTo("UNIQUENESS_VIOLATION");
        assertThat(sandbox.store().list("main", "BuiltinTag")).extracting(node -> node.value("name"))
                .containsExactly("blue", "green");
    }

    @Test
    void relationshipsByIdAndHfidAreVisibleFromBothSides() {
        JsonNode created = client.ok("""
                mutation {
                  tag: BuiltinTagCreate(data: {name: {value: "core"}}) { object { id } }
                  site: LocationGenericCreate(data: {name: {value: "atl1"}, type: {value: "Site"}}) { object { id } }
                  maker: OrganizationGenericCreate(data: {name: {value: "Juniper"}}) { object { id } }
                }""");
        String siteId = created.at("/site/object/id").asText();
        String deviceId = client.ok("""
                mutation {
                  model: ChoiceDeviceTypeCreate(data: {name: {value: "MX204"}, manufacturer: {hfid: ["Juniper"]}}) { ok }
                  device: InfraDeviceCreate(data: {name: {value: "atl1-edge1"}, location: {id: "%s"},
                      model: {hfid: ["MX204"]}, tags: [{hfid: ["core"]}]}) { ok object { id hfid } }
                }""".formatted(siteId)).at("/device/object/id").asText();
        // InfraDevice of the NetBox example schema has no HFID (name is not unique): only its id identifies it.
        JsonNode byHfid = client.graphql("/graphql/main",
                "mutation { x: InfraInterfaceL2L3Create(data: {name: {value: \"eth9\"}, device: {hfid: [\"atl1-edge1\"]}}) { ok } }").body();
        assertThat(byHfid.at("/errors/0/extensions/code").asText()).isEqualTo("NODE_NOT_FOUND");
        client.ok("""
                mutation {
                  eth0: InfraInterfaceL2L3Create(data: {name: {value: "eth0"}, device: {id: "%s"}}) { ok }
                  eth1: InfraInterfaceL2L3Create(data: {name: {value: "eth1"}, device: {id: "%s"}}) { ok }
                }""".formatted(deviceId, deviceId));
        JsonNode device = client.ok("""
                { InfraDevice(name__value: "atl1-edge1") { count edges { node {
                    id hfid display_label __typename
                    location { node { id hfid display_label __typename } }
                    tags { count edges { node { id hfid display_label __typename } } }
                    interfaces { count edges { node { __typename name { value } } } }
                } } } }""").at("/InfraDevice/edges/0/node");
        assertThat(device.at("/location/node/id").asText()).isEqualTo(siteId);
        assertThat(device.at("/location/node/__typename").asText()).isEqualTo("LocationGeneric");
        assertThat(device.at("/tags/count").asInt()).isEqualTo(1);
        assertThat(device.at("/tags/edges/0/node/hfid/0").asText()).isEqualTo("core");
        assertThat(device.at("/interfaces/count").asInt()).isEqualTo(2);
        assertThat(device.at("/interfaces/edges/0/node/__typename").asText()).isEqualTo("InfraInterfaceL2L3");
        JsonNode filtered = client.ok("{ InfraInterfaceL2L3(device__ids: [\"" + device.get("id").asText()
                + "\"], name__values: [\"eth1\", \"eth9\"]) { count edges { node { name { value } device { node { display_label } } } } } }");
        assertThat(filtered.at("/InfraInterfaceL2L3/count").asInt()).isEqualTo(1);
        assertThat(filtered.at("/InfraInterfaceL2L3/edges/0/node/device/node/display_label").asText()).isEqualTo("atl1-edge1");
        JsonNode empty = client.ok("{ InfraDevice { edges { node { rack { node { id } } } } } }");
        assertThat(empty.at("/InfraDevice/edges/0/node/rack/node").isNull()).isTrue();
    }

    @Test
    void updateUpsertAndDeleteMaintainUpdatedAtAndTheStrictAfterFilter() {
        String id = client.ok("mutation { BuiltinTagCreate(data: {name: {value: \"red\"}}) { object { id } } }")
                .at("/BuiltinTagCreate/object/id").asText();
        client.ok("mutation { BuiltinTagCreate(data: {name: {value: \"old\"}}) { ok } }");
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        clock.advance(Duration.ofMinutes(5));
        JsonNode updated = client.ok("mutation { BuiltinTagUpdate(data: {id: \"" + id
                + "\", description: {value: \"warm\"}}) { ok object { description { value } } } }");
        assertThat(updated.at("/BuiltinTagUpdate/object/description/value").asText()).isEqualTo("warm");
        assertThat(sandbox.store().get("main", id).orElseThrow().updatedAt()).isEqualTo(created.plus(Duration.ofMinutes(5)));
        assertThat(sandbox.store().get("main", id).orElseThrow().createdAt()).isEqualTo(created);

        String after = "{ BuiltinTag(node_metadata__updated_at__after: \"%s\") { count edges { node { name { value } } node_metadata { updated_at } } } }";
        JsonNode changed = client.ok(after.formatted("2026-01-01T00:00:00+00:00"));
        assertThat(changed.at("/BuiltinTag/count").asInt()).isEqualTo(1);
        assertThat(changed.at("/BuiltinTag/edges/0/node_metadata/updated_at").asText()).isEqualTo("2026-01-01T00:05:00.000000+00:00");
        assertThat(client.ok(after.formatted("2026-01-01T00:05:00Z")).at("/BuiltinTag/count").asInt())
                .as("__after is a strict bound").isZero();

        clock.advance(Duration.ofMinutes(5));
        client.ok("mutation { BuiltinTagUpdate(data: {id: \"" + id + "\", description: {value: \"warm\"}}) { ok } }");
        assertThat(sandbox.store().get("main", id).orElseThrow().updatedAt())
                .as("an update that changes nothing leaves updated_at alone").isEqualTo(created.plus(Duration.ofMinutes(5)));

        JsonNode upserted = client.ok("""
                mutation {
                  again: BuiltinTagUpsert(data: {name: {value: "red"}, description: {value: "hot"}}) { ok object { id description { value } } }
                  fresh: BuiltinTagUpsert(data: {name: {value: "new"}}) { ok object { id } }
                  byHfid: BuiltinTagUpsert(data: {hfid: ["old"], description: {value: "by hfid"}}) { ok object { name { value } description { value } } }
                }""");
        assertThat(upserted.at("/again/object/id").asText()).isEqualTo(id);
        assertThat(upserted.at("/again/object/description/value").asText()).isEqualTo("hot");
        assertThat(upserted.at("/byHfid/object/description/value").asText()).isEqualTo("by hfid");
        assertThat(sandbox.store().count("main", "BuiltinTag")).isEqualTo(3);

        JsonNode deleted = client.ok("mutation { BuiltinTagDelete(data: {hfid: [\"new\"]}) { ok } }");
        assertThat(deleted.at("/BuiltinTagDelete/ok").asBoolean()).isTrue();
        assertThat(sandbox.store().count("main", "BuiltinTag")).isEqualTo(2);
    }

    @Test
    void lineageIsStoredOnAttributesAndRelationshipEdges() {
        String account = client.ok("""
                mutation { CoreAccountCreate(data: {name: {value: "netbox"}, password: {value: "secret"}}) { object { id } } }""")
                .at("/CoreAccountCreate/object/id").asText();
        String tag = client.ok("""
                mutation { BuiltinTagCreate(data: {name: {value: "red", source: "%s", owner: "%s", is_protected: true}}) {
                  object { id name { value is_protected source { id __typename } owner { id display_label } } } } }"""
                .formatted(account, account)).at("/BuiltinTagCreate/object/id").asText();
        JsonNode read = client.ok("{ BuiltinTag { edges { node { name { value is_protected source { id __typename } } } } } }");
        assertThat(read.at("/BuiltinTag/edges/0/node/name/source/id").asText()).isEqualTo(account);
        assertThat(read.at("/BuiltinTag/edges/0/node/name/source/__typename").asText()).isEqualTo("CoreAccount");
        assertThat(read.at("/BuiltinTag/edges/0/node/name/is_protected").asBoolean()).isTrue();

        String site = client.ok("mutation { LocationGenericCreate(data: {name: {value: \"s\"}, type: {value: \"Site\"}}) { object { id } } }")
                .at("/LocationGenericCreate/object/id").asText();
        client.ok("""
                mutation { LocationGenericUpdate(data: {id: "%s", tags: [{id: "%s", _relation__source: "%s", _relation__is_protected: true}]}) { ok } }"""
                .formatted(site, tag, account));
        JsonNode edge = client.ok("{ LocationGeneric { edges { node { tags { edges { properties { is_protected source { id } } node { id } } } } } } }")
                .at("/LocationGeneric/edges/0/node/tags/edges/0");
        assertThat(edge.at("/properties/source/id").asText()).isEqualTo(account);
        assertThat(edge.at("/properties/is_protected").asBoolean()).isTrue();
        StoredNode stored = sandbox.store().get("main", site).orElseThrow();
        assertThat(stored.relationships().get("tags")).containsExactly(new StoredNode.Edge(tag, account, null, true));

        JsonNode unknown = client.graphql("/graphql/main",
                "mutation { BuiltinTagCreate(data: {name: {value: \"x\", source: \"missing\"}}) { ok } }").body();
        assertThat(unknown.at("/errors/0/extensions/code").asText()).isEqualTo("NODE_NOT_FOUND");
    }

    @Test
    void prefixesAndAddressesLandInTheDefaultNamespaceWithComputedFields() {
        JsonNode answer = client.ok("""
                mutation {
                  p: InfraPrefixCreate(data: {prefix: {value: "10.1.2.0/24"}}) {
                    object { prefix { value prefixlen netmask version } netmask { value } broadcast_address { value }
                             ip_namespace { node { display_label __typename } } } }
                  a: InfraIPAddressCreate(data: {address: {value: "2001:db8::1/64"}}) { object { address { value ip prefixlen } } }
                }""");
        assertThat(answer.at("/p/object/prefix/netmask").asText()).isEqualTo("255.255.255.0");
        assertThat(answer.at("/p/object/broadcast_address/value").asText()).isEqualTo("10.1.2.255");
        assertThat(answer.at("/p/object/ip_namespace/node/display_label").asText()).isEqualTo("default");
        assertThat(answer.at("/p/object/ip_namespace/node/__typename").asText()).isEqualTo("IpamNamespace");
        assertThat(answer.at("/a/object/address/ip").asText()).isEqualTo("2001:db8::1");
        JsonNode generic = client.ok("{ BuiltinIPPrefix { count edges { node { __typename prefix { value } } } } }");
        assertThat(generic.at("/BuiltinIPPrefix/edges/0/node/__typename").asText()).isEqualTo("InfraPrefix");
    }

    @Test
    void storeApiSeesAndChangesWhatClientsSee() {
        StoredNode tag = sandbox.store().create("main", "BuiltinTag", Map.of("name", "seeded"), Map.of());
        assertThat(client.ok("{ BuiltinTag(ids: [\"" + tag.id() + "\"]) { count } }").at("/BuiltinTag/count").asInt()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        sandbox.store().update("main", tag.id(), Map.of("description", "changed behind the client"), Map.of());
        assertThat(client.ok("{ BuiltinTag { edges { node { description { value } } } } }")
                .at("/BuiltinTag/edges/0/node/description/value").asText()).isEqualTo("changed behind the client");
        String dump = sandbox.store().dumpJson();
        sandbox.store().delete("main", tag.id());
        assertThat(sandbox.store().count("main", "BuiltinTag")).isZero();
        try (InfrahubSandbox restored = InfrahubSandbox.start(InfrahubSandboxOptions.defaults().withData(dump))) {
            StoredNode back = restored.store().get("main", tag.id()).orElseThrow();
            assertThat(back.value("description")).isEqualTo("changed behind the client");
            assertThat(back.updatedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:01Z"));
            assertThat(restored.store().count("main", "IpamNamespace")).isEqualTo(1);
        }
    }

    @Test
    void paginationOrderingAndFilters() {
        StringBuilder mutation = new StringBuilder("mutation {");
        for (int i = 0; i < 25; i++) {
            mutation.append(" v").append(i).append(": InfraVLANCreate(data: {name: {value: \"vlan").append(i)
                    .append("\"}, vlan_id: {value: ").append(100 - i).append("}}) { ok }");
        }
        client.ok(mutation.append(" }").toString());
        JsonNode page = client.ok("{ InfraVLAN(offset: 20, limit: 10) { count edges { node { vlan_id { value } } } } }");
        assertThat(page.at("/InfraVLAN/count").asInt()).isEqualTo(25);
        assertThat(page.at("/InfraVLAN/edges")).hasSize(5);
        // order_by vlan_id__value: the last page holds the highest ids
        assertThat(page.at("/InfraVLAN/edges/4/node/vlan_id/value").asLong()).isEqualTo(100);
        JsonNode byValues = client.ok("{ InfraVLAN(vlan_id__values: [99, 98], partial_match: false) { count } }");
        assertThat(byValues.at("/InfraVLAN/count").asInt()).isEqualTo(2);
        JsonNode partial = client.ok("{ InfraVLAN(name__value: \"LAN2\", partial_match: true) { count } }");
        assertThat(partial.at("/InfraVLAN/count").asInt()).isEqualTo(6);
        JsonNode ordered = client.ok("{ InfraVLAN(limit: 1, order: {by: [{field: \"name__value\", direction: DESC}]}) { edges { node { name { value } } } } }");
        assertThat(ordered.at("/InfraVLAN/edges/0/node/name/value").asText()).isEqualTo("vlan9");
        assertThat(client.ok("{ InfraVLAN(limit: 0) { count edges { node { id } } } }").at("/InfraVLAN/edges")).isEmpty();
        List<StoredNode> all = sandbox.store().list("main", "InfraVLAN");
        assertThat(all).hasSize(25);
    }
}
