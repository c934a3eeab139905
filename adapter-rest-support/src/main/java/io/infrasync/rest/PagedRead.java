package io.infrasync.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.model.ErrorKind;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

/**
 * One paginated read: the first page, then the remaining offsets fetched concurrently (at most
 * {@code concurrency} requests in flight), pages handed out in offset order, so records arrive in the
 * order the server sorted them (by id). Only the pages in flight are held in memory.
 *
 * <p>Offsets can drift when objects are created or deleted during the read: a record seen twice is
 * emitted once, and when the last planned page is still full and has a {@code next} link the read
 * goes on until the server says there is no more.
 *
 * @param <T> what each object becomes (a record, an id)
 */
public final class PagedRead<T> implements PageStream<T> {

    private final RestHttpClient client;
    private final ExecutorService executor;
    private final ObjectReader pageReader;
    private final AdapterContext context;
    private final RestEndpoint endpoint;
    private final URI apiBase;
    private final Map<String, String> query;
    private final int concurrency;
    private final BiFunction<String, Map<String, Object>, T> convert;
    private final ArrayDeque<Future<PageBody>> inFlight = new ArrayDeque<>();
    private final Set<String> seen = new HashSet<>();
    private int pageLength;
    private long plannedEnd;
    private long nextOffset;
    private boolean started;
    private boolean finished;
    private int requests;

    /**
     * Prepares a read; nothing is requested before the first {@link #nextPage()}.
     *
     * @param client      the HTTP client
     * @param executor    runs the concurrent page requests (and their decoding)
     * @param pageReader  decodes a page into a {@link PageBody} (unknown properties ignored)
     * @param context     cancellation and logging
     * @param apiBase     the API root
     * @param endpoint    the list endpoint
     * @param query       the query parameters besides {@code limit}/{@code offset} (filters, fields, ordering)
     * @param pageSize    objects asked per request (the server may clamp it; the read then follows the server)
     * @param concurrency page requests in flight at most
     * @param convert     turns the object's id (its {@code "id"} as text) and data into an item
     */
    public PagedRead(RestHttpClient client, ExecutorService executor, ObjectReader pageReader, AdapterContext context,
                     URI apiBase, RestEndpoint endpoint, Map<String, String> query, int pageSize, int concurrency,
                     BiFunction<String, Map<String, Object>, T> convert) {
        this.client = client;
        this.executor = executor;
        this.pageReader = pageReader;
        this.context = context;
        this.apiBase = apiBase;
        this.endpoint = endpoint;
        this.query = query;
        this.pageLength = pageSize;
        this.concurrency = concurrency;
        this.convert = convert;
    }

    /**
     * The next page of items, in the server's order; each object is emitted once even when offsets drift.
     *
     * @throws AdapterException as {@link RestHttpClient#get} classifies failures, or {@code INVALID_DATA}
     *         for an answer that is not a page or an object without {@code "id"}
     */
    @Override
    public Optional<List<T>> nextPage() {
        if (finished) {
            return Optional.empty();
        }
        context.throwIfCancelled();
        PageBody page;
        if (!started) {
            started = true;
            page = fetch(0, pageLength);
            // The server clamps limit to its MAX_PAGE_SIZE: follow its page length, not ours.
            if (page.next() != null && !page.results().isEmpty() && page.results().size() < pageLength) {
                pageLength = page.results().size();
            }
            nextOffset = pageLength;
            plannedEnd = page.count() != null ? page.count() : page.next() != null ? nextOffset + 1 : 0;
        } else if (inFlight.isEmpty()) {
            finish();
            return Optional.empty();
        } else {
            page = await(inFlight.poll());
            if (page.count() != null && page.count() > plannedEnd) {
                plannedEnd = page.count();
            }
        }
        if (inFlight.isEmpty() && nextOffset >= plannedEnd && page.next() != null && !page.results().isEmpty()) {
            plannedEnd = nextOffset + 1; // objects were added during the read: keep going
        }
        plan();
        List<T> items = items(page);
        if (inFlight.isEmpty() && nextOffset >= plannedEnd) {
            finish();
        }
        return Optional.of(items);
    }

    private void plan() {
        while (inFlight.size() < concurrency && nextOffset < plannedEnd) {
            long offset = nextOffset;
            int limit = pageLength;
            inFlight.add(executor.submit(() -> fetch(offset, limit)));
            nextOffset += pageLength;
        }
    }

    private List<T> items(PageBody page) {
        List<T> items = new ArrayList<>(page.results().size());
        for (Map<String, Object> object : page.results()) {
            Object id = object == null ? null : object.get("id");
            if (id == null) {
                throw new AdapterException(ErrorKind.INVALID_DATA, "resource '" + endpoint.resource()
                        + "': an object without \"id\" in " + endpoint.path());
            }
            String localId = id.toString();
            if (seen.add(localId)) {
                items.add(convert.apply(localId, object));
            }
        }
        return Collections.unmodifiableList(items);
    }

    private PageBody fetch(long offset, int limit) {
        Map<String, String> params = new LinkedHashMap<>(query);
        params.put("limit", Integer.toString(limit));
        params.put("offset", Long.toString(offset));
        URI uri = endpoint.uri(apiBase, params);
        synchronized (this) {
            requests++;
        }
        RestHttpClient.Response response = client.get(uri, endpoint.resource());
        try {
            return pageReader.readValue(response.body());
        } catch (JsonProcessingException e) {
            throw new AdapterException(ErrorKind.INVALID_DATA, "GET " + uri + " (resource '" + endpoint.resource()
                    + "'): the answer is not a page of objects: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new AdapterException(ErrorKind.INVALID_DATA, "GET " + uri + ": unreadable answer", e);
        }
    }

    private PageBody await(Future<PageBody> future) {
        try {
            while (true) {
                try {
                    return future.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (context.isCancelled()) {
                        close();
                        context.throwIfCancelled();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new CancellationException("interrupted while reading " + endpoint.resource());
        } catch (ExecutionException e) {
            close();
            if (e.getCause() instanceof AdapterException adapterException) {
                throw adapterException;
            }
            if (e.getCause() instanceof CancellationException cancelled) {
                throw cancelled;
            }
            throw new AdapterException(ErrorKind.TRANSIENT, "reading resource '" + endpoint.resource() + "' failed: "
                    + e.getCause(), e.getCause());
        }
    }

    private void finish() {
        if (!finished) {
            finished = true;
            context.logger().log(System.Logger.Level.DEBUG, "read {0} objects of {1} in {2} requests", seen.size(),
                    endpoint.resource(), requests);
            seen.clear();
        }
    }

    /** Cancels the requests in flight; the stream then ends. */
    @Override
    public void close() {
        finished = true;
        seen.clear();
        for (Future<PageBody> future; (future = inFlight.poll()) != null; ) {
            future.cancel(true);
        }
    }
}
