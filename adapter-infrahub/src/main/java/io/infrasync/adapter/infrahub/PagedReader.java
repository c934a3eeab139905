package io.infrasync.adapter.infrahub;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.model.ErrorKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
import java.util.function.Function;

/**
 * Streams one paginated list query ({@code K(offset:, limit:) { count edges { node {...} } }}). The first
 * page is fetched when the host asks for it and tells the total {@code count}; then up to
 * {@code max_concurrency} further pages are fetched ahead, concurrently, and handed out in page order,
 * so that records come in the server's stable order while the host processes the current page. A node
 * seen twice (rows shifting between pages while others write) is emitted once; when the count grows
 * meanwhile, the extra pages are fetched too.
 */
final class PagedReader<T> implements PageStream<T> {

    private final InfrahubClient client;
    private final AdapterContext context;
    private final ExecutorService executor;
    private final String kind;
    private final String document;
    private final Map<String, Object> variables;
    private final int pageSize;
    private final int window;
    private final Function<JsonNode, Optional<T>> mapper;
    private final Function<T, String> idOf;

    private final Deque<Future<JsonNode>> ahead = new ArrayDeque<>();
    private final Set<String> seen = new HashSet<>();
    private int nextToSchedule;
    private int knownCount = -1;
    private boolean ended;

    PagedReader(InfrahubClient client, AdapterContext context, ExecutorService executor, String kind, String document,
            Map<String, Object> variables, int pageSize, int window, Function<JsonNode, Optional<T>> mapper,
            Function<T, String> idOf) {
        this.client = client;
        this.context = context;
        this.executor = executor;
        this.kind = kind;
        this.document = document;
        this.variables = variables;
        this.pageSize = pageSize;
        this.window = window;
        this.mapper = mapper;
        this.idOf = idOf;
    }

    @Override
    public Optional<List<T>> nextPage() {
        if (ended) {
            return Optional.empty();
        }
        context.throwIfCancelled();
        JsonNode page;
        if (knownCount < 0) {
            page = fetch(0);
            nextToSchedule = 1;
        } else {
            if (ahead.isEmpty()) {
                ended = true;
                return Optional.empty();
            }
            page = await(ahead.removeFirst());
        }
        knownCount = Math.max(knownCount, page.path("count").asInt(0));
        schedule();
        List<T> items = new ArrayList<>();
        for (JsonNode edge : page.path("edges")) {
            mapper.apply(edge).filter(item -> seen.add(idOf.apply(item))).ifPresent(items::add);
        }
        if (items.isEmpty() && ahead.isEmpty()) {
            ended = true;
            return Optional.empty();
        }
        return Optional.of(List.copyOf(items));
    }

    /** Keeps up to {@code window} pages in flight, as long as the known count says more pages exist. */
    private void schedule() {
        while (ahead.size() < window && (long) nextToSchedule * pageSize < knownCount) {
            int index = nextToSchedule++;
            ahead.addLast(executor.submit(() -> fetch(index)));
        }
    }

    private JsonNode fetch(int index) {
        Map<String, Object> vars = new LinkedHashMap<>(variables);
        vars.put("offset", index * pageSize);
        vars.put("limit", pageSize);
        String what = "reading " + kind + " page " + (index + 1) + " on branch '" + client.branch() + "'";
        JsonNode body = client.graphql(document, vars, what);
        GraphqlErrors.throwIfAny(body, what);
        JsonNode result = body.path("data").path(kind);
        if (!result.isObject()) {
            throw new AdapterException(ErrorKind.INVALID_DATA, what + ": the answer has no data." + kind);
        }
        return result;
    }

    private JsonNode await(Future<JsonNode> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading " + kind);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AdapterException(ErrorKind.TRANSIENT, "reading " + kind + ": " + cause, cause);
        }
    }

    @Override
    public void close() {
        ended = true;
        ahead.forEach(future -> future.cancel(true));
        ahead.clear();
    }
}
