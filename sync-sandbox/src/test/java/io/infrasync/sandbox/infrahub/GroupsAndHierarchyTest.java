package io.infrasync.sandbox.infrahub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Group membership through the core group relationships, and hierarchical generics. */
class GroupsAndHierarchyTest {

    @Test
    void groupMembersAndMemberOfGroupsAreTwoSidesOfOneEdge() {
        try (InfrahubSandbox sandbox = InfrahubSandbox.start(InfrahubSandboxOptions.defaults())) {
            GraphqlClient client = new GraphqlClient(sandbox.baseUrl(), sandbox.token());
            String tag = client.ok("mutation { BuiltinTagCreate(data: {name: {value: \"t\"}}) { object { id } } }")
                    .at("/BuiltinTagCreate/object/id").asText();
            client.ok("mutation { CoreStandardGroupCreate(data: {name: {value: \"g\"}, members: [{id: \"" + tag + "\"}]}) { ok } }");
            JsonNode memberOf = client.ok("{ BuiltinTag { edges { node { member_of_groups { count edges { node { __typename display_label } } } } } } }")
                    .at("/BuiltinTag/edges/0/node/member_of_groups");
            assertThat(memberOf.get("count").asInt()).isEqualTo(1);
            assertThat(memberOf.at("/edges/0/node/__typename").asText()).isEqualTo("CoreStandardGroup");
            assertThat(memberOf.at("/edges/0/node/display_label").asText()).isEqualTo("g");
            JsonNode members = client.ok("{ CoreGroup { edges { node { __typename group_type { value } members { edges { node { __typename id } } } } } } }")
                    .at("/CoreGroup/edges/0/node");
            assertThat(members.at("/group_type/value").asText()).isEqualTo("default");
            assertThat(members.at("/members/edges/0/node/__typename").asText()).isEqualTo("BuiltinTag");
            assertThat(client.ok("{ BuiltinTag(member_of_groups__name__value: \"g\") { count } }").at("/BuiltinTag/count").asInt())
                    .isEqualTo(1);
        }
    }

    @Test
    void hierarchicalLocationsExposeParentChildrenAncestorsAndDescendants() {
        try (InfrahubSandbox sandbox = InfrahubSandbox.start(InfrahubSandboxOptions.defaults()
                .withSchemas(InfrahubSandboxOptions.DEMO_BASE))) {
            GraphqlClient client = new GraphqlClient(sandbox.baseUrl(), sandbox.token());
            JsonNode created = client.ok("""
                    mutation {
                      eu: LocationContinentCreate(data: {name: {value: "europe"}}) { object { id } }
                    }""");
            String europe = created.at("/eu/object/id").asText();
            String france = client.ok("mutation { LocationCountryCreate(data: {name: {value: \"france\"}, parent: {id: \"" + europe
                    + "\"}}) { object { id } } }").at("/LocationCountryCreate/object/id").asText();
            client.ok("mutation { LocationSiteCreate(data: {name: {value: \"paris\"}, parent: {id: \"" + france + "\"}}) { ok } }");
            JsonNode site = client.ok("{ LocationSite { edges { node { hfid parent { node { display_label } } ancestors { count edges { node { __typename } } } } } } }")
                    .at("/LocationSite/edges/0/node");
            assertThat(site.at("/hfid/0").asText()).isEqualTo("paris");
            assertThat(site.at("/parent/node/display_label").asText()).isEqualTo("france");
            assertThat(site.at("/ancestors/count").asInt()).isEqualTo(2);
            JsonNode continent = client.ok("{ LocationGeneric(name__value: \"europe\") { edges { node { __typename children { count } descendants { count } } } } }")
                    .at("/LocationGeneric/edges/0/node");
            assertThat(continent.get("__typename").asText()).isEqualTo("LocationContinent");
            assertThat(continent.at("/children/count").asInt()).isEqualTo(1);
            assertThat(continent.at("/descendants/count").asInt()).isEqualTo(2);
        }
    }
}
