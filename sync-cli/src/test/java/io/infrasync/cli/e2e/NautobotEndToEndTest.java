package io.infrasync.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.infrasync.cli.InfrahubSyncCommand;
import io.infrasync.cli.app.Application;
import io.infrasync.sandbox.infrahub.InfrahubSandbox;
import io.infrasync.sandbox.infrahub.InfrahubSandboxOptions;
import io.infrasync.sandbox.infrahub.StoredNode;
import io.infrasync.sandbox.nautobot.NautobotOptions;
import io.infrasync.sandbox.nautobot.NautobotSandbox;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Nautobot 2.x to Infrahub end to end: the sandbox Nautobot (a generated inventory) and a sandbox Infrahub with the
 * schema of the upstream {@code nautobot-v2_to_infrahub} example, the first mappings of that example's
 * {@code config.yml} (tags, roles, statuses with their Jinja transforms, tenancy, location types, locations,
 * racks; its explicit {@code order} dropped so that the tiers are derived), aimed at the sandboxes through the
 * side-scoped environment variables as a user would.
 */
class NautobotEndToEndTest {

    @TempDir
    Path dir;

    NautobotSandbox nautobot;
    InfrahubSandbox infrahub;
    Map<String, String> environment;

    @BeforeEach
    void start() throws Exception {
        nautobot = NautobotSandbox.start(NautobotOptions.defaults().withData(NautobotOptions.Data.generated(7, 600)));
        infrahub = InfrahubSandbox.start(InfrahubSandboxOptions.defaults()
                .withSchemas(InfrahubSandboxOptions.NAUTOBOT_EXAMPLE));
        String upstream;
        try (InputStream in = NautobotEndToEndTest.class.getResourceAsStream("/upstream/nautobot-v2_to_infrahub/config.yml")) {
            upstream = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int order = upstream.indexOf("order: [");
        String config = upstream.substring(0, order) + upstream.substring(upstream.indexOf("]\n", order) + 2);
        config = config.substring(0, config.indexOf("  # Device (manufacturer")).replace("name: from-nautobot-v2",
                "name: e2e-nautobot");
        Files.createDirectories(dir.resolve("nautobot"));
        Files.writeString(dir.resolve("nautobot/config.yml"), config);
        environment = Map.of("INFRAHUB_SYNC_CACHE_DIR", dir.resolve("cache").toString(),
                "INFRAHUB_SYNC_SOURCE_URL", nautobot.baseUrl(), "INFRAHUB_SYNC_SOURCE_TOKEN", nautobot.token(),
                "INFRAHUB_SYNC_DESTINATION_URL", infrahub.baseUrl(), "INFRAHUB_SYNC_DESTINATION_TOKEN", infrahub.token());
    }

    @AfterEach
    void stop() {
        try {
            infrahub.close();
        } finally {
            nautobot.close();
        }
    }

    @Test
    void syncCreatesEveryMappedObjectThenAChangeInNautobotIsOneUpdate() throws Exception {
        // Nautobot 2 databases migrated from 1.x carry a placeholder status called "NULL"; the example renames it.
        nautobot.store().create("extras/statuses", Map.of("name", "NULL"));
        JsonNode first = run("sync", "--output", "json");
        assertThat(first.get("status").asText()).as(first.toString()).isEqualTo("applied");
        JsonNode summary = first.get("summary");
        assertThat(summary.get("errors").asLong()).isZero();
        assertThat(summary.get("created").asLong()).isEqualTo(summary.get("create").asLong()).isPositive();
        for (Map.Entry<String, String> mapped : Map.of("extras/tags", "BuiltinTag", "extras/roles", "RoleGeneric",
                "extras/statuses", "StatusGeneric", "dcim/locations", "LocationGeneric", "dcim/racks", "InfraRack")
                .entrySet()) {
            assertThat(infrahub.store().count("main", mapped.getValue())).as(mapped.getValue())
                    .isEqualTo(nautobot.store().count(mapped.getKey())).isPositive();
        }
        // The example's Jinja transforms renamed it.
        assertThat(infrahub.store().list("main", "StatusGeneric")).extracting(node -> node.value("name"))
                .contains("default").doesNotContain("NULL");
        // A rack points at the location Infrahub created for its Nautobot location.
        StoredNode rack = infrahub.store().list("main", "InfraRack").get(0);
        assertThat(rack.peerIds("location")).singleElement()
                .satisfies(id -> assertThat(infrahub.store().get("main", id)).get().extracting(StoredNode::kind)
                        .isEqualTo("LocationGeneric"));

        assertThat(run("diff", "--output", "json").get("summary").get("no-change").asLong())
                .isEqualTo(summary.get("create").asLong());

        UUID tag = nautobot.store().ids("extras/tags").get(0);
        String name = (String) nautobot.store().get("extras/tags", tag).orElseThrow().get("name");
        nautobot.store().update("extras/tags", tag, Map.of("description", "edited in Nautobot"));
        JsonNode second = run("sync", "--output", "json");
        assertThat(second.get("summary").get("update").asLong()).as(second.toString()).isEqualTo(1);
        assertThat(second.get("summary").get("updated").asLong()).isEqualTo(1);
        assertThat(second.get("summary").get("create").asLong() + second.get("summary").get("delete").asLong()).isZero();
        assertThat(infrahub.store().list("main", "BuiltinTag")).filteredOn(node -> name.equals(node.value("name")))
                .singleElement().extracting(node -> node.value("description")).isEqualTo("edited in Nautobot");
    }

    @Test
    void syncIntoABranchLeavesMainAlone() throws Exception {
        infrahub.store().createBranch("nautobot-import");

        JsonNode synced = run("sync", "--branch", "nautobot-import", "--output", "json");

        assertThat(synced.get("status").asText()).as(synced.toString()).isEqualTo("applied");
        assertThat(infrahub.store().count("nautobot-import", "InfraRack")).isEqualTo(nautobot.store().count("dcim/racks"));
        assertThat(infrahub.store().count("main", "InfraRack")).isZero();
        JsonNode again = run("diff", "--branch", "nautobot-import", "--output", "json");
        assertThat(again.get("summary").get("create").asLong()).isZero();
        assertThat(run("diff", "--output", "json").get("summary").get("create").asLong())
                .as("main still needs everything").isEqualTo(synced.get("summary").get("create").asLong());
    }

    private JsonNode run(String... args) throws Exception {
        Application app = new Application(environment, dir, dir, Clock.systemUTC());
        CommandLine commandLine = InfrahubSyncCommand.newCommandLine(app);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config-file", "nautobot/config.yml"));
        int code = commandLine.execute(all.toArray(String[]::new));
        assertThat(code).as("exit code of " + all + "\n" + out + err).isZero();
        return new ObjectMapper().readTree(out.toString());
    }
}
