package io.infrasync.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.infrasync.cli.e2e.SandboxWorld.Result;
import io.infrasync.sandbox.Fault;
import io.infrasync.sandbox.FaultPlan;
import io.infrasync.sandbox.infrahub.StoredNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI end to end against the sandboxes: the real netbox and infrahub adapters (found by ServiceLoader) talk
 * HTTP to a sandbox NetBox and a sandbox Infrahub on 127.0.0.1, the Parquet cache is in a temp folder, and every
 * command runs through picocli as a user would type it.
 */
class SandboxEndToEndTest {

    @TempDir
    Path dir;

    SandboxWorld world;

    @BeforeEach
    void start() {
        world = SandboxWorld.start(dir);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void diffThenApplyCreatesEverythingAndAReDiffFindsNothing() {
        Map<String, Integer> expected = world.expectedCounts();
        int total = expected.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).as("the NetBox demo data has objects at every mapped endpoint").isGreaterThan(50);
        assertThat(expected.values()).allMatch(count -> count > 0);

        Result diff = world.runSync("diff");
        assertThat(diff.code()).as(diff.toString()).isZero();
        assertThat(diff.out()).contains("diff '" + SandboxWorld.SYNC + "': " + total + " to create, 0 to update, 0 to delete")
                .contains("  create BuiltinTag ").contains("  create LocationGeneric ");
        String runId = runId(diff);
        assertThat(world.infrahubCounts().values()).as("diff writes nothing").allMatch(count -> count == 0);

        Result apply = world.runSync("apply", "--run-id", runId);
        assertThat(apply.code()).as(apply.toString()).isZero();
        assertThat(apply.out()).contains("written: " + total + " created, 0 updated, 0 deleted")
                .contains("run " + runId + " applied (0 errors)");
        assertThat(world.infrahubCounts()).isEqualTo(expected);
        assertThat(runJson(runId)).contains("\"apply\"").contains("\"applied\"");

        // References landed: a site with a tenant points at the organisation Infrahub created for it.
        StoredNode site = world.infrahub.store().list("main", "LocationGeneric").stream()
                .filter(node -> !node.peerIds("organization").isEmpty()).findFirst().orElseThrow();
        String organization = site.peerIds("organization").get(0);
        assertThat(world.infrahub.store().get("main", organization)).get().extracting(StoredNode::kind)
                .isEqualTo("OrganizationGeneric");

        Result again = world.runSync("diff");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("0 to create, 0 to update, 0 to delete, " + total + " unchanged");
    }

    @Test
    void applyWritesThePlanOfTheRunWithoutReadingNetboxAgain() throws Exception {
        JsonNode tag = world.netboxGet("/api/extras/tags/?limit=1").get("results").get(0);
        String name = tag.get("name").asText();
        String planned = tag.get("description").asText();
        String runId = runId(world.runSync("diff"));
        // NetBox changes after the diff: apply writes what was planned, from the run cache alone.
        world.netboxPatch("/api/extras/tags/" + tag.get("id").asLong() + "/", Map.of("description", "changed after the diff"));
        world.netbox.server().requestLog().clear();

        Result apply = world.runSync("apply", "--run-id", runId);

        assertThat(apply.code()).as(apply.toString()).isZero();
        assertThat(world.netbox.server().requestLog().entries()).as("apply does not read the source").isEmpty();
        assertThat(world.infrahub.store().list("main", "BuiltinTag")).filteredOn(node -> name.equals(node.value("name")))
                .singleElement().extracting(node -> node.value("description")).isEqualTo(planned);
        Result diff = world.runSync("diff", "--output", "json");
        assertThat(diff.json().get("summary").get("update").asLong()).as("the change made after the diff").isEqualTo(1);
        assertThat(diff.json().get("summary").get("create").asLong()).isZero();
    }

    @Test
    void applyOfAnUnknownRunIdIsAUsageError() {
        Result result = world.runSync("apply", "--run-id", "20260101T0000-0badc0de");
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString()
                .startsWith("error: no usable run 20260101T0000-0badc0de of sync '" + SandboxWorld.SYNC + "'");
        assertThat(world.infrahubCounts().values()).allMatch(count -> count == 0);
    }

    @Test
    void applyRefusesWhenTheInfrahubSchemaChangedSinceTheRun() {
        String runId = runId(world.runSync("diff"));

        // An optional attribute added to LocationGeneric, a mapped kind: the schema sub-hash changes.
        world.migrateInfrahubSchema(schema -> schema.replace("""
                      - kind: Text
                        name: type
                    relationships:
                      - name: racks
                """, """
                      - kind: Text
                        name: type
                      - kind: Text
                        name: facility
                        optional: true
                    relationships:
                      - name: racks
                """));
        Result refused = world.runSync("apply", "--run-id", runId);

        assertThat(refused.code()).as(refused.toString()).isEqualTo(3);
        assertThat(refused.errLines()).singleElement().asString().startsWith("error: schema drift: run " + runId)
                .contains(".facility: attribute added").contains("run 'diff' again");
        assertThat(world.infrahubCounts().values()).as("nothing written").allMatch(count -> count == 0);

        // A fresh diff against the migrated schema applies fine.
        String fresh = runId(world.runSync("diff"));
        Result applied = world.runSync("apply", "--run-id", fresh);
        assertThat(applied.code()).as(applied.toString()).isZero();
        assertThat(world.infrahubCounts()).isEqualTo(world.expectedCounts());
    }

    @Test
    void applyRefusesWhenTheMappingChangedSinceTheRun() {
        String runId = runId(world.runSync("diff"));
        world.editConfig(config -> config.replace("""
                      - name: description
                        mapping: name
                """, """
                      - name: description
                        mapping: description
                """));

        Result refused = world.runSync("apply", "--run-id", runId);
        assertThat(refused.code()).as(refused.toString()).isEqualTo(3);
        assertThat(refused.errLines()).singleElement().asString().startsWith("error: schema drift: run " + runId)
                .contains("(mapping LocationGeneric <- dcim.sites: fields changed)");
        assertThat(world.infrahubCounts().values()).allMatch(count -> count == 0);
    }

    @Test
    void aChangeInNetboxGivesExactlyOneUpdateOnTheNextSync() throws Exception {
        Result first = world.runSync("sync");
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(world.infrahubCounts()).isEqualTo(world.expectedCounts());

        JsonNode tag = world.netboxGet("/api/extras/tags/?limit=1").get("results").get(0);
        String name = tag.get("name").asText();
        world.netboxPatch("/api/extras/tags/" + tag.get("id").asLong() + "/", Map.of("description", "edited in NetBox"));

        Result second = world.runSync("sync", "--output", "json");
        assertThat(second.code()).as(second.toString()).isZero();
        JsonNode summary = second.json().get("summary");
        assertThat(summary.get("update").asLong()).isEqualTo(1);
        assertThat(summary.get("create").asLong()).isZero();
        assertThat(summary.get("delete").asLong()).isZero();
        assertThat(summary.get("updated").asLong()).isEqualTo(1);
        assertThat(summary.get("created").asLong()).isZero();
        StoredNode stored = world.infrahub.store().list("main", "BuiltinTag").stream()
                .filter(node -> name.equals(node.value("name"))).findFirst().orElseThrow();
        assertThat(stored.value("description")).isEqualTo("edited in NetBox");

        // The plan of that run holds exactly that one update, with the new value.
        String runId = second.json().get("run_id").asText();
        Result show = world.runSync("runs", "show", runId, "--action", "update");
        assertThat(show.code()).as(show.toString()).isZero();
        assertThat(show.out()).contains("plan: 1 row(s)").contains("  update BuiltinTag ").contains("edited in NetBox");

        Result third = world.runSync("sync", "-q");
        assertThat(third.code()).isZero();
        assertThat(third.out().strip()).startsWith("run ").contains(" applied (0 errors)");
        assertThat(world.runSync("diff").out()).contains("0 to create, 0 to update, 0 to delete");
    }

    @Test
    void runsListShowAndPruneOnRealRuns() {
        List<String> ids = new ArrayList<>();
        ids.add(runId(world.runSync("diff")));
        ids.add(runId(world.runSync("sync", "--no-diff")));
        ids.add(runId(world.runSync("diff")));
        Map<String, Integer> expected = world.expectedCounts();

        Result list = world.runSync("runs", "list");
        assertThat(list.code()).as(list.toString()).isZero();
        assertThat(list.out()).contains(ids.get(0) + "  dry-run  diff").contains(ids.get(1) + "  applied  sync")
                .contains(ids.get(2) + "  dry-run  diff");
        JsonNode listed = world.runSync("runs", "list", "--output", "json").json();
        assertThat(listed).hasSize(3);
        List<String> newestFirst = new ArrayList<>();
        listed.forEach(run -> newestFirst.add(run.get("run_id").asText()));
        assertThat(newestFirst).containsExactlyInAnyOrderElementsOf(ids);

        Result byKind = world.runSync("runs", "show", ids.get(0), "--kind", "LocationGeneric", "--limit", "3");
        assertThat(byKind.code()).as(byKind.toString()).isZero();
        assertThat(byKind.out()).contains("plan: " + expected.get("LocationGeneric") + " row(s), showing 3");
        assertThat(byKind.out().lines().filter(line -> line.startsWith("  create LocationGeneric "))).hasSize(3);
        assertThat(byKind.out()).doesNotContain("  create BuiltinTag ");

        Result all = world.runSync("runs", "show", ids.get(0), "--action", "create", "--limit", "0");
        int total = expected.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(all.out().lines().filter(line -> line.startsWith("  create "))).hasSize(total);
        Result updates = world.runSync("runs", "show", ids.get(0), "--action", "update");
        assertThat(updates.out()).contains("plan: 0 row(s)");
        Result afterSync = world.runSync("runs", "show", ids.get(2), "--action", "create");
        assertThat(afterSync.out()).as("the diff after the sync plans nothing").contains("plan: 0 row(s)");

        Result prune = world.runSync("runs", "prune", "--keep", "1");
        assertThat(prune.code()).as(prune.toString()).isZero();
        // --keep 1 keeps the newest run id; ids of the same minute order by their random part, so which diff that
        // is depends on the draw. The applied sync is kept either way (newest, or protected as the latest applied).
        List<String> deleted = prune.out().lines().filter(line -> line.startsWith("deleted "))
                .map(line -> line.substring("deleted ".length())).toList();
        assertThat(deleted).as(prune.out()).isNotEmpty().hasSizeLessThanOrEqualTo(2).doesNotContain(ids.get(1))
                .isSubsetOf(ids);
        assertThat(prune.out()).contains(deleted.size() + " run(s) deleted");
        JsonNode left = world.runSync("runs", "list", "--output", "json").json();
        List<String> remaining = new ArrayList<>(ids);
        remaining.removeAll(deleted);
        assertThat(left.findValuesAsText("run_id")).containsExactlyInAnyOrderElementsOf(remaining).contains(ids.get(1));
        for (String id : ids) {
            assertThat(Files.exists(world.cacheRoot.resolve(SandboxWorld.SYNC).resolve(id))).as(id)
                    .isEqualTo(remaining.contains(id));
        }
    }

    @Test
    void diffAndSyncJsonOutputHasTheDocumentedKeys() {
        JsonNode diff = world.runSync("diff", "--output", "json", "--no-show-progress").json();
        assertDocumentedKeys(diff, "diff");
        assertThat(diff.get("status").asText()).isEqualTo("dry-run");
        assertThat(diff.get("mode").asText()).isEqualTo("diff");
        assertThat(diff.get("summary").get("create").asLong()).isPositive();
        assertThat(diff.get("failure").isNull()).isTrue();

        JsonNode sync = world.runSync("sync", "--output", "json").json();
        assertDocumentedKeys(sync, "sync");
        assertThat(sync.get("status").asText()).isEqualTo("applied");
        assertThat(sync.get("summary").get("created").asLong()).isEqualTo(sync.get("summary").get("create").asLong());
        assertThat(sync.get("errors")).isEmpty();
        assertThat(Path.of(sync.get("cache").asText()))
                .isEqualTo(world.cacheRoot.resolve(SandboxWorld.SYNC).resolve(sync.get("run_id").asText()));
    }

    @Test
    void warningsOfTheEngineUseTheCommandsErrorStreamAndLogFormatOnce() throws Exception {
        // An explicit order that leaves a mapped kind out: the mapping warns that the kind is not synced.
        world.editConfig(config -> config.replace("schema_mapping:", "order: [\"BuiltinTag\", \"CoreStandardGroup\","
                + " \"OrganizationGeneric\"]\nschema_mapping:"));
        String warning = "kinds mapped but absent from order are not synced: [LocationGeneric]";

        Result text = world.runSync("diff", "--no-show-progress");
        assertThat(text.code()).as(text.toString()).isZero();
        assertThat(text.err().lines().filter(line -> line.contains(warning))).as(text.err()).singleElement().asString()
                .isEqualTo("warning: " + SandboxWorld.SYNC + ": " + warning);

        Result json = world.runSync("diff", "--log-format", "json");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : json.err().lines().toList()) {
            lines.add(new ObjectMapper().readTree(line)); // every line is JSON
        }
        assertThat(lines).filteredOn(line -> line.path("message").asText().contains(warning)).singleElement()
                .satisfies(line -> assertThat(line.get("level").asText()).isEqualTo("warning"));
    }

    private static void assertDocumentedKeys(JsonNode json, String command) {
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("command", "sync", "run_id", "mode", "status", "summary", "cache", "failure",
                "notices", "errors");
        assertThat(json.get("command").asText()).isEqualTo(command);
        assertThat(json.get("sync").asText()).isEqualTo(SandboxWorld.SYNC);
        assertThat(json.get("run_id").asText()).matches("\\d{8}T\\d{4}-[0-9a-f]{8}");
        List<String> summaryKeys = new ArrayList<>();
        Iterator<String> names = json.get("summary").fieldNames();
        names.forEachRemaining(summaryKeys::add);
        assertThat(summaryKeys).contains("create", "update", "delete", "no-change", "errors");
        assertThat(summaryKeys.contains("created")).as("write counts only when the command wrote")
                .isEqualTo(!command.equals("diff"));
        assertThat(json.get("notices").isArray()).isTrue();
        assertThat(json.get("errors").isArray()).isTrue();
    }

    @Test
    void aRefusedTokenExitsWithFourOnOneLine() {
        world.writeConfig(Map.of("token", "not-the-token"));

        Result result = world.runSync("diff", "--no-show-progress");

        assertThat(result.code()).as(result.toString()).isEqualTo(4);
        assertThat(result.errLines()).singleElement().asString().startsWith("error: ").contains("403")
                .doesNotContain("Exception");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void anUnreachableNetboxExitsWithFourOnOneLine() {
        int port = closedPort();
        world.writeConfig(Map.of("url", "http://127.0.0.1:" + port, "max_retries", "0"));

        Result result = world.runSync("sync");

        assertThat(result.code()).as(result.toString()).isEqualTo(4);
        // One line naming the resource and the address (the stack trace only with -v).
        assertThat(result.errLines()).singleElement().asString().startsWith("error: adapter error (")
                .contains("resource 'extras.tags'").contains("http://127.0.0.1:" + port + "/api/")
                .contains("connection refused").doesNotContain("null").doesNotContain("\tat ");
        assertThat(world.infrahubCounts().values()).allMatch(count -> count == 0);
    }

    @Test
    void aRefusedInfrahubTokenExitsWithFourOnOneLine() {
        world.writeConfig(Map.of(), Map.of("token", "not-the-token"));

        Result result = world.runSync("sync");

        assertThat(result.code()).as(result.toString()).isEqualTo(4);
        assertThat(result.errLines()).singleElement().asString().startsWith("error: adapter error (AUTH)");
        assertThat(world.infrahubCounts().values()).allMatch(count -> count == 0);
    }

    @Test
    void aServerErrorThatOutlastsTheRetriesExitsWithFourOnOneLineAndFailsTheRun() throws Exception {
        FaultPlan faults = world.netbox.server().faults();
        faults.route("GET", "/api/dcim/sites/.*", new Fault.ServerError(503, "{\"detail\": \"maintenance\"}"),
                FaultPlan.ALWAYS);
        world.writeConfig(Map.of("max_retries", "1", "retry_base_delay_ms", "1"));

        Result result = world.runSync("sync", "--output", "json");

        assertThat(result.code()).as(result.toString()).isEqualTo(4);
        assertThat(result.errLines()).singleElement().asString().startsWith("error: ").contains("503");
        assertThat(result.out()).as("no summary for a command that failed").isEmpty();
        assertThat(world.runSync("runs", "list").out()).as("run.json records the failure").contains("  failed  sync");
        Result verbose = world.runSync("diff", "-v", "--no-show-progress");
        assertThat(verbose.code()).isEqualTo(4);
        assertThat(verbose.err()).as("-v adds the stack trace").contains("\tat io.infrasync.");
        assertThat(world.infrahubCounts().values()).allMatch(count -> count == 0);
        faults.clear();
        assertThat(world.runSync("sync").code()).as("the same sync once NetBox recovered").isZero();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String runJson(String runId) {
        try {
            return Files.readString(world.cacheRoot.resolve(SandboxWorld.SYNC).resolve(runId).resolve("run.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String runId(Result result) {
        assertThat(result.code()).as(result.toString()).isZero();
        Matcher matcher = Pattern.compile("(?m)^run (\\S+) ").matcher(result.out());
        assertThat(matcher.find()).as(result.out()).isTrue();
        return matcher.group(1);
    }
}
