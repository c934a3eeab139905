package io.infrasync.adapter.infrahub;

import io.infrasync.sandbox.infrahub.InfrahubSandbox;
import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.OperationResult;
import io.infrasync.spi.model.ReadRequest;
import io.infrasync.spi.model.WriteBatch;
import io.infrasync.spi.model.WriteOperation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Objects written per second into the Infrahub emulator, and requests per object: creates of
 * {@code TestSite} (three attributes) and of {@code TestDevice} (two attributes, a cardinality-one and a
 * cardinality-many relationship), sent as the host does (one write call per tier chunk of 1,000), with the
 * adapter's batching ({@code batch_size} 50, {@code max_concurrency} 4) and, for comparison, one mutation per
 * request without concurrency (the original's shape). Also times a full read of what was written.
 *
 * <p>Arguments: output file, objects per kind (default 20000), repetitions (default 3), and {@code nagle} to keep the
 * JDK HTTP server's default of delaying small writes (the emulator runs on {@code com.sun.net.httpserver}, which
 * without {@code sun.net.httpserver.nodelay=true} adds a delayed-ACK stall of about 40 ms to every answer on
 * Linux; real Infrahub servers (uvicorn) set {@code TCP_NODELAY}). Not run by {@code mvn verify}.
 */
public final class InfrahubWriteBenchmark {

    private InfrahubWriteBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "perf-infrahub.txt");
        int objects = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        boolean nagle = args.length > 3 && args[3].equals("nagle");
        if (!nagle) {
            System.setProperty("sun.net.httpserver.nodelay", "true"); // read once, when the JDK server class loads
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "objects per kind: %d, repetitions: %d, cores: %d, server TCP_NODELAY: %s%n",
                objects, repetitions, Runtime.getRuntime().availableProcessors(), !nagle));
        run(report, "warm-up 1", objects, 50, 4);
        run(report, "warm-up 2", objects, 50, 4);
        for (int i = 1; i <= repetitions; i++) {
            run(report, "batched #" + i + " (batch_size 50, max_concurrency 4)", objects, 50, 4);
        }
        run(report, "batched (batch_size 200, max_concurrency 4)", objects, 200, 4);
        run(report, "one per request (batch_size 1, max_concurrency 1)", Math.min(objects, 2_000), 1, 1);
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    }

    private static void run(StringBuilder report, String label, int objects, int batchSize, int concurrency) {
        try (InfrahubSandbox sandbox = Sandboxes.start();
                Adapter adapter = new InfrahubAdapterFactory().open(Sandboxes.settings(sandbox, "batch_size", batchSize,
                        "max_concurrency", concurrency, "page_size", 500), AdapterContext.builder().build())) {
            adapter.describeSchema();
            String tag = ((OperationResult.Applied) adapter.write(WriteBatch.of(WriteOperation.create("BuiltinTag",
                    Map.of("name", "bench")))).get(0)).destinationId();
            sandbox.server().requestLog().clear();

            long start = System.nanoTime();
            List<String> sites = write(adapter, objects, i -> WriteOperation.create("TestSite",
                    Map.of("name", "site-" + i, "description", "benchmark site " + i, "asn", 64_512L + i)));
            double siteSeconds = (System.nanoTime() - start) / 1e9;
            long siteRequests = sandbox.server().requestLog().entries().size();

            sandbox.server().requestLog().clear();
            start = System.nanoTime();
            write(adapter, objects, i -> WriteOperation.create("TestDevice", Map.of("name", "device-" + i, "role", "edge",
                    "site", Map.of("id", sites.get(i)), "tags", List.of(Map.of("id", tag)))));
            double deviceSeconds = (System.nanoTime() - start) / 1e9;
            long deviceRequests = sandbox.server().requestLog().entries().size();

            sandbox.server().requestLog().clear();
            start = System.nanoTime();
            long read;
            try (PageStream<AdapterRecord> stream = adapter.read(ReadRequest.of("TestDevice"))) {
                read = stream.forEachRemaining(r -> { });
            }
            double readSeconds = (System.nanoTime() - start) / 1e9;
            long readRequests = sandbox.server().requestLog().entries().size();

            report.append(String.format(Locale.ROOT, "%s%n", label));
            report.append(String.format(Locale.ROOT, "  sites   : %,d creates in %.2f s = %,.0f objects/s, %d requests = %.3f requests/object%n",
                    objects, siteSeconds, objects / siteSeconds, siteRequests, (double) siteRequests / objects));
            report.append(String.format(Locale.ROOT, "  devices : %,d creates in %.2f s = %,.0f objects/s, %d requests = %.3f requests/object%n",
                    objects, deviceSeconds, objects / deviceSeconds, deviceRequests, (double) deviceRequests / objects));
            report.append(String.format(Locale.ROOT, "  read    : %,d devices in %.2f s = %,.0f records/s, %d requests%n",
                    read, readSeconds, read / readSeconds, readRequests));
        }
    }

    private interface Operation {
        WriteOperation at(int index);
    }

    private static List<String> write(Adapter adapter, int objects, Operation operation) {
        List<String> ids = new ArrayList<>(objects);
        for (int from = 0; from < objects; from += 1_000) {
            List<WriteOperation> chunk = new ArrayList<>();
            for (int i = from; i < Math.min(objects, from + 1_000); i++) {
                chunk.add(operation.at(i));
            }
            for (OperationResult result : adapter.write(WriteBatch.of(chunk))) {
                if (!(result instanceof OperationResult.Applied applied)) {
                    throw new IllegalStateException("benchmark write failed: " + result);
                }
                ids.add(applied.destinationId());
            }
        }
        return ids;
    }
}
