package io.infrasync.adapter.nautobot;

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
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.Cursor;
import io.infrasync.spi.model.CursorTier;
import io.infrasync.spi.model.ReadRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * A read-only connection to one Nautobot 2.x. Thread-safe: every read has its own {@link PagedRead};
 * the HTTP client and the page workers are shared.
 *
 * <p>Incremental reads filter on {@code last_updated__gte}. Nautobot filters strictly: an endpoint
 * whose filter set lacks {@code last_updated} answers 400 ("Unknown filter field"). Such a resource
 * reports {@link CursorTier#NONE} (the host then extracts it in full), and if the host still asks for
 * its changes, {@link #readChangesSince} falls back to a full read of it.
 */
final class NautobotAdapter implements Adapter {

    private static final String EPOCH = "1970-01-01T00:00:00Z";

    private final NautobotConfig config;
    private final RestHttpClient client;
    private final AdapterContext context;
    private final ExecutorService pageWorkers;
    private final ObjectReader pageReader;
    /** Endpoints known to reject {@code last_updated__gte}; learnt by probing or by a refused read. */
    private final Set<String> withoutTimestampFilter = ConcurrentHashMap.newKeySet();
    private final Map<String, CursorTier> probed = new ConcurrentHashMap<>();

    NautobotAdapter(NautobotConfig config, RestHttpClient client, AdapterContext context) {
        this.config = config;
        this.client = client;
        this.context = context;
        this.pageWorkers = DaemonThreads.cachedPool("nautobot-page");
        this.pageReader = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readerFor(PageBody.class);
    }

    @Override
    public PageStream<AdapterRecord> read(ReadRequest request) {
        return records(request, Map.of());
    }

    /**
     * Probes the endpoint once with a one-object {@code last_updated__gte} request: a 400 means the
     * endpoint cannot filter by change time. Other failures are left to the read to report.
     */
    @Override
    public CursorTier cursorTier(String resource) {
        RestEndpoint endpoint = endpoint(resource);
        if (withoutTimestampFilter.contains(endpoint.path())) {
            return CursorTier.NONE;
        }
        CursorTier tier = probed.computeIfAbsent(endpoint.path(), path -> {
            try {
                client.get(endpoint.uri(config.rest().apiBase(), idsQuery(Map.of("limit", "1", "last_updated__gte", EPOCH))),
                        resource);
                return CursorTier.TIMESTAMP;
            } catch (RestHttpClient.Rejected e) {
                if (e.status() == 400) {
                    noteWithoutTimestampFilter(endpoint, e);
                    return CursorTier.NONE;
                }
                return null; // not cached: the read reports the failure
            } catch (AdapterException e) {
                return null;
            }
        });
        return tier == null ? CursorTier.TIMESTAMP : tier;
    }

    /**
     * The server's clock (the {@code Date} header of a one-object depth-0 request) minus the margin
     * (see {@link TimestampCursors#fromServerDate}).
     */
    @Override
    public Cursor safeCursor(String resource) {
        if (cursorTier(resource) == CursorTier.NONE) {
            throw AdapterException.unsupported(Capability.CHANGES_SINCE);
        }
        RestEndpoint endpoint = endpoint(resource);
        RestHttpClient.Response response = client.get(endpoint.uri(config.rest().apiBase(),
                idsQuery(Map.of("limit", "1"))), resource);
        return TimestampCursors.fromServerDate(response, config.rest().cursorMargin(), RestClient.NAUTOBOT, resource,
                context);
    }

    @Override
    public PageStream<AdapterRecord> readChangesSince(ReadRequest request, Cursor since) {
        Instant instant = TimestampCursors.instant(since, "nautobot");
        RestEndpoint endpoint = endpoint(request.resource());
        if (withoutTimestampFilter.contains(endpoint.path())) {
            return read(request);
        }
        PageStream<AdapterRecord> changes = records(request, Map.of("last_updated__gte", instant.toString()));
        return new FallbackOnRejectedFilter(changes, () -> read(request), endpoint);
    }

    @Override
    public PageStream<String> listIds(String resource) {
        RestEndpoint endpoint = endpoint(resource);
        // depth=0 is the lightest representation Nautobot offers (brief was removed in 2.0).
        return new PagedRead<>(client, pageWorkers, pageReader, context, config.rest().apiBase(), endpoint,
                idsQuery(Map.of()), RestSettings.MAX_PAGE_SIZE, config.rest().maxConcurrency(), (id, data) -> id);
    }

    private static Map<String, String> idsQuery(Map<String, String> extra) {
        Map<String, String> query = new LinkedHashMap<>(extra);
        query.put("depth", "0");
        return query;
    }

    private PageStream<AdapterRecord> records(ReadRequest request, Map<String, String> filters) {
        RestEndpoint endpoint = endpoint(request.resource());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("depth", Integer.toString(config.depth()));
        query.putAll(filters);
        int pageSize = request.pageSizeHint() > 0 ? Math.min(request.pageSizeHint(), RestSettings.MAX_PAGE_SIZE)
                : config.rest().pageSize();
        String origin = request.resource();
        // request.fields() is not used: Nautobot's REST API cannot select fields (docs/adapter-nautobot.md).
        return new PagedRead<>(client, pageWorkers, pageReader, context, config.rest().apiBase(), endpoint, query,
                pageSize, config.rest().maxConcurrency(), (id, data) -> AdapterRecord.of(id, origin, data));
    }

    private static RestEndpoint endpoint(String resource) {
        return RestEndpoint.of(resource, RestClient.NAUTOBOT);
    }

    private void noteWithoutTimestampFilter(RestEndpoint endpoint, AdapterException e) {
        if (withoutTimestampFilter.add(endpoint.path())) {
            context.logger().log(System.Logger.Level.WARNING, "Nautobot endpoint {0} rejects last_updated__gte ({1}): "
                    + "resource {2} is read in full", endpoint.path(), e.getMessage(), endpoint.resource());
        }
    }

    /**
     * A changes read that turns into a full read when the first page is refused with 400, as the
     * original adapter does for endpoints without a {@code last_updated} filter.
     */
    private final class FallbackOnRejectedFilter implements PageStream<AdapterRecord> {
        private PageStream<AdapterRecord> current;
        private final java.util.function.Supplier<PageStream<AdapterRecord>> fallback;
        private final RestEndpoint endpoint;
        private boolean first = true;

        FallbackOnRejectedFilter(PageStream<AdapterRecord> changes,
                                 java.util.function.Supplier<PageStream<AdapterRecord>> fallback, RestEndpoint endpoint) {
            this.current = changes;
            this.fallback = fallback;
            this.endpoint = endpoint;
        }

        @Override
        public Optional<List<AdapterRecord>> nextPage() {
            if (!first) {
                return current.nextPage();
            }
            first = false;
            try {
                return current.nextPage();
            } catch (RestHttpClient.Rejected e) {
                if (e.status() != 400) {
                    throw e;
                }
                noteWithoutTimestampFilter(endpoint, e);
                current.close();
                current = fallback.get();
                return current.nextPage();
            }
        }

        @Override
        public void close() {
            current.close();
        }
    }

    @Override
    public void close() {
        pageWorkers.shutdownNow();
        client.close();
    }
}
