package io.infrasync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as users run it: {@code java -jar infrahub-sync.jar ...} in a fresh JVM. */
class ShadedJarIT {

    private static Path jar;

    @TempDir
    Path work;

    @BeforeAll
    static void findJar() {
        String property = System.getProperty("infrahubsync.jar");
        assertThat(property).as("system property infrahubsync.jar (set by failsafe in sync-cli/pom.xml)").isNotNull();
        jar = Path.of(property);
        assertThat(jar).as("the shaded jar").isRegularFile();
    }

    @Test
    void listsTheThreeBuiltInAdapters() throws Exception {
        Run run = run("adapters");
        assertThat(run.code).as(run.err).isZero();
        assertThat(run.out).contains("3 adapter(s) found");
        for (String id : List.of("netbox", "nautobot", "infrahub")) {
            assertThat(run.out).containsPattern("(?m)^" + id + " .*\\(built-in\\)$");
        }
        assertThat(run.out).doesNotContain("unusable");
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Run run = run("--help");
        assertThat(run.code).as(run.err).isZero();
        assertThat(run.out).contains("Usage: infrahub-sync", "diff", "sync", "apply", "runs", "adapters", "demo",
                "sandbox", "Exit codes:");
        Run demoHelp = run("demo", "--help");
        assertThat(demoHelp.code).isZero();
        assertThat(demoHelp.out).contains("Usage: infrahub-sync demo");
    }

    @Test
    void demoSucceedsWithTheCacheInATempFolder() throws Exception {
        Path cache = work.resolve("cache");
        Run run = run("demo");
        assertThat(run.code).as(run.out + run.err).isZero();
        assertThat(run.out).contains("demo done in").contains("0 to create, 0 to update, 0 to delete");
        assertThat(run.err).doesNotContain("Exception").doesNotContain("SLF4J");
        try (var runs = Files.list(cache.resolve("from-netbox"))) {
            assertThat(runs.filter(folder -> Files.isRegularFile(folder.resolve("plan.parquet")))).hasSize(3);
        }
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("INFRAHUB_SYNC_CACHE_DIR", work.resolve("cache").toString());
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("java -jar " + String.join(" ", args) + " did not finish in 180 s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {
    }
}
