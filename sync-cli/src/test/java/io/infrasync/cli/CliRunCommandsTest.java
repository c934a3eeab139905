package io.infrasync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.infrasync.cache.ParquetRunCache;
import io.infrasync.cli.app.Application;
import io.infrasync.cli.testing.MemoryWorld;
import io.infrasync.core.domain.run.SyncName;
import io.infrasync.core.port.out.RunCacheSession;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.model.AttributeSchema;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.KindSchema;
import io.infrasync.spi.model.SchemaDescription;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The run commands end to end: config.yml on disk, memory adapters found by ServiceLoader, a temp cache. */
class CliRunCommandsTest {

    static final String CONFIG = """
            name: cli-test
            source:
              name: memory-source
              settings:
                world: cli
            destination:
              name: memory-dest
              settings:
                world: cli
            schema_mapping:
              - name: BuiltinTag
                mapping: extras.tags
                fields:
                  - name: name
                    mapping: name
              - name: LocationSite
                mapping: dcim.sites
                fields:
                  - name: name
                    mapping: name
                  - name: description
                    mapping: description
                  - name: tags
                    mapping: tags
                    reference: BuiltinTag
              - name: InfraDevice
                mapping: dcim.devices
                identifiers: ["name", "site"]
                fields:
                  - name: name
                    mapping: name
                  - name: status
                    mapping: status.value
                  - name: site
                    mapping: site
                    reference: LocationSite
            """;

    @TempDir
    Path dir;

    MemoryWorld world;
    Path cacheRoot;

    /** One execution's exit code and captured streams. */
    record Result(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        world = MemoryWorld.create("cli");
        world.sourceRecord("extras.tags", "10", Map.of("id", 10, "name", "red"));
        world.sourceRecord("dcim.sites", "1", Map.of("id", 1, "name", "s1", "description", "one",
                "tags", List.of(Map.of("id", 10))));
        world.sourceRecord("dcim.sites", "2", Map.of("id", 2, "name", "s2", "description", "two", "tags", List.of()));
        world.sourceRecord("dcim.devices", "100", Map.of("id", 100, "name", "dev1",
                "status", Map.of("value", "active"), "site", Map.of("id", 1)));
        Files.createDirectories(dir.resolve("syncs/good"));
        Files.writeString(dir.resolve("syncs/good/config.yml"), CONFIG);
        cacheRoot = dir.resolve("cache");
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Application app = new Application(Map.of("INFRAHUB_SYNC_CACHE_DIR", cacheRoot.toString()), dir, dir,
                Clock.systemUTC());
        CommandLine commandLine = InfrahubSyncCommand.newCommandLine(app);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private void boomSite() {
        world.source.get("dcim.sites").set(1, io.infrasync.spi.model.AdapterRecord.of("2", "dcim.sites",
                Map.of("id", 2, "name", "s2", "description", "boom", "tags", List.of())));
    }

    @Test
    void listShowsEverySyncAndTheBrokenOnes() throws Exception {
        Files.createDirectories(dir.resolve("syncs/broken"));
        Files.writeString(dir.resolve("syncs/broken/config.yml"), "name: broken\nsource: {}\n");

        Result result = run("list", "--directory", "syncs");

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("cli-test  memory-source -> memory-dest  good/config.yml")
                .contains("broken  INVALID  broken/config.yml");
        JsonNode json = run("list", "--directory", "syncs", "--output", "json").json();
        assertThat(json).hasSize(2);
        assertThat(json.get(1).get("name").asText()).isEqualTo("cli-test");
    }

    @Test
    void diffPrintsThePlanTheRunIdAndTheCachePath() throws Exception {
        Result result = run("diff", "--name", "cli-test", "--directory", "syncs");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("diff 'cli-test': 4 to create, 0 to update, 0 to delete")
                .contains("  create LocationSite s1 ")
                .contains("dry-run (0 errors)  cache " + cacheRoot.resolve("cli-test"));
        assertThat(world.batches).isEmpty();

        JsonNode json = run("diff", "--config-file", "syncs/good/config.yml", "--output", "json",
                "--no-concurrent-load", "--no-full-extract", "--no-show-progress").json();
        assertThat(json.get("status").asText()).isEqualTo("dry-run");
        assertThat(json.get("summary").get("create").asLong()).isEqualTo(4);
        assertThat(json.get("notices").get(0).asText()).contains("full extract");
        assertThat(Path.of(json.get("cache").asText()).resolve("plan.parquet")).exists();
    }

    @Test
    void syncWritesThenHasNothingToDo() {
        Result first = run("sync", "--name", "cli-test", "--directory", "syncs", "--no-diff");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("written: 4 created, 0 updated, 0 deleted").doesNotContain("  create ");
        assertThat(world.byName("InfraDevice", "dev1")).isNotNull();

        Result second = run("sync", "--name", "cli-test", "--directory", "syncs", "-q");
        assertThat(second.code()).isZero();
        assertThat(second.out().strip()).startsWith("run ").contains("applied");
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        JsonNode json = run("sync", "--name", "cli-test", "--directory", "syncs", "--dry-run", "--output", "json").json();
        assertThat(json.get("status").asText()).isEqualTo("dry-run");
        assertThat(world.batches).isEmpty();
    }

    @Test
    void perObjectFailuresExitWithOne() {
        boomSite();

        Result stopped = run("sync", "--name", "cli-test", "--directory", "syncs");
        assertThat(stopped.code()).isEqualTo(1);
        assertThat(stopped.out()).contains("failed: stopped at the first failed write: LocationSite s2");

        Result continued = run("sync", "--name", "cli-test", "--directory", "syncs", "--continue-on-error");
        assertThat(continued.code()).isEqualTo(1);
        assertThat(continued.out()).contains("error: LocationSite s2: LocationSite: description 'boom' is invalid")
                .contains("applied (1 errors)");
        assertThat(world.byName("InfraDevice", "dev1")).isNotNull();
    }

    @Test
    void applyWritesACachedPlanAndRefusesAfterSchemaDrift() throws Exception {
        String runId = run("diff", "--name", "cli-test", "--directory", "syncs", "--output", "json").json()
                .get("run_id").asText();

        Result applied = run("apply", "--name", "cli-test", "--directory", "syncs", "--run-id", runId);
        assertThat(applied.code()).as(applied.err()).isZero();
        assertThat(applied.out()).contains("written: 4 created");

        String second = run("diff", "--name", "cli-test", "--directory", "syncs", "--output", "json").json()
                .get("run_id").asText();
        SchemaDescription schema = world.schema;
        KindSchema tag = schema.kind("BuiltinTag").orElseThrow();
        world.schema = SchemaDescription.of(List.of(KindSchema.of("BuiltinTag",
                List.of(AttributeSchema.of("name", "Text").withUnique(true), AttributeSchema.of("color", "Text")),
                tag.relationships()), schema.kind("LocationSite").orElseThrow(), schema.kind("InfraDevice").orElseThrow()),
                List.of());
        Result refused = run("apply", "--name", "cli-test", "--directory", "syncs", "--run-id", second);
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).startsWith("error: schema drift: run " + second);
    }

    @Test
    void usageAndConfigurationErrorsExitWithTwo() {
        assertThat(run("diff", "--name", "cli-test", "--config-file", "x.yml").code()).isEqualTo(2);
        assertThat(run("diff").code()).isEqualTo(2);
        Result unknown = run("diff", "--name", "nope", "--directory", "syncs");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no configuration called 'nope'");
        assertThat(run("apply", "--name", "cli-test", "--directory", "syncs").code()).isEqualTo(2);
        assertThat(run("apply", "--name", "cli-test", "--directory", "syncs", "--run-id", "bad").code()).isEqualTo(2);
        Result branch = run("diff", "--name", "cli-test", "--directory", "syncs", "--branch", "b1");
        assertThat(branch.code()).isEqualTo(2);
        assertThat(branch.err()).contains("supports branches");
    }

    @Test
    void adapterErrorsExitWithFourOnOneLineUnlessVerbose() {
        world.sourceFailure = new AdapterException(ErrorKind.AUTH, "token refused");

        Result result = run("diff", "--name", "cli-test", "--directory", "syncs");
        assertThat(result.code()).isEqualTo(4);
        assertThat(result.err().lines().filter(line -> !line.startsWith("load "))) // progress lines may precede it
                .containsExactly("error: adapter error (AUTH): token refused");
        Result quiet = run("diff", "--name", "cli-test", "--directory", "syncs", "-q");
        assertThat(quiet.err().strip()).isEqualTo("error: adapter error (AUTH): token refused");

        Result verbose = run("diff", "--name", "cli-test", "--directory", "syncs", "-v");
        assertThat(verbose.code()).isEqualTo(4);
        assertThat(verbose.err()).contains("at io.infrasync");
    }

    @Test
    void rowCountDropIsAGuardrailRefusal() {
        assertThat(run("sync", "--name", "cli-test", "--directory", "syncs").code()).isZero();
        world.source.put("dcim.sites", new java.util.concurrent.CopyOnWriteArrayList<>());
        world.source.put("dcim.devices", new java.util.concurrent.CopyOnWriteArrayList<>());

        Result refused = run("sync", "--name", "cli-test", "--directory", "syncs");
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("LocationSite dropped from 2 to 0");
        assertThat(run("sync", "--name", "cli-test", "--directory", "syncs", "--allow-rowcount-drop").code()).isZero();
    }

    @Test
    void aHeldLockExitsWithFive() {
        ParquetRunCache cache = new ParquetRunCache(cacheRoot);
        try (RunCacheSession held = cache.open(SyncName.of("cli-test"), Duration.ofSeconds(1))) {
            Result result = run("diff", "--name", "cli-test", "--directory", "syncs", "--lock-timeout", "0");
            assertThat(result.code()).isEqualTo(5);
            assertThat(result.err()).contains("is locked by");
        }
    }

    @Test
    void runsListShowAndPrune() throws Exception {
        List<String> ids = new ArrayList<>();
        ids.add(run("diff", "--name", "cli-test", "--directory", "syncs", "--output", "json").json().get("run_id").asText());
        ids.add(run("sync", "--name", "cli-test", "--directory", "syncs", "--output", "json").json().get("run_id").asText());

        Result list = run("runs", "list", "--name", "cli-test");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains(ids.get(0) + "  dry-run  diff").contains(ids.get(1) + "  applied  sync");

        Result show = run("runs", "show", ids.get(0), "--name", "cli-test", "--kind", "LocationSite", "--limit", "1");
        assertThat(show.code()).isZero();
        assertThat(show.out()).contains("plan: 2 row(s), showing 1").contains("  create LocationSite ");
        JsonNode json = run("runs", "show", ids.get(0), "--name", "cli-test", "--action", "create", "--output", "json")
                .json();
        assertThat(json.get("plan_rows").asLong()).isEqualTo(4);
        assertThat(run("runs", "show", ids.get(0), "--name", "cli-test", "--action", "move").code()).isEqualTo(2);

        // Run ids of the same minute sort by their random part; the latest applied run is always protected.
        Result prune = run("runs", "prune", "--name", "cli-test", "--keep", "0");
        assertThat(prune.code()).as(prune.err()).isZero();
        assertThat(prune.out()).contains("deleted " + ids.get(0)).contains("kept " + ids.get(1))
                .contains("1 run(s) deleted");
        assertThat(run("runs", "list", "--name", "cli-test", "--output", "json").json()).hasSize(1);
    }

    @Test
    void withoutATerminalOrWithNoShowProgressProgressIsPlainLines() {
        // The test JVM has no console, as under cron or CI: plain lines, never carriage returns or escapes.
        for (String flag : List.of("--show-progress", "--no-show-progress")) {
            Result result = run("diff", "--name", "cli-test", "--directory", "syncs", flag);
            assertThat(result.code()).as(result.err()).isZero();
            assertThat(result.err()).doesNotContain("\r").doesNotContain("\u001b");
            assertThat(result.err().lines()).as(flag)
                    .anySatisfy(line -> assertThat(line).matches("load A  dcim\\.sites +2  [0-9,]+/s  [0-9.]+s"))
                    .anySatisfy(line -> assertThat(line).matches("load B  LocationSite +0  [0-9,]+/s  [0-9.]+s"))
                    .anySatisfy(line -> assertThat(line).matches("diff    plan +4  [0-9,]+/s  [0-9.]+s"));
        }
        Result quiet = run("diff", "--name", "cli-test", "--directory", "syncs", "-q");
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void jsonLogLinesOnTheErrorStream() throws Exception {
        Result result = run("diff", "--name", "cli-test", "--directory", "syncs", "--log-format", "json");
        assertThat(result.code()).isZero();
        String line = result.err().lines().filter(l -> l.contains("\"resource\":\"dcim.sites\"")).findFirst().orElseThrow();
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("event").asText()).isEqualTo("done");
        assertThat(json.get("count").asLong()).isEqualTo(2);
    }
}
