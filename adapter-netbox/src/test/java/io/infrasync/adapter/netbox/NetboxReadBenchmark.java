package io.infrasync.adapter.netbox;

import io.infrasync.rest.PageBody;
import io.infrasync.rest.PagedRead;
import io.infrasync.rest.RestEndpoint;
import io.infrasync.rest.RestHttpClient;
import io.infrasync.rest.RestSettings;
import io.infrasync.sandbox.netbox.NetboxOptions;
import io.infrasync.sandbox.netbox.NetboxSandbox;
import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.ReadRequest;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Records per second reading {@code dcim.interfaces} from the sandbox NetBox, and requests made.
 * A main method at test scope ({@code mvn verify} does not run it); see docs/perf-netbox.md.
 *
 * <p>Arguments: output file, inventory size (about 8/11 of it are interfaces), warm-up reads,
 * measured reads, max_concurrency.
 */
public final class NetboxReadBenchmark {

    /**
     * The fields the upstream netbox_to_infrahub config maps from dcim.interfaces (InfraInterfaceL2L3:
     * fields, references and the device.name filter), as {@code MappingPlan.requiredFields} computes them
     * minus {@code id}, which the adapter adds.
     */
    static final Set<String> UPSTREAM_INTERFACE_FIELDS = Set.of("name", "description", "type", "mode", "mac_address",
            "mgmt_only", "untagged_vlan", "tagged_vlans", "device", "tags");

    private NetboxReadBenchmark() {
    }

    /**
     * The client's share alone: one 1000-interface page fetched once, then decoded into records
     * {@code 100 * runs} times on this thread (what each page worker does after its request).
     */
    private static String decodeOnly(NetboxSandbox netbox, int runs, String label, String extraQuery)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(netbox.baseUrl() + "/api/dcim/interfaces/?ordering=id&limit=1000&offset=0" + extraQuery))
                .header("Authorization", "Token " + netbox.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
        ObjectReader reader = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readerFor(PageBody.class);
        long records = 0;
        for (int i = 0; i < 20; i++) {
            records += ((PageBody) reader.readValue(page.body())).results().size(); // warm-up
        }
        records = 0;
        long start = System.nanoTime();
        for (int i = 0; i < 100 * runs; i++) {
            PageBody body = reader.readValue(page.body());
            for (Map<String, Object> object : body.results()) {
                AdapterRecord.of(object.get("id").toString(), "dcim.interfaces", object);
                records++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format("decode only (one thread), %s: %d records from %d-byte pages in %.2f s, %.0f records/s",
                label, records, page.body().length, seconds, records / seconds);
    }

    private static void measure(NetboxSandbox netbox, List<String> lines, String label, int warmups, int runs,
                                Supplier<PageStream<AdapterRecord>> reads) throws InterruptedException {
        for (int i = 0; i < warmups + runs; i++) {
            netbox.server().requestLog().clear();
            long start = System.nanoTime();
            long records = 0;
            long pages = 0;
            try (PageStream<AdapterRecord> stream = reads.get()) {
                for (var page = stream.nextPage(); page.isPresent(); page = stream.nextPage()) {
                    records += page.get().size();
                    pages++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Thread.sleep(50); // the server logs a request just after answering it
            lines.add(String.format("%s, %s %d: %d records, %d pages, %d requests, %.2f s, %.0f records/s", label,
                    i < warmups ? "warm-up" : "run", i + 1, records, pages,
                    netbox.server().requestLog().entries().size(), seconds, records / seconds));
        }
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "perf-netbox.txt");
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 137_500;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int concurrency = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        List<String> lines = new ArrayList<>();
        long seedStart = System.nanoTime();
        try (NetboxSandbox netbox = NetboxSandbox.start(NetboxOptions.defaults()
                .withData(NetboxOptions.Data.generated(42, size)))) {
            lines.add(String.format("sandbox seeded with %d interfaces in %.1f s; cores=%d, max_concurrency=%d",
                    netbox.store().count("dcim/interfaces"), (System.nanoTime() - seedStart) / 1e9,
                    Runtime.getRuntime().availableProcessors(), concurrency));
            AdapterSettings settings = AdapterSettings.of(Map.of("url", netbox.baseUrl(), "token", netbox.token(),
                    "max_concurrency", concurrency));
            try (Adapter adapter = new NetboxAdapterFactory().open(settings, AdapterContext.builder().build())) {
                measure(netbox, lines, "adapter read (ordering=id)", warmups, runs,
                        () -> adapter.read(ReadRequest.of("dcim.interfaces")));
                measure(netbox, lines, "adapter read with the upstream field hint", warmups, runs,
                        () -> adapter.read(ReadRequest.of("dcim.interfaces").withFields(UPSTREAM_INTERFACE_FIELDS)));
            }
            // The same client and pagination without the ordering parameter: the emulator then serves
            // pages from its id index instead of scanning and sorting the table for every page.
            AdapterContext context = AdapterContext.builder().build();
            RestSettings config = RestSettings.from(settings, context, RestClient.NETBOX);
            try (RestHttpClient client = RestClient.open(config, context)) {
                ExecutorService workers = Executors.newCachedThreadPool();
                ObjectReader reader = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .readerFor(PageBody.class);
                measure(netbox, lines, "same client, no ordering parameter", warmups, runs,
                        () -> new PagedRead<>(client, workers, reader, context, config.apiBase(),
                                RestEndpoint.of("dcim.interfaces", RestClient.NETBOX), new LinkedHashMap<>(), config.pageSize(),
                                config.maxConcurrency(), (id, data) -> AdapterRecord.of(id, "dcim.interfaces", data)));
                workers.shutdownNow();
            }
            lines.add(decodeOnly(netbox, runs, "full objects", ""));
            lines.add(decodeOnly(netbox, runs, "upstream field hint", "&fields="
                    + NetboxAdapter.fieldList(UPSTREAM_INTERFACE_FIELDS)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
    }
}
