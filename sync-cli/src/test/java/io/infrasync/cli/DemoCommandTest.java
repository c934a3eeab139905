package io.infrasync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.infrasync.cli.app.Application;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The demo in-process: sandbox NetBox and Infrahub, the real netbox and infrahub adapters found by ServiceLoader,
 * the real diff and sync commands, the Parquet cache in a temp folder.
 */
class DemoCommandTest {

    @TempDir
    Path work;

    @Test
    void textDemoSyncsTheNetboxDemoDataAndShowsTheRunAndItsCache() throws Exception {
        Path cacheRoot = work.resolve("cache");
        Result result = execute(Map.of("INFRAHUB_SYNC_CACHE_DIR", cacheRoot.toString()), "demo");

        assertThat(result.code).as(result.err).isZero();
        assertThat(result.err).doesNotContain("Exception").doesNotContain("SLF4J");
        assertThat(result.out).contains("== 1/5 Sandboxes", "== 3/5 diff", "== 4/5 sync", "== 5/5 diff again",
                "== Run cache", "NetBox demo data");
        // Every interface of the demo subset (168 in the data) lands in Infrahub: planned and created agree.
        assertThat(result.out).containsPattern("InfraInterfaceL2L3 +168 +168");
        Matcher created = Pattern.compile("(\\d+) created, 0 updated, 0 deleted, 0 objects failed").matcher(result.out);
        assertThat(created.find()).as(result.out).isTrue();
        long count = Long.parseLong(created.group(1));
        assertThat(count).isGreaterThan(500);
        assertThat(result.out).contains("0 to create, 0 to update, 0 to delete, " + count + " unchanged");

        Matcher run = Pattern.compile("run (\\S+) applied +cache (\\S+)").matcher(result.out);
        assertThat(run.find()).isTrue();
        Path folder = Path.of(run.group(2));
        assertThat(folder).isEqualTo(cacheRoot.resolve("from-netbox").resolve(run.group(1)));
        assertThat(folder.resolve("plan.parquet")).isRegularFile();
        assertThat(folder.resolve("run.json")).isRegularFile();
        assertThat(folder.resolve("A")).isDirectory();
        assertThat(folder.resolve("B")).isDirectory();
        assertThat(Files.readString(folder.resolve("run.json"))).contains("applied");
        assertThat(cacheRoot.resolve("from-netbox/last-successful-rowcounts.json")).isRegularFile();
        assertThat(result.out).contains("duckdb -c \"SELECT action, resource, source_id, new_value FROM read_parquet('"
                + folder.resolve("plan.parquet") + "') WHERE action <> 'create' LIMIT 20\"");
        assertThat(result.out).containsPattern("demo done in [0-9.]+ s: " + count + " objects synced");
    }

    @Test
    void jsonDemoIgnoresAdapterVariablesOfTheShellAndFindsNothingLeftAfterTheSync() throws Exception {
        Path cacheRoot = work.resolve("json-cache");
        // A user's shell pointing at a real NetBox must not divert the demo (port 1 would refuse the connection).
        Result result = execute(Map.of("INFRAHUB_SYNC_CACHE_DIR", cacheRoot.toString(),
                "NETBOX_URL", "http://127.0.0.1:1", "NETBOX_TOKEN", "wrong", "INFRAHUB_SYNC_DESTINATION_URL",
                "http://127.0.0.1:1"), "--output", "json", "demo");

        assertThat(result.code).as(result.err).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out);
        assertThat(json.get("status").asText()).isEqualTo("applied");
        long created = json.get("summary").get("created").asLong();
        long byKind = 0;
        for (JsonNode count : json.get("created_by_kind")) {
            byKind += count.asLong();
        }
        assertThat(byKind).isEqualTo(created).isEqualTo(json.get("summary").get("create").asLong());
        assertThat(json.get("created_by_kind").get("InfraDevice").asLong()).isPositive();
        assertThat(json.get("changes_after_sync").asLong()).isZero();
        assertThat(json.get("errors")).isEmpty();
        assertThat(json.get("run_id").asText()).isNotEqualTo(json.get("diff_run_id").asText());
        assertThat(Path.of(json.get("plan").asText())).isRegularFile()
                .isEqualTo(cacheRoot.resolve("from-netbox").resolve(json.get("run_id").asText()).resolve("plan.parquet"));
        assertThat(json.get("netbox_url").asText()).startsWith("http://127.0.0.1:").doesNotEndWith(":1");
    }

    @Test
    void quietDemoPrintsOnlyTheLastLine() {
        Result result = execute(Map.of("INFRAHUB_SYNC_CACHE_DIR", work.resolve("quiet-cache").toString()), "-q", "demo");

        assertThat(result.code).as(result.err).isZero();
        assertThat(result.out.lines()).singleElement().asString()
                .matches("demo done in [0-9.]+ s: [0-9]+ objects synced from NetBox to Infrahub, run \\S+, 0 object errors;"
                        + " servers stopped\\.");
    }

    private Result execute(Map<String, String> environment, String... args) {
        Application app = new Application(environment, work, work, Clock.systemUTC());
        CommandLine commandLine = InfrahubSyncCommand.newCommandLine(app);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private record Result(int code, String out, String err) {
    }
}
