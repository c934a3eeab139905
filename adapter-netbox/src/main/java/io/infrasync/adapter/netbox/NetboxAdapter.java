package io.infrasync.adapter.netbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.Cursor;
import io.infrasync.spi.model.CursorTier;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.ReadRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A read-only connection to one NetBox. Thread-safe: every read has its own {@link PagedRead}; the
 * HTTP client and the page workers are shared.
 */
final class NetboxAdapter implements Adapter {

    private final NetboxConfig config;
    private final RestClient client;
    private final AdapterContext context;
    private final ExecutorService pageWorkers;
    private final ObjectReader pageReader;

    NetboxAdapter(NetboxConfig config, RestClient client, AdapterContext context) {
        this.config = config;
        this.client = client;
        this.context = context;
        AtomicInteger number = new AtomicInteger();
        this.pageWorkers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "netbox-page-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.pageReader = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readerFor(PageBody.class);
    }

    @Override
    public PageStream<AdapterRecord> read(ReadRequest request) {
        return records(request, new LinkedHashMap<>());
    }

    @Override
    public CursorTier cursorTier(String resource) {
        // Every NetBox model served by the REST API is change-logged and filters on last_updated.
        return CursorTier.TIMESTAMP;
    }

    /**
     * The server's clock (the {@code Date} header of a one-object, id-only request) minus the margin:
     * covers the header's one-second precision, clock skew between NetBox workers, and transactions
     * that commit after they stamped {@code last_updated}. A server without a {@code Date} header
     * gets the epoch: a full re-read next time, never a missed change.
     */
    @Override
    public Cursor safeCursor(String resource) {
        Endpoint endpoint = Endpoint.of(resource);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("limit", "1");
        query.put("fields", "id");
        RestClient.Response response = client.get(endpoint.uri(config.apiBase(), query), resource);
        Instant cursor = response.serverDate().map(date -> date.minus(config.cursorMargin())).orElseGet(() -> {
            context.logger().log(System.Logger.Level.WARNING, "NetBox sent no Date header for {0}: the next "
                    + "incremental read of it starts from the beginning", resource);
            return Instant.EPOCH;
        });
        return Cursor.timestamp(cursor);
    }

    @Override
    public PageStream<AdapterRecord> readChangesSince(ReadRequest request, Cursor since) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("last_updated__gte", instant(since).toString());
        return records(request, query);
    }

    @Override
    public PageStream<String> listIds(String resource) {
        Endpoint endpoint = Endpoint.of(resource);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("ordering", "id");
        // NetBox 4.0+ serializes only the id; 3.x ignores 'fields' and still answers correctly.
        query.put("fields", "id");
        return new PagedRead<>(client, pageWorkers, pageReader, context, config.apiBase(), endpoint, query,
                NetboxConfig.MAX_PAGE_SIZE, config.maxConcurrency(), (id, data) -> id);
    }

    private PageStream<AdapterRecord> records(ReadRequest request, Map<String, String> filters) {
        Endpoint endpoint = Endpoint.of(request.resource());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("ordering", "id");
        query.putAll(filters);
        request.fields().ifPresent(fields -> query.put("fields", fieldList(fields)));
        int pageSize = request.pageSizeHint() > 0 ? Math.min(request.pageSizeHint(), NetboxConfig.MAX_PAGE_SIZE)
                : config.pageSize();
        String origin = request.resource();
        return new PagedRead<>(client, pageWorkers, pageReader, context, config.apiBase(), endpoint, query, pageSize,
                config.maxConcurrency(), (id, data) -> AdapterRecord.of(id, origin, data));
    }

    /**
     * NetBox 4.0+'s {@code ?fields=}: a comma-separated list of top-level fields; nested objects stay in
     * their brief form, unknown names are ignored, and {@code id} is served only when asked for, so it is
     * always added (the records' local ids come from it). NetBox 3.x ignores the parameter and serves
     * full objects, which hold every hinted field too.
     */
    static String fieldList(Set<String> hinted) {
        Set<String> fields = new TreeSet<>(hinted);
        fields.add("id");
        return String.join(",", fields);
    }

    private static Instant instant(Cursor cursor) {
        if (cursor.tier() != CursorTier.TIMESTAMP) {
            throw new AdapterException(ErrorKind.INVALID_DATA, "cursor of tier " + cursor.tier()
                    + " was not produced by the netbox adapter (expected TIMESTAMP)");
        }
        try {
            return cursor.instant();
        } catch (DateTimeParseException e) {
            throw new AdapterException(ErrorKind.INVALID_DATA, "cursor '" + cursor.value()
                    + "' is not an ISO-8601 instant", e);
        }
    }

    @Override
    public void close() {
        pageWorkers.shutdownNow();
        client.close();
    }
}
