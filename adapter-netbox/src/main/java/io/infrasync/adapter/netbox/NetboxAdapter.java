package io.infrasync.adapter.netbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.infrasync.rest.DaemonThreads;
import io.infrasync.rest.PageBody;
import io.infrasync.rest.PagedRead;
import io.infrasync.rest.RestEndpoint;
import io.infrasync.rest.RestHttpClient;
import io.infrasync.rest.RestSettings;
import io.infrasync.rest.TimestampCursors;
import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.Cursor;
import io.infrasync.spi.model.CursorTier;
import io.infrasync.spi.model.ReadRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;

/**
 * A read-only connection to one NetBox. Thread-safe: every read has its own {@link PagedRead}; the
 * HTTP client and the page workers are shared.
 */
final class NetboxAdapter implements Adapter {

    private final RestSettings config;
    private final RestHttpClient client;
    private final AdapterContext context;
    private final ExecutorService pageWorkers;
    private final ObjectReader pageReader;

    NetboxAdapter(RestSettings config, RestHttpClient client, AdapterContext context) {
        this.config = config;
        this.client = client;
        this.context = context;
        this.pageWorkers = DaemonThreads.cachedPool("netbox-page");
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
     * The server's clock (the {@code Date} header of a one-object, id-only request) minus the margin
     * (see {@link TimestampCursors#fromServerDate}).
     */
    @Override
    public Cursor safeCursor(String resource) {
        RestEndpoint endpoint = endpoint(resource);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("limit", "1");
        query.put("fields", "id");
        RestHttpClient.Response response = client.get(endpoint.uri(config.apiBase(), query), resource);
        return TimestampCursors.fromServerDate(response, config.cursorMargin(), RestClient.NETBOX, resource, context);
    }

    @Override
    public PageStream<AdapterRecord> readChangesSince(ReadRequest request, Cursor since) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("last_updated__gte", TimestampCursors.instant(since, "netbox").toString());
        return records(request, query);
    }

    @Override
    public PageStream<String> listIds(String resource) {
        RestEndpoint endpoint = endpoint(resource);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("ordering", "id");
        // NetBox 4.0+ serializes only the id; 3.x ignores 'fields' and still answers correctly.
        query.put("fields", "id");
        return new PagedRead<>(client, pageWorkers, pageReader, context, config.apiBase(), endpoint, query,
                RestSettings.MAX_PAGE_SIZE, config.maxConcurrency(), (id, data) -> id);
    }

    private PageStream<AdapterRecord> records(ReadRequest request, Map<String, String> filters) {
        RestEndpoint endpoint = endpoint(request.resource());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("ordering", "id");
        query.putAll(filters);
        request.fields().ifPresent(fields -> query.put("fields", fieldList(fields)));
        int pageSize = request.pageSizeHint() > 0 ? Math.min(request.pageSizeHint(), RestSettings.MAX_PAGE_SIZE)
                : config.pageSize();
        String origin = request.resource();
        return new PagedRead<>(client, pageWorkers, pageReader, context, config.apiBase(), endpoint, query, pageSize,
                config.maxConcurrency(), (id, data) -> AdapterRecord.of(id, origin, data));
    }

    private static RestEndpoint endpoint(String resource) {
        return RestEndpoint.of(resource, RestClient.NETBOX);
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

    @Override
    public void close() {
        pageWorkers.shutdownNow();
        client.close();
    }
}
