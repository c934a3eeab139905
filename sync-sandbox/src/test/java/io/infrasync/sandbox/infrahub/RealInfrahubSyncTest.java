package io.infrasync.sandbox.infrahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the original Python infrahub-sync 2.0.1 from one Infrahub emulator to another (generate, sync, diff).
 * Runs only when {@code INFRAHUB_SYNC_BIN} names the {@code infrahub-sync} executable
 * ({@code pip install infrahub-sync==2.0.1}); skipped otherwise.
 */
class RealInfrahubSyncTest {

    @TempDir
    Path directory;

    @Test
    void theOriginalToolSyncsBetweenTwoEmulatorsWithLineageAndThenSeesNoDiff() throws Exception {
        String tool = System.getenv("INFRAHUB_SYNC_BIN");
        assumeTrue(tool != null && !tool.isBlank(), "INFRAHUB_SYNC_BIN is not set");
        try (InfrahubSandbox source = InfrahubSandbox.start(InfrahubSandboxOptions.defaults());
                InfrahubSandbox destination = InfrahubSandbox.start(InfrahubSandboxOptions.defaults())) {
            InfrahubStore from = source.store();
            for (int i = 0; i < 5; i++) {
                from.create("main", "BuiltinTag", Map.of("name", "tag" + i, "description", "d" + i), Map.of());
            }
            StoredNode acme = from.create("main", "OrganizationGeneric", Map.of("name", "acme"), Map.of());
            from.create("main", "LocationGeneric", Map.of("name", "atl1", "type", "Site"),
                    Map.of("organization", acme.id(), "tags", List.of(from.list("main", "BuiltinTag").get(0).id())));
            // infrahub-sync stamps lineage with the CoreAccount named like the source adapter, when it exists.
            StoredNode account = destination.store().create("main", "CoreAccount",
                    Map.of("name", "infrahub", "password", "secret"), Map.of());

            Path project = Files.createDirectories(directory.resolve("ih2ih"));
            Files.writeString(project.resolve("config.yml"), Shapes.text("infrahub/ih2ih.config.yml")
                    .replace("SOURCE_URL", source.baseUrl()).replace("DESTINATION_URL", destination.baseUrl())
                    .replace("TOKEN", source.token()));
            run(directory, tool, "generate", "--name", "ih2ih", "--directory", directory.toString());
            run(directory, tool, "sync", "--name", "ih2ih", "--directory", directory.toString());

            InfrahubStore to = destination.store();
            assertThat(to.list("main", "BuiltinTag")).extracting(node -> node.value("name"))
                    .containsExactlyInAnyOrder("tag0", "tag1", "tag2", "tag3", "tag4");
            StoredNode site = to.list("main", "LocationGeneric").get(0);
            assertThat(site.value("type")).isEqualTo("Site");
            assertThat(to.get("main", site.peerIds("organization").get(0)).orElseThrow().value("name")).isEqualTo("acme");
            assertThat(site.attributes().get("name").source()).isEqualTo(account.id());
            assertThat(site.attributes().get("name").isProtected()).isTrue();
            assertThat(site.relationships().get("tags").get(0).source()).isEqualTo(account.id());

            String diff = run(directory, tool, "diff", "--name", "ih2ih", "--directory", directory.toString());
            assertThat(diff).contains("(no diffs)");
        }
    }

    /** Runs the tool in {@code workingDirectory}: it writes its run cache under the current directory. */
    private static String run(Path workingDirectory, String tool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(tool));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).start();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(finished).as("infrahub-sync " + arguments[0] + " finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
