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

        Interrupted run = interrupt(this::awaitRunning, "sync");
        String stderr = run.err();

        assertThat(run.code()).as(stderr).isEqualTo(130); // 128 + SIGINT, as shells report Ctrl-C
        List<String> errors = stderr.lines().filter(line -> line.startsWith("error: ")).toList();
        assertThat(errors).as(stderr).singleElement().asString().contains("cancelled");
        assertThat(stderr).doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
        assertThat(world.infrahubCounts().values()).as("stopped while reading: nothing written")
                .allMatch(count -> count == 0);

        Result runs = world.runSync("runs", "list");
        assertThat(runs.out()).as(runs.toString()).contains("  failed  sync").contains("cancelled");
        faults.clear();
        Result next = world.runSync("sync", "--lock-timeout", "0");
        assertThat(next.code()).as("the lock was released: " + next).isZero();
        assertThat(world.infrahubCounts()).isEqualTo(world.expectedCounts());
    }

    @Test
    void sigintWhileWritingStopsBetweenRequestsAndTheNextSyncWritesOnlyTheRest() throws Exception {
        // Five mutations per request, 300 ms per Infrahub request: the first tier takes seconds to write.
        world.writeConfig(Map.of(), Map.of("batch_size", "5"));
        world.infrahub.server().faults().route("POST", "/graphql.*", new Fault.Latency(Duration.ofMillis(300)),
                FaultPlan.ALWAYS);
        Map<String, Integer> expected = world.expectedCounts();

        Interrupted run = interrupt(() -> awaitCount("BuiltinTag"), "sync", "--no-diff");

        assertThat(run.code()).as(run.err()).isEqualTo(130);
        // Between two requests of a kind the adapter stops ("error: cancelled: ..." on standard error); between two
        // batches or tiers the run ends as a failed run ("failed: the run was cancelled while writing K" and the run
        // line on standard output). Either way one line says it was cancelled.
        assertThat((run.out() + run.err()).lines().filter(line -> line.contains("cancelled"))).as(run.out() + run.err())
                .singleElement().asString().matches("(error: cancelled: |failed: the run was cancelled while writing ).*");
        assertThat(world.runSync("runs", "list").out()).contains("  failed  sync");
        // Some tags are in Infrahub, the last tier is not.
        Map<String, Integer> written = world.infrahubCounts();
        assertThat(written.get("BuiltinTag")).as(run.err()).isPositive();
        assertThat(written.get("LocationGeneric")).as("the last tier was never started").isZero();

        world.infrahub.server().faults().clear();
        Result next = world.runSync("sync", "--output", "json", "--lock-timeout", "0");
        assertThat(next.code()).as(next.toString()).isZero();
        long rest = expected.values().stream().mapToLong(Integer::longValue).sum()
                - written.values().stream().mapToLong(Integer::longValue).sum();
        assertThat(next.json().get("summary").get("created").asLong()).isEqualTo(rest);
        assertThat(next.json().get("summary").get("update").asLong()).isZero();
        assertThat(world.infrahubCounts()).isEqualTo(expected);
    }

    /** What the interrupted process printed, and its exit code. */
    private record Interrupted(int code, String out, String err) {
    }

    /** Something to wait for before Ctrl-C. */
    private interface Moment {
        void await() throws Exception;
    }

    /** Runs the jar with {@code args} on this sync, waits for {@code moment}, then sends SIGINT as Ctrl-C does. */
    private Interrupted interrupt(Moment moment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--config-file", world.configFile().toString()));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().keySet().removeIf(name -> name.startsWith("NETBOX_") || name.startsWith("INFRAHUB_"));
        builder.environment().put("INFRAHUB_SYNC_CACHE_DIR", world.cacheRoot.toString());
        Process process = builder.start();
        try {
            moment.await();
            Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the CLI stops within 60 s of Ctrl-C").isTrue();
        } finally {
            process.destroyForcibly();
        }
        return new Interrupted(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Waits until Infrahub holds at least one object of {@code kind}: the CLI is writing. */
    private void awaitCount(String kind) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (world.infrahub.store().count("main", kind) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the CLI wrote no " + kind + " within 60 s");
            }
            Thread.sleep(20);
        }
    }

    /** Waits until the CLI has started its run (its run folder has a run.json). */
    private void awaitRunning() throws Exception {
        awaitRunFolder();
        Thread.sleep(500); // well inside the load
    }

    private void awaitRunFolder() throws Exception {
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
