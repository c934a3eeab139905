package io.infrasync.cli;

import io.infrasync.cli.app.ExitCodes;
import io.infrasync.sandbox.infrahub.InfrahubSandbox;
import io.infrasync.sandbox.infrahub.InfrahubSandboxOptions;
import io.infrasync.sandbox.nautobot.NautobotOptions;
import io.infrasync.sandbox.nautobot.NautobotSandbox;
import io.infrasync.sandbox.netbox.NetboxOptions;
import io.infrasync.sandbox.netbox.NetboxSandbox;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code infrahub-sync sandbox}: runs the loopback emulators standalone until Ctrl-C, for trying configurations
 * by hand. NetBox is seeded with the NetBox demo data (or a generated inventory with {@code --size}), Nautobot
 * with a generated inventory, Infrahub with the schema of the matching upstream example configuration.
 */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Run sandbox NetBox, Nautobot and/or Infrahub servers on 127.0.0.1 until interrupted (Ctrl-C),"
                + " and print each one's URL and API token. All three when none is chosen.")
final class SandboxCommand implements Callable<Integer> {

    /** Seed of generated inventories: the same --size gives the same objects on every start. */
    static final long INVENTORY_SEED = 1;

    /** How the command waits once the servers run; tests replace it to stop at once. */
    @FunctionalInterface
    interface Wait {
        /** Returns when the servers should stop. */
        void untilStopped() throws Exception;
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--netbox", description = "Start the NetBox 4.x emulator.")
    boolean netbox;

    @Option(names = "--nautobot", description = "Start the Nautobot 2.x emulator.")
    boolean nautobot;

    @Option(names = "--infrahub", description = "Start the Infrahub 1.x emulator.")
    boolean infrahub;

    @Option(names = "--size", paramLabel = "N",
            description = "Seed NetBox and Nautobot with a generated inventory of about N objects"
                    + " (default: NetBox demo data; Nautobot 1000 objects).")
    Integer size;

    @Option(names = "--port", paramLabel = "P", defaultValue = "0",
            description = "Port of the first server started, the next ones on P+1, P+2 (default 0: free ports).")
    int port;

    @Option(names = "--token", paramLabel = "T", description = "API token all servers accept (default: each one's own).")
    String token;

    @Option(names = "--infrahub-schema", paramLabel = "netbox|nautobot",
            description = "Infrahub schema: the one of the netbox_to_infrahub (default) or nautobot-v2_to_infrahub"
                    + " example config (default nautobot when only --nautobot and --infrahub are chosen).")
    String infrahubSchema;

    Wait wait = SandboxCommand::untilInterrupted;

    /** Counted down once the servers are closed, so a Ctrl-C hook lets the JVM exit only after that. */
    private static final CountDownLatch CLOSED = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean all = !netbox && !nautobot && !infrahub;
        if (size != null && size < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--size must be at least 1, got " + size);
        }
        if (port < 0 || port > 65535 - 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65533, got " + port);
        }
        List<String> schema = schema(all);
        List<AutoCloseable> servers = new ArrayList<>();
        int next = port;
        try {
            if (all || netbox) {
                NetboxOptions options = NetboxOptions.defaults().withPort(next);
                options = size == null ? options : options.withData(NetboxOptions.Data.generated(INVENTORY_SEED, size));
                options = token == null ? options : options.withToken(token);
                NetboxSandbox server = NetboxSandbox.start(options);
                servers.add(server);
                print(out, "NetBox", server.baseUrl(), server.token(), size == null ? "NetBox demo data"
                        : "generated inventory of about " + size + " objects", "NETBOX_ADDRESS", "NETBOX_TOKEN");
                next = next == 0 ? 0 : next + 1;
            }
            if (all || nautobot) {
                NautobotOptions options = NautobotOptions.defaults().withPort(next);
                options = size == null ? options : options.withData(NautobotOptions.Data.generated(INVENTORY_SEED, size));
                options = token == null ? options : options.withToken(token);
                NautobotSandbox server = NautobotSandbox.start(options);
                servers.add(server);
                print(out, "Nautobot", server.baseUrl(), server.token(), "generated inventory of about "
                        + (size == null ? 1000 : size) + " objects", "NAUTOBOT_ADDRESS", "NAUTOBOT_TOKEN");
                next = next == 0 ? 0 : next + 1;
            }
            if (all || infrahub) {
                InfrahubSandboxOptions options = InfrahubSandboxOptions.defaults().withPort(next).withSchemas(schema);
                options = token == null ? options : options.withToken(token);
                InfrahubSandbox server = InfrahubSandbox.start(options);
                servers.add(server);
                print(out, "Infrahub", server.baseUrl(), server.token(), "schema " + schema.get(0)
                        .replace("infrahub/schemas/", ""), "INFRAHUB_ADDRESS", "INFRAHUB_API_TOKEN");
            }
            out.println("Running until interrupted (Ctrl-C).");
            out.flush();
            wait.untilStopped();
        } finally {
            closeAll(servers);
            out.println("Sandbox stopped.");
            out.flush();
            CLOSED.countDown();
        }
        return ExitCodes.OK;
    }

    private List<String> schema(boolean all) {
        String chosen = infrahubSchema != null ? infrahubSchema
                : nautobot && !netbox && !all ? "nautobot" : "netbox";
        return switch (chosen.toLowerCase(Locale.ROOT)) {
            case "netbox" -> InfrahubSandboxOptions.NETBOX_EXAMPLE;
            case "nautobot" -> InfrahubSandboxOptions.NAUTOBOT_EXAMPLE;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--infrahub-schema must be netbox or nautobot, got '" + chosen + "'");
        };
    }

    private static void print(PrintWriter out, String name, String url, String token, String data, String urlVariable,
            String tokenVariable) {
        out.printf(Locale.ROOT, "%-9s %s  token %s  (%s)%n", name, url, token, data);
        out.printf(Locale.ROOT, "          export %s=%s %s=%s%n", urlVariable, url, tokenVariable, token);
    }

    private static void closeAll(List<AutoCloseable> servers) {
        for (int i = servers.size() - 1; i >= 0; i--) {
            try {
                servers.get(i).close();
            } catch (Exception e) {
                // Stopping: a server that fails to close has nothing left to give back.
            }
        }
    }

    /** Blocks until the JVM is asked to exit (Ctrl-C, SIGTERM); the exit then waits for the servers to close. */
    private static void untilInterrupted() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                CLOSED.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "infrahub-sync-sandbox-stop"));
        stop.await();
    }
}
