package io.infrasync.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench/run.sh --dry-check} against the shaded jar, so the end-to-end benchmark cannot rot: a tiny
 * inventory (~500 objects) goes through every measured step, the script's own checks (plan per step, updates
 * equal to the objects changed through NetBox) must pass, and the result file must carry every measurement.
 */
class BenchScriptIT {

    private static final List<String> STEPS = List.of("cold_diff", "cold_sync", "nochange_sync", "warm_sync",
            "diff_saved", "apply");

    private static Path jar;
    private static Path script;

    @TempDir
    Path work;

    @BeforeAll
    static void findScript() {
        String property = System.getProperty("infrahubsync.jar");
        assertThat(property).as("system property infrahubsync.jar (set by failsafe in sync-cli/pom.xml)").isNotNull();
        jar = Path.of(property).toAbsolutePath();
        assertThat(jar).as("the shaded jar").isRegularFile();
        // <root>/sync-cli/target/infrahub-sync.jar -> <root>/bench/run.sh
        script = jar.getParent().getParent().getParent().resolve("bench/run.sh");
        assertThat(script).as("the benchmark script").isRegularFile();
        for (String tool : List.of("bash", "curl", "jq")) {
            assumeTrue(onPath(tool), tool + " is not installed: bench/run.sh needs it");
        }
    }

    @Test
    void dryCheckMeasuresEveryStepAndStopsTheSandboxes() throws Exception {
        Path results = work.resolve("results");
        Path doc = work.resolve("perf.md");
        Files.writeString(doc, "# Title\n\nkept text\n");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), "--dry-check")
                .directory(work.toFile())
                .redirectOutput(work.resolve("out.txt").toFile())
                .redirectError(work.resolve("err.txt").toFile());
        builder.environment().put("BENCH_JAR", jar.toString());
        builder.environment().put("BENCH_RESULTS_DIR", results.toString());
        builder.environment().put("BENCH_DOC", doc.toString());
        builder.environment().put("TMPDIR", work.toString());
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("bench/run.sh --dry-check did not finish in 300 s");
        }
        String out = Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(out + err).isZero();

        Path result;
        try (Stream<Path> files = Files.list(results)) {
            result = files.filter(p -> p.getFileName().toString().endsWith("-tiny.json")).findFirst().orElseThrow();
        }
        JsonNode json = new ObjectMapper().readTree(result.toFile());
        assertThat(json.path("objects").asInt()).isBetween(450, 650);
        assertThat(json.path("machine").path("cores").asInt()).isPositive();
        assertThat(json.path("git").path("commit").asText()).isNotBlank();
        assertThat(json.path("checks")).isNotEmpty().allSatisfy(check -> assertThat(check.path("ok").asBoolean())
                .as(check.toString()).isTrue());
        List<String> steps = new ArrayList<>();
        json.path("steps").forEach(step -> steps.add(step.path("step").asText()));
        assertThat(steps).containsExactlyElementsOf(STEPS);
        for (JsonNode step : json.path("steps")) {
            assertThat(step.path("exit_code").asInt()).isZero();
            assertThat(step.path("wall_s").asDouble()).isPositive();
            assertThat(step.path("cpu_s").asDouble()).isPositive();
            assertThat(step.path("peak_rss_mb").asInt()).isPositive();
            assertThat(step.path("http_requests").path("infrahub").asInt()).as(step.toString()).isPositive();
            assertThat(step.path("run_id").asText()).isNotBlank();
        }
        JsonNode cold = json.path("steps").get(0);
        assertThat(cold.path("plan_rows").asInt()).isEqualTo(json.path("objects").asInt());
        assertThat(cold.path("http_requests").path("netbox").asInt()).isPositive();
        JsonNode apply = json.path("steps").get(5);
        assertThat(apply.path("http_requests").path("netbox").asInt()).as("apply does not read the source").isZero();
        assertThat(apply.path("plan_rows").asInt()).isEqualTo(json.path("changes").path("diff_saved").asInt());

        assertThat(out).contains("| cold_sync |", "| apply |");
        assertThat(Files.readString(doc)).startsWith("# Title\n\nkept text\n").contains("<!-- bench:tiny:begin -->",
                "| nochange_sync |", "<!-- bench:tiny:end -->");
        // The sandboxes were stopped on exit: their ports refuse connections.
        Matcher urls = Pattern.compile("(NetBox|Infrahub) http://127\\.0\\.0\\.1:(\\d+)").matcher(err);
        int found = 0;
        while (urls.find()) {
            found++;
            assertThat(refused(Integer.parseInt(urls.group(2)))).as(urls.group()).isTrue();
        }
        assertThat(found).isEqualTo(2);
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("the work folder is removed")
                    .noneMatch(name -> name.startsWith("infrahub-sync-bench."));
        }
    }

    @Test
    void badSizeIsAUsageErrorWithExitTwo() throws Exception {
        Process process = new ProcessBuilder("bash", script.toString(), "huge").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("unknown argument 'huge'", "usage: bench/run.sh", "small|medium|large");
    }

    private static boolean refused(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean onPath(String tool) {
        try {
            Process p = new ProcessBuilder("sh", "-c", "command -v " + tool).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
