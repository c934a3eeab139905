package io.infrasync.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrasync.cli.e2e.SandboxWorld.Result;
import io.infrasync.sandbox.Fault;
import io.infrasync.sandbox.FaultPlan;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C as the terminal sends it (SIGINT to the JVM) while the shaded jar reads a slow sandbox NetBox: the run
 * stops at its next page, says so in one line, is recorded as {@code failed} and leaves the lock free.
 */
class InterruptIT {

    private static Path jar;

    @TempDir
    Path dir;

    SandboxWorld world;

    @BeforeAll
    static void findJar() {
        String property = System.getProperty("infrahubsync.jar");
        assertThat(property).as("system property infrahubsync.jar (set by failsafe in sync-cli/pom.xml)").isNotNull();
        jar = Path.of(property);
        assertThat(jar).as("the shaded jar").isRegularFile();
    }

    @BeforeEach
    void start() {
        world = SandboxWorld.start(dir);
    }

    @AfterEach
    void stop() {
        world.close();
    }

    @Test
    void sigintStopsTheRunMarksItFailedAndReleasesTheLock() throws Exception {
        // One object per page, one request at a time, 100 ms per request: the load takes several seconds.
        world.writeConfig(Map.of("page_size", "1", "max_concurrency", "1"));
        FaultPlan faults = world.netbox.server().faults();
        faults.route("GET", "/api/.*", new Fault.Latency(Duration.ofMillis(100)), FaultPlan.ALWAYS);

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "sync", "--config-file", world.configFile().toString()));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().keySet().removeIf(name -> name.startsWith("NETBOX_") || name.startsWith("INFRAHUB_"));
        builder.environment().put("INFRAHUB_SYNC_CACHE_DIR", world.cacheRoot.toString());
        Process process = builder.start();
        try {
            awaitRunning();
            Thread.sleep(500); // well inside the load
            Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the CLI stops within 60 s of Ctrl-C").isTrue();
        } finally {
            process.destroyForcibly();
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(stderr).isEqualTo(130); // 128 + SIGINT, as shells report Ctrl-C
        List<String> errors = stderr.lines().filter(line -> line.startsWith("error: ")).toList();
        assertThat(errors).as(stderr).singleElement().asString().contains("cancelled");
        assertThat(stderr).doesNotContain("\tat ");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEmpty();
        assertThat(world.infrahubCounts().values()).as("stopped while reading: nothing written")
                .allMatch(count -> count == 0);

        Result runs = world.runSync("runs", "list");
        assertThat(runs.out()).as(runs.toString()).contains("  failed  sync").contains("cancelled");
        faults.clear();
        Result next = world.runSync("sync", "--lock-timeout", "0");
        assertThat(next.code()).as("the lock was released: " + next).isZero();
        assertThat(world.infrahubCounts()).isEqualTo(world.expectedCounts());
    }

    /** Waits until the CLI has started its run (its run folder has a run.json). */
    private void awaitRunning() throws Exception {
        Path syncFolder = world.cacheRoot.resolve(SandboxWorld.SYNC);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(syncFolder)) {
                try (Stream<Path> runs = Files.list(syncFolder)) {
                    if (runs.anyMatch(run -> Files.isRegularFile(run.resolve("run.json")))) {
                        return;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the CLI did not start a run within 60 s");
    }
}
