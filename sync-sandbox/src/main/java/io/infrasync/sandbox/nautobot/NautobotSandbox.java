package io.infrasync.sandbox.nautobot;

import io.infrasync.sandbox.SandboxServer;
import io.infrasync.sandbox.inventory.InventoryGenerator;

/**
 * A Nautobot 2.x REST emulator on 127.0.0.1, started in-process:
 * <pre>{@code
 * try (NautobotSandbox nautobot = NautobotSandbox.start(NautobotOptions.defaults()
 *         .withData(NautobotOptions.Data.generated(42, 10_000)))) {
 *     String url = nautobot.baseUrl();   // send "Authorization: Token " + nautobot.token()
 *     UUID site = nautobot.store().idOf("dcim/locations", "SITE-00001").orElseThrow();
 *     nautobot.store().update("dcim/locations", site, Map.of("description", "changed"));
 * }
 * }</pre>
 * It prints nothing; callers show the URL and token.
 */
public final class NautobotSandbox implements AutoCloseable {

    private final NautobotOptions options;
    private final NautobotStore store;
    private final SandboxServer server;

    private NautobotSandbox(NautobotOptions options, NautobotStore store, SandboxServer server) {
        this.options = options;
        this.store = store;
        this.server = server;
    }

    /** Seeds the store from {@code options.data()} and starts serving. */
    public static NautobotSandbox start(NautobotOptions options) {
        NautobotStore store = new NautobotStore(options.clock());
        if (options.data() instanceof NautobotOptions.Data.Generated generated) {
            NautobotInventoryLoader.load(store, generated.seed(),
                    InventoryGenerator.generate(generated.seed(), generated.size()));
        } else {
            NautobotInventoryLoader.loadBuiltIns(store, 0);
        }
        SandboxServer server = SandboxServer.start("nautobot", options.port(), new NautobotHandler(store, options));
        return new NautobotSandbox(options, store, server);
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash (the API is under {@code /api/}). */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** The token: {@code Authorization: Token <token>}. */
    public String token() {
        return options.token();
    }

    /** The highest (and default) API version, as the {@code API-Version} header shows it. */
    public String apiVersion() {
        return options.apiVersion();
    }

    /** The HTTP server: fault plan and request log. */
    public SandboxServer server() {
        return server;
    }

    /** The data, for tests that change objects between runs. */
    public NautobotStore store() {
        return store;
    }

    @Override
    public void close() {
        server.close();
    }
}
