package io.infrasync.sandbox.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrasync.sandbox.nautobot.NautobotOptions;
import io.infrasync.sandbox.nautobot.NautobotSandbox;
import java.util.Locale;

/**
 * A main-method harness (not a unit test): seeds both emulators with a generated inventory and
 * pages through every interface with limit=1000, twice (cold render, then cached JSON).
 * Run: {@code mvn -q -pl sync-sandbox test-compile exec:java} is not configured; use
 * {@code java -cp <test-classpath> io.infrasync.sandbox.netbox.NetboxSandboxBenchmark 100000}.
 */
public final class NetboxSandboxBenchmark {

    private NetboxSandboxBenchmark() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        StringBuilder report = new StringBuilder();
        long start = System.nanoTime();
        try (NetboxSandbox netbox = NetboxSandbox.start(NetboxOptions.defaults()
                .withData(NetboxOptions.Data.generated(1, size)))) {
            long seeded = System.nanoTime();
            report.append(String.format(Locale.ROOT, "netbox size=%d seed+start=%.2fs heap=%dMB%n", size,
                    (seeded - start) / 1e9, usedMb()));
            Http http = new Http(netbox.baseUrl(), "Token " + netbox.token());
            for (String pass : new String[] {"cold", "cached"}) {
                long t0 = System.nanoTime();
                int objects = walk(http, "/api/dcim/interfaces/?limit=1000");
                double seconds = (System.nanoTime() - t0) / 1e9;
                report.append(String.format(Locale.ROOT, "netbox %s: %d interfaces in %.2fs = %.0f objects/s heap=%dMB%n",
                        pass, objects, seconds, objects / seconds, usedMb()));
            }
            long t0 = System.nanoTime();
            int changed = walk(http, "/api/dcim/interfaces/?limit=1000&last_updated__gte=2024-12-31T00:00:00Z");
            report.append(String.format(Locale.ROOT, "netbox last_updated__gte filter: %d objects in %.2fs%n", changed,
                    (System.nanoTime() - t0) / 1e9));
        }
        start = System.nanoTime();
        try (NautobotSandbox nautobot = NautobotSandbox.start(NautobotOptions.defaults()
                .withData(NautobotOptions.Data.generated(1, size)))) {
            report.append(String.format(Locale.ROOT, "nautobot size=%d seed+start=%.2fs heap=%dMB%n", size,
                    (System.nanoTime() - start) / 1e9, usedMb()));
            Http http = new Http(nautobot.baseUrl(), "Token " + nautobot.token());
            for (String pass : new String[] {"cold", "cached"}) {
                long t0 = System.nanoTime();
                int objects = walk(http, "/api/dcim/interfaces/?limit=1000");
                double seconds = (System.nanoTime() - t0) / 1e9;
                report.append(String.format(Locale.ROOT, "nautobot %s: %d interfaces in %.2fs = %.0f objects/s%n",
                        pass, objects, seconds, objects / seconds));
            }
        }
        System.out.print(report);
    }

    private static int walk(Http http, String first) {
        int objects = 0;
        String url = first;
        while (url != null) {
            JsonNode page = http.get(url).json();
            objects += page.get("results").size();
            url = page.get("next").isNull() ? null : page.get("next").asText();
        }
        return objects;
    }

    private static long usedMb() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }
}
