package io.infrasync.sandbox.infrahub;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * How to start an {@link InfrahubSandbox}: port, token, which schema files to load on top of the built-in
 * core schema, initial data, clock and version. Immutable; every {@code withX} returns a copy.
 *
 * <pre>{@code
 * InfrahubSandbox sandbox = InfrahubSandbox.start(InfrahubSandboxOptions.defaults()
 *         .withSchemas(InfrahubSandboxOptions.NETBOX_EXAMPLE)
 *         .withClock(testClock));
 * }</pre>
 */
public final class InfrahubSandboxOptions {

    /** The token a stock Infrahub demo deployment ships with; the default of the emulator. */
    public static final String DEFAULT_TOKEN = "06438eb2-8019-4776-878c-0941b1f1d1ec";

    /** {@code models/examples/netbox.yml}: pairs with the netbox_to_infrahub example config. */
    public static final List<String> NETBOX_EXAMPLE = List.of("infrahub/schemas/models/examples/netbox.yml");

    /** {@code models/examples/nautobot-v2.yml}: pairs with the nautobot-v2_to_infrahub example config. */
    public static final List<String> NAUTOBOT_EXAMPLE = List.of("infrahub/schemas/models/examples/nautobot-v2.yml");

    /** Infrahub's classic demo schema ({@code models/base}: InfraDevice, LocationSite…). */
    public static final List<String> DEMO_BASE = List.of(
            "infrahub/schemas/models/base/organization.yml", "infrahub/schemas/models/base/location.yml",
            "infrahub/schemas/models/base/dcim.yml", "infrahub/schemas/models/base/ipam.yml",
            "infrahub/schemas/models/base/routing.yml");

    /** The OpsMill schema library base plus its VLAN, VRF, LAG, cable and routing extensions. */
    public static final List<String> SCHEMA_LIBRARY = List.of(
            "infrahub/schemas/schema-library/base/organization.yml", "infrahub/schemas/schema-library/base/location.yml",
            "infrahub/schemas/schema-library/base/dcim.yml", "infrahub/schemas/schema-library/base/ipam.yml",
            "infrahub/schemas/schema-library/extensions/vlan.yml", "infrahub/schemas/schema-library/extensions/vrf.yml",
            "infrahub/schemas/schema-library/extensions/lag.yml", "infrahub/schemas/schema-library/extensions/cable.yml",
            "infrahub/schemas/schema-library/extensions/routing.yml");

    private final int port;
    private final String token;
    private final boolean anonymousReads;
    private final List<String> schemaResources;
    private final List<Path> schemaFiles;
    private final String dataJson;
    private final Path dataFile;
    private final Clock clock;
    private final long seed;
    private final String version;
    private final boolean errorCodes;

    private InfrahubSandboxOptions(int port, String token, boolean anonymousReads, List<String> schemaResources,
            List<Path> schemaFiles, String dataJson, Path dataFile, Clock clock, long seed, String version,
            boolean errorCodes) {
        this.port = port;
        this.token = requireNonNull(token, "token is null");
        this.anonymousReads = anonymousReads;
        this.schemaResources = List.copyOf(schemaResources);
        this.schemaFiles = List.copyOf(schemaFiles);
        this.dataJson = dataJson;
        this.dataFile = dataFile;
        this.clock = requireNonNull(clock, "clock is null");
        this.seed = seed;
        this.version = requireNonNull(version, "version is null");
        this.errorCodes = errorCodes;
    }

    /** Ephemeral port, {@link #DEFAULT_TOKEN}, anonymous reads allowed, the NetBox example schema, no data, UTC clock, version 1.10.6, error codes on. */
    public static InfrahubSandboxOptions defaults() {
        return new InfrahubSandboxOptions(0, DEFAULT_TOKEN, true, NETBOX_EXAMPLE, List.of(), null, null,
                Clock.systemUTC(), 0L, "1.10.6", true);
    }

    /** Listens on {@code port} (0 for an ephemeral one). */
    public InfrahubSandboxOptions withPort(int port) {
        return new InfrahubSandboxOptions(port, token, anonymousReads, schemaResources, schemaFiles, dataJson, dataFile,
                clock, seed, version, errorCodes);
    }

    /** Accepts this API token ({@code X-INFRAHUB-KEY} or {@code Authorization: Bearer}). */
    public InfrahubSandboxOptions withToken(String token) {
        return new InfrahubSandboxOptions(port, token, anonymousReads, schemaResources, schemaFiles, dataJson, dataFile,
                clock, seed, version, errorCodes);
    }

    /** Whether requests without a token may read ({@code main.allow_anonymous_access}); writes always need one. */
    public InfrahubSandboxOptions withAnonymousReads(boolean allowed) {
        return new InfrahubSandboxOptions(port, token, allowed, schemaResources, schemaFiles, dataJson, dataFile,
                clock, seed, version, errorCodes);
    }

    /** Loads these classpath schema resources (see the presets) on top of the core schema, replacing the previous list. */
    public InfrahubSandboxOptions withSchemas(List<String> classpathResources) {
        return new InfrahubSandboxOptions(port, token, anonymousReads, classpathResources, schemaFiles, dataJson,
                dataFile, clock, seed, version, errorCodes);
    }

    /** Also loads these schema files from disk. */
    public InfrahubSandboxOptions withSchemaFiles(List<Path> files) {
        return new InfrahubSandboxOptions(port, token, anonymousReads, schemaResources, files, dataJson, dataFile,
                clock, seed, version, errorCodes);
    }

    /** Starts with the objects of this JSON dump (the format of {@link InfrahubStore#dumpJson()}). */
    public InfrahubSandboxOptions withData(String json) {
        return new InfrahubSandboxOptions(port, token, anonymousReads, schemaResources, schemaFiles, json, null,
                clock, seed, version, errorCodes);
    }

    /** Starts with the objects of a JSON dump file. */
    public InfrahubSandboxOptions withDataFile(Path file) {
        return new InfrahubSandboxOptions(port, token, anonymousReads, schemaResources, schemaFiles, null, file,
                clock, seed, version, errorCodes);
    }

    /** The clock stamping node metadata ({@code created_at}, {@code updated_at}) and branch times. */
    public InfrahubSandboxOptions withClock(Clock clock) {
        return new InfrahubSandboxOptions(port, token, anonymousReads, schemaResources, schemaFiles, dataJson, dataFile,
                clock, seed, version, errorCodes);
    }

    /** Seed of the id generator, so that ids are reproducible with a fixed clock. */
    public InfrahubSandboxOptions withSeed(long seed) {
        return new InfrahubSandboxOptions(port, token, anonymousReads, schemaResources, schemaFiles, dataJson, dataFile,
                clock, seed, version, errorCodes);
    }

    /** The version {@code /api/info} and {@code InfrahubInfo} report. */
    public InfrahubSandboxOptions withVersion(String version) {
        return new InfrahubSandboxOptions(port, token, anonymousReads, schemaResources, schemaFiles, dataJson, dataFile,
                clock, seed, version, errorCodes);
    }

    /**
     * Whether GraphQL errors carry the error-catalogue {@code extensions} ({@code code}, {@code http_status},
     * {@code data}) of newer servers; false gives the legacy message/locations/path errors.
     */
    public InfrahubSandboxOptions withErrorCodes(boolean errorCodes) {
        return new InfrahubSandboxOptions(port, token, anonymousReads, schemaResources, schemaFiles, dataJson, dataFile,
                clock, seed, version, errorCodes);
    }

    public int port() {
        return port;
    }

    public String token() {
        return token;
    }

    public boolean anonymousReads() {
        return anonymousReads;
    }

    public List<String> schemaResources() {
        return schemaResources;
    }

    public List<Path> schemaFiles() {
        return schemaFiles;
    }

    public String dataJson() {
        return dataJson;
    }

    public Path dataFile() {
        return dataFile;
    }

    public Clock clock() {
        return clock;
    }

    public long seed() {
        return seed;
    }

    public String version() {
        return version;
    }

    public boolean errorCodes() {
        return errorCodes;
    }
}
