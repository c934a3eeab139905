package io.infrasync.cli.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.infrasync.cli.InfrahubSyncCommand;
import io.infrasync.cli.app.Application;
import io.infrasync.sandbox.infrahub.InfrahubSandbox;
import io.infrasync.sandbox.infrahub.InfrahubSandboxOptions;
import io.infrasync.sandbox.netbox.NetboxOptions;
import io.infrasync.sandbox.netbox.NetboxSandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import picocli.CommandLine;

/**
 * A sandbox NetBox (NetBox demo data) and a sandbox Infrahub (schema of the upstream netbox example) on
 * 127.0.0.1 and ephemeral ports, a {@code config.yml} in a temp folder pointing at both, and the real CLI run
 * in-process over them with captured streams. The mapping is a slice of the upstream {@code netbox_to_infrahub}
 * example (tags, tenant groups, tenants, sites) so that each run takes a fraction of a second but still has
 * references across tiers, a static, a generic destination kind and many-relationships.
 */
final class SandboxWorld implements AutoCloseable {

    static final String SYNC = "e2e-netbox";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The sync's mapping; {@code %s} are the two adapters' settings blocks. */
    private static final String CONFIG = """
            ---
            name: e2e-netbox
            source:
              name: netbox
              settings:
            %s
            destination:
              name: infrahub
              settings:
            %s
            schema_mapping:
              - name: BuiltinTag
                mapping: extras.tags
                identifiers: ["name"]
                fields:
                  - name: name
                    mapping: name
                  - name: description
                    mapping: description
              - name: CoreStandardGroup
                mapping: tenancy.tenant-groups
                identifiers: ["name"]
                fields:
                  - name: name
                    mapping: name
                  - name: description
                    mapping: description
              - name: OrganizationGeneric
                mapping: tenancy.tenants
                identifiers: ["name"]
                fields:
                  - name: name
                    mapping: name
                  - name: description
                    mapping: description
                  - name: group
                    mapping: group
                    reference: CoreStandardGroup
              - name: LocationGeneric
                mapping: dcim.sites
                fields:
                  - name: name
                    mapping: slug
                  - name: description
                    mapping: name
                  - name: type
                    static: "Site"
                  - name: organization
                    mapping: tenant
                    reference: OrganizationGeneric
                  - name: tags
                    mapping: tags
                    reference: BuiltinTag
            """;

    /** The NetBox endpoints the mapping reads and the destination kind each lands in. */
    static final Map<String, String> ENDPOINT_KINDS = Map.of("extras/tags", "BuiltinTag",
            "tenancy/tenant-groups", "CoreStandardGroup", "tenancy/tenants", "OrganizationGeneric",
            "dcim/sites", "LocationGeneric");

    final Path dir;
    final Path cacheRoot;
    final NetboxSandbox netbox;
    InfrahubSandbox infrahub;
    private final HttpClient http = HttpClient.newHttpClient();

    private SandboxWorld(Path dir, NetboxSandbox netbox, InfrahubSandbox infrahub) {
        this.dir = dir;
        this.cacheRoot = dir.resolve("cache");
        this.netbox = netbox;
        this.infrahub = infrahub;
    }

    /** Starts both servers and writes {@code dir/syncs/e2e/config.yml} pointing at them. */
    static SandboxWorld start(Path dir) {
        NetboxSandbox netbox = NetboxSandbox.start(NetboxOptions.defaults());
        try {
            InfrahubSandbox infrahub = InfrahubSandbox.start(InfrahubSandboxOptions.defaults()
                    .withSchemas(InfrahubSandboxOptions.NETBOX_EXAMPLE));
            SandboxWorld world = new SandboxWorld(dir, netbox, infrahub);
            world.writeConfig(Map.of());
            return world;
        } catch (RuntimeException e) {
            netbox.close();
            throw e;
        }
    }

    Path configFile() {
        return dir.resolve("syncs/e2e/config.yml");
    }

    /**
     * (Re)writes the config with the servers' current addresses.
     *
     * @param extraNetboxSettings more NetBox adapter settings (retries, another URL or token)
     */
    void writeConfig(Map<String, String> extraNetboxSettings) {
        writeConfig(extraNetboxSettings, Map.of());
    }

    /** (Re)writes the config with the servers' current addresses and more settings for either adapter. */
    void writeConfig(Map<String, String> extraNetboxSettings, Map<String, String> extraInfrahubSettings) {
        Map<String, String> source = new LinkedHashMap<>();
        source.put("url", netbox.baseUrl());
        source.put("token", netbox.token());
        source.putAll(extraNetboxSettings);
        Map<String, String> destination = new LinkedHashMap<>();
        destination.put("url", infrahub.baseUrl());
        destination.put("token", infrahub.token());
        destination.putAll(extraInfrahubSettings);
        write(configFile(), String.format(CONFIG, settings(source), settings(destination)));
    }

    /** Rewrites the config with {@code edit} applied to its text (to change the mapping between two runs). */
    void editConfig(UnaryOperator<String> edit) {
        try {
            String before = Files.readString(configFile());
            String after = edit.apply(before);
            if (after.equals(before)) {
                throw new IllegalStateException("the config edit changed nothing");
            }
            write(configFile(), after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String settings(Map<String, String> values) {
        StringBuilder block = new StringBuilder();
        values.forEach((key, value) -> block.append("    ").append(key).append(": \"").append(value).append("\"\n"));
        return block.toString().stripTrailing();
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the running Infrahub by one whose schema is the netbox example with {@code schemaEdit} applied,
     * carrying the data over (a schema migration on a live server), and points the config at it.
     */
    void migrateInfrahubSchema(UnaryOperator<String> schemaEdit) {
        String schema;
        try (InputStream in = InfrahubSandbox.class.getClassLoader()
                .getResourceAsStream(InfrahubSandboxOptions.NETBOX_EXAMPLE.get(0))) {
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String edited = schemaEdit.apply(schema);
        if (edited.equals(schema)) {
            throw new IllegalStateException("the schema edit changed nothing");
        }
        Path file = dir.resolve("netbox-migrated.yml");
        write(file, edited);
        String data = infrahub.store().dumpJson();
        infrahub.close();
        infrahub = InfrahubSandbox.start(InfrahubSandboxOptions.defaults().withSchemas(List.of()).withSchemaFiles(List.of(file))
                .withData(data));
        writeConfig(Map.of());
    }

    /** How many objects NetBox serves at the mapped endpoints, per destination kind. */
    Map<String, Integer> expectedCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        ENDPOINT_KINDS.forEach((endpoint, kind) -> counts.merge(kind, netbox.store().count(endpoint), Integer::sum));
        return counts;
    }

    /** How many objects Infrahub's main branch holds of each mapped kind. */
    Map<String, Integer> infrahubCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        ENDPOINT_KINDS.values().forEach(kind -> counts.put(kind, infrahub.store().count("main", kind)));
        return counts;
    }

    /** GET on the NetBox API, as JSON. */
    JsonNode netboxGet(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(netboxRequest(pathAndQuery).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + pathAndQuery + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** PATCH on the NetBox API, as a user editing an object in NetBox would. */
    void netboxPatch(String path, Map<String, ?> changes) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(netboxRequest(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(changes))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("PATCH " + path + ": " + response.statusCode() + " " + response.body());
        }
    }

    private HttpRequest.Builder netboxRequest(String path) {
        return HttpRequest.newBuilder(URI.create(netbox.baseUrl() + path)).header("Authorization", "Token " + netbox.token())
                .header("Accept", "application/json");
    }

    /** Runs the CLI in-process with an environment that holds only the cache folder. */
    Result run(String... args) {
        return runWithCache(cacheRoot, args);
    }

    /** Runs the CLI in-process with another cache folder (to compare two runs that must not see each other). */
    Result runWithCache(Path cache, String... args) {
        Application app = new Application(Map.of("INFRAHUB_SYNC_CACHE_DIR", cache.toString()), dir, dir,
                Clock.systemUTC());
        CommandLine commandLine = InfrahubSyncCommand.newCommandLine(app);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs a command of this sync ({@code --name e2e-netbox --directory syncs} appended). */
    Result runSync(String... args) {
        return runWithCache(cacheRoot, withSync(args));
    }

    /** Runs a command of this sync with another cache folder. */
    Result runSyncWithCache(Path cache, String... args) {
        return runWithCache(cache, withSync(args));
    }

    private static String[] withSync(String... args) {
        String[] all = Arrays.copyOf(args, args.length + 4);
        all[args.length] = "--name";
        all[args.length + 1] = SYNC;
        all[args.length + 2] = "--directory";
        all[args.length + 3] = "syncs";
        return all;
    }

    @Override
    public void close() {
        try {
            infrahub.close();
        } finally {
            netbox.close();
        }
    }

    /** One execution's exit code and captured streams. */
    record Result(int code, String out, String err) {

        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("standard output is not JSON: " + out, e);
            }
        }

        /** Standard error without progress lines: what a user reads as the outcome. */
        List<String> errLines() {
            return err.lines().filter(line -> !line.matches("^(load A|load B|diff|write) .*")).toList();
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
        }
    }
}
