package io.infrasync.sandbox.infrahub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** BranchCreate (copy-on-create), per-branch data, the Branch query, merge, rebase and delete. */
class BranchTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final InfrahubSandbox sandbox = InfrahubSandbox.start(InfrahubSandboxOptions.defaults().withClock(clock));
    private final GraphqlClient client = new GraphqlClient(sandbox.baseUrl(), sandbox.token());

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aBranchStartsAsACopyAndThenLivesItsOwnLife() {
        client.ok("mutation { BuiltinTagCreate(data: {name: {value: \"shared\"}}) { ok } }");
        clock.advance(Duration.ofMinutes(1));
        JsonNode created = client.ok("""
                mutation { BranchCreate(background_execution: false, data: {name: "feature", description: "work", sync_with_git: false}) {
                  ok object { id name description origin_branch branched_from is_default sync_with_git has_schema_changes } } }""");
        assertThat(created.at("/BranchCreate/ok").asBoolean()).isTrue();
        assertThat(created.at("/BranchCreate/object/name").asText()).isEqualTo("feature");
        assertThat(created.at("/BranchCreate/object/origin_branch").asText()).isEqualTo("main");
        assertThat(created.at("/BranchCreate/object/is_default").asBoolean()).isFalse();

        GraphqlClient.Answer onBranch = client.graphql("/graphql/feature",
                "mutation { BuiltinTagCreate(data: {name: {value: \"branch-only\"}}) { ok } }");
        assertThat(onBranch.body().has("errors")).isFalse();
        assertThat(client.graphql("/graphql/feature", "{ BuiltinTag { count } }").body().at("/data/BuiltinTag/count").asInt())
                .isEqualTo(2);
        assertThat(client.ok("{ BuiltinTag { count } }").at("/BuiltinTag/count").asInt()).isEqualTo(1);
        assertThat(sandbox.store().branches()).containsExactly("main", "feature");

        JsonNode branches = client.ok("{ Branch { name is_default origin_branch status } }");
        assertThat(branches.get("Branch")).hasSize(2);
        assertThat(client.ok("{ Branch(name: \"feature\") { name } }").get("Branch")).hasSize(1);

        GraphqlClient.Answer duplicate = client.graphql("/graphql", "mutation { BranchCreate(data: {name: \"feature\"}) { ok } }");
        assertThat(duplicate.body().at("/errors/0/message").asText()).contains("already exists");
    }

    @Test
    void mergeAppliesTheBranchChangesToMain() {
        String kept = client.ok("mutation { BuiltinTagCreate(data: {name: {value: \"kept\"}}) { object { id } } }")
                .at("/BuiltinTagCreate/object/id").asText();
        client.ok("mutation { BuiltinTagCreate(data: {name: {value: \"doomed\"}}) { ok } }");
        clock.advance(Duration.ofMinutes(1));
        client.ok("mutation { BranchCreate(data: {name: \"change\"}) { ok } }");
        clock.advance(Duration.ofMinutes(1));
        client.graphql("/graphql/change", "mutation { a: BuiltinTagUpdate(data: {id: \"" + kept
                + "\", description: {value: \"edited\"}}) { ok } b: BuiltinTagDelete(data: {hfid: [\"doomed\"]}) { ok }"
                + " c: BuiltinTagCreate(data: {name: {value: \"added\"}}) { ok } }");
        JsonNode merged = client.ok("mutation { BranchMerge(data: {name: \"change\"}) { ok object { name } } }");
        assertThat(merged.at("/BranchMerge/ok").asBoolean()).isTrue();
        assertThat(sandbox.store().list("main", "BuiltinTag")).extracting(node -> node.value("name"))
                .containsExactlyInAnyOrder("kept", "added");
        assertThat(sandbox.store().get("main", kept).orElseThrow().value("description")).isEqualTo("edited");
        JsonNode again = client.graphql("/graphql/main", "mutation { BuiltinTagCreate(data: {name: {value: \"added\"}}) { ok } }").body();
        assertThat(again.at("/errors/0/extensions/code").asText()).as("merged objects are indexed").isEqualTo("UNIQUENESS_VIOLATION");
    }

    @Test
    void rebaseBringsMainChangesIntoTheBranch() {
        client.ok("mutation { BranchCreate(data: {name: \"late\"}) { ok } }");
        clock.advance(Duration.ofMinutes(1));
        client.ok("mutation { BuiltinTagCreate(data: {name: {value: \"from-main\"}}) { ok } }");
        client.graphql("/graphql/late", "mutation { BuiltinTagCreate(data: {name: {value: \"from-branch\"}}) { ok } }");
        client.ok("mutation { BranchRebase(data: {name: \"late\"}) { ok } }");
        assertThat(sandbox.store().list("late", "BuiltinTag")).extracting(node -> node.value("name"))
                .containsExactlyInAnyOrder("from-main", "from-branch");
    }

    @Test
    void branchNamesWithSlashesWorkRawAndEncoded() {
        client.ok("mutation { BranchCreate(data: {name: \"feature/x\"}) { ok } }");
        assertThat(client.graphql("/graphql/feature/x", "{ BuiltinTag { count } }").status()).isEqualTo(200);
        assertThat(client.graphql("/graphql/feature%2Fx", "{ BuiltinTag { count } }").status()).isEqualTo(200);
    }

    @Test
    void deletedBranchIsGone() {
        client.ok("mutation { BranchCreate(data: {name: \"tmp\"}) { ok } }");
        client.ok("mutation { BranchDelete(data: {name: \"tmp\"}) { ok } }");
        assertThat(client.graphql("/graphql/tmp", "{ BuiltinTag { count } }").status()).isEqualTo(404);
        assertThat(client.graphql("/graphql", "mutation { BranchDelete(data: {name: \"main\"}) { ok } }").body()
                .at("/errors/0/message").asText()).contains("default branch");
    }
}
