package io.infrasync.sandbox.netbox;

import io.infrasync.sandbox.SandboxServer;
import io.infrasync.sandbox.inventory.InventoryGenerator;

/**
 * A NetBox 4.x REST emulator on 127.0.0.1, started in-process:
 * <pre>{@code
 * try (NetboxSandbox netbox = NetboxSandbox.start(NetboxOptions.defaults())) {
 *     String url = netbox.baseUrl();      // http://127.0.0.1:<port>
 *     String token = netbox.token();      // send "Authorization: Token <token>"
 *     netbox.store().update("dcim/sites", 1, Map.of("description", "changed")); // bumps last_updated
 *     netbox.server().faults().route("GET", "/api/dcim/devices/", new Fault.ServerError(500, "{}"), 1);
 * }
 * }</pre>
 * It prints nothing; the caller (tests, the CLI's {@code sandbox} command) shows the URL and token.
 */
public final class NetboxSandbox implements AutoCloseable {

    private final NetboxOptions options;
    private final NetboxStore store;
    private final SandboxServer server;

    private NetboxSandbox(NetboxOptions options, NetboxStore store, SandboxServer server) {
        this.options = options;
        this.store = store;
        this.server = server;
    }

    /** Seeds the store from {@code options.data()} and starts serving. */
    public static NetboxSandbox start(NetboxOptions options) {
        NetboxStore store = new NetboxStore(NetboxVersion.parse(options.version()), options.clock());
        if (options.data() instanceof NetboxOptions.Data.Demo) {
            DemoDataLoader.load(store);
        } else if (options.data() instanceof NetboxOptions.Data.Generated generated) {
            InventoryLoader.load(store, InventoryGenerator.generate(generated.seed(), generated.size()));
        }
        SandboxServer server = SandboxServer.start("netbox", options.port(), new NetboxHandler(store, options));
        return new NetboxSandbox(options, store, server);
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash (the API is under {@code /api/}). */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** The v1 token: {@code Authorization: Token <token>}. */
    public String token() {
        return options.token();
    }

    /** The v2 token value for {@code Authorization: Bearer <value>} (accepted from 4.5 on). */
    public String v2Token() {
        return options.v2Token();
    }

    /** The NetBox version imitated, as the {@code API-Version} header shows it. */
    public String apiVersion() {
        return NetboxVersion.parse(options.version()).apiVersion();
    }

    /** The HTTP server: fault plan and request log. */
    public SandboxServer server() {
        return server;
    }

    /** The data, for tests that change objects between runs. */
    public NetboxStore store() {
        return store;
    }

    @Override
    public void close() {
        server.close();
    }
}
