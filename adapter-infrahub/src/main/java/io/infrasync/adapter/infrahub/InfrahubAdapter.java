package io.infrasync.adapter.infrahub;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.Cursor;
import io.infrasync.spi.model.CursorTier;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.OperationResult;
import io.infrasync.spi.model.ReadRequest;
import io.infrasync.spi.model.SchemaDescription;
import io.infrasync.spi.model.WriteBatch;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open connection to one Infrahub branch. On first use it checks (or creates) the branch, loads the
 * branch's schema and resolves the lineage accounts; every query and mutation is generated from that schema.
 */
final class InfrahubAdapter implements Adapter {

    private static final String UPDATED_AFTER = "node_metadata__updated_at__after";

    private final InfrahubSettings settings;
    private final AdapterContext context;
    private final HttpTransport transport;
    private final InfrahubClient client;
    private final ExecutorService executor;
    private volatile Ready ready;
    private volatile Boolean updatedAfterSupported;

    /** What the first operation loads once. */
    private record Ready(SchemaCatalog catalog, MutationInputs inputs) {
    }

    InfrahubAdapter(InfrahubSettings settings, AdapterContext context) {
        this.settings = settings;
        this.context = context;
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        this.transport = new HttpTransport(settings, context, mapper);
        this.client = new InfrahubClient(transport, settings.branch());
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(settings.maxConcurrency(), runnable -> {
            Thread thread = new Thread(runnable, "infrahub-adapter-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    // ---------------------------------------------------------------- setup

    private Ready ready() {
        Ready current = ready;
        if (current == null) {
            synchronized (this) {
                current = ready;
                if (current == null) {
                    BranchCheck.ensure(transport, settings, context);
                    String what = "reading the schema of branch '" + settings.branch() + "'";
                    JsonNode schema = transport.get("/api/schema?branch=" + HttpTransport.query(settings.branch()), what).body();
                    GraphqlErrors.throwIfAny(schema, what);
                    SchemaCatalog catalog = SchemaCatalog.parse(schema);
                    Lineage lineage = new Lineage(client, catalog);
                    current = new Ready(catalog, new MutationInputs(catalog, lineage.resolve("source", settings.source(), "LineageSource"),
                            lineage.resolve("owner", settings.owner(), "LineageOwner")));
                    ready = current;
                }
            }
        }
        return current;
    }

    private SchemaCatalog.Kind kind(String resource) {
        return ready().catalog().kind(resource).orElseThrow(() -> new AdapterException(ErrorKind.NOT_FOUND,
                "kind " + resource + " does not exist in the Infrahub schema of branch '" + settings.branch() + "' at "
                        + settings.url()));
    }

    // ---------------------------------------------------------------- schema and reads

    @Override
    public SchemaDescription describeSchema() {
        return ready().catalog().describe();
    }

    @Override
    public PageStream<AdapterRecord> read(ReadRequest request) {
        return records(request, null);
    }

    private PageStream<AdapterRecord> records(ReadRequest request, Instant after) {
        SchemaCatalog.Kind kind = kind(request.resource());
        Selection selection = Selection.of(ready().catalog(), kind);
        String filter = after == null ? "" : ", " + UPDATED_AFTER + ": $after";
        String document = "query Read($offset: Int, $limit: Int" + (after == null ? "" : ", $after: DateTime") + ") { "
                + kind.name() + "(offset: $offset, limit: $limit" + filter + ") { count edges { node { " + selection.text()
                + " } } } }";
        Map<String, Object> variables = after == null ? Map.of() : Map.of("after", after.toString());
        return new PagedReader<>(client, context, executor, kind.name(), document, variables, pageSize(request),
                settings.maxConcurrency(), edge -> toRecord(kind.name(), selection, edge.path("node")), AdapterRecord::localId);
    }

    private int pageSize(ReadRequest request) {
        return request.pageSizeHint() > 0 ? request.pageSizeHint() : settings.pageSize();
    }

    private static Optional<AdapterRecord> toRecord(String resource, Selection selection, JsonNode node) {
        String id = node.path("id").asText("");
        if (id.isBlank()) {
            return Optional.empty();
        }
        String typename = node.path("__typename").asText(resource);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id);
        data.put("hfid", JsonTree.of(node.get("hfid")));
        data.put("display_label", JsonTree.of(node.get("display_label")));
        data.put("__typename", typename);
        for (Selection.Field field : selection.fieldsOf(typename, resource)) {
            JsonNode value = node.path(field.alias());
            switch (field.shape()) {
                case ATTRIBUTE -> data.put(field.name(), JsonTree.of(value.path("value")));
                case ONE -> data.put(field.name(), JsonTree.of(value.path("node")));
                case MANY -> {
                    List<Object> peers = new ArrayList<>();
                    for (JsonNode edge : value.path("edges")) {
                        if (edge.path("node").isObject()) {
                            peers.add(JsonTree.of(edge.path("node")));
                        }
                    }
                    data.put(field.name(), peers);
                }
                default -> throw new IllegalStateException("unknown shape " + field.shape());
            }
        }
        return Optional.of(AdapterRecord.of(id, resource, data));
    }

    @Override
    public PageStream<String> listIds(String resource) {
        SchemaCatalog.Kind kind = kind(resource);
        String document = "query Ids($offset: Int, $limit: Int) { " + kind.name()
                + "(offset: $offset, limit: $limit) { count edges { node { id } } } }";
        return new PagedReader<>(client, context, executor, kind.name(), document, Map.of(), settings.pageSize(),
                settings.maxConcurrency(), edge -> Optional.of(edge.path("node").path("id").asText("")).filter(s -> !s.isBlank()),
                id -> id);
    }

    // ---------------------------------------------------------------- incremental reads

    @Override
    public CursorTier cursorTier(String resource) {
        Optional<SchemaCatalog.Kind> kind = ready().catalog().kind(resource);
        return kind.isPresent() && supportsUpdatedAfter(kind.get()) ? CursorTier.TIMESTAMP : CursorTier.NONE;
    }

    /** Servers before node metadata (≈1.2) have no {@code node_metadata__updated_at__after}: ask once. */
    private boolean supportsUpdatedAfter(SchemaCatalog.Kind kind) {
        Boolean known = updatedAfterSupported;
        if (known == null) {
            String what = "checking whether Infrahub filters by node_metadata__updated_at__after";
            JsonNode body = client.graphql("query Probe { " + kind.name() + "(limit: 1, " + UPDATED_AFTER
                    + ": \"1970-01-01T00:00:00Z\") { count } }", Map.of(), what);
            known = !body.path("errors").isArray() || body.path("errors").isEmpty();
            updatedAfterSupported = known;
        }
        return known;
    }

    /**
     * The server's time (its HTTP {@code Date} header on a cheap {@code /api/info} request) minus
     * {@code cursor_margin}, never the host's clock. Without a {@code Date} header, the newest
     * {@code updated_at} of the resource is used, and the epoch when the resource is empty.
     */
    @Override
    public Cursor safeCursor(String resource) {
        SchemaCatalog.Kind kind = kind(resource);
        if (cursorTier(resource) == CursorTier.NONE) {
            throw AdapterException.unsupported(Capability.CHANGES_SINCE);
        }
        Optional<Instant> serverNow = transport.get("/api/info", "reading the server time of Infrahub").date();
        Instant base = serverNow.orElseGet(() -> newestUpdate(kind));
        Instant cursor = base.minus(settings.cursorMargin());
        return Cursor.timestamp(cursor.isBefore(Instant.EPOCH) ? Instant.EPOCH : cursor);
    }

    private Instant newestUpdate(SchemaCatalog.Kind kind) {
        String what = "reading the newest change of " + kind.name();
        JsonNode body = client.graphql("query Newest { " + kind.name() + "(limit: 1, order: {by: [{field: "
                + "\"node_metadata__updated_at\", direction: DESC}]}) { edges { node_metadata { updated_at } } } }", Map.of(), what);
        GraphqlErrors.throwIfAny(body, what);
        String text = body.path("data").path(kind.name()).path("edges").path(0).path("node_metadata").path("updated_at").asText("");
        try {
            return text.isBlank() ? Instant.EPOCH : java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new AdapterException(ErrorKind.INVALID_DATA, what + ": unreadable updated_at '" + text + "'", e);
        }
    }

    @Override
    public PageStream<AdapterRecord> readChangesSince(ReadRequest request, Cursor since) {
        if (cursorTier(request.resource()) == CursorTier.NONE) {
            throw AdapterException.unsupported(Capability.CHANGES_SINCE);
        }
        Instant after;
        try {
            after = since.instant();
        } catch (IllegalStateException | DateTimeParseException e) {
            throw new AdapterException(ErrorKind.INVALID_DATA, "cursor '" + since.value() + "' of tier " + since.tier()
                    + " is not an Infrahub timestamp cursor of " + request.resource(), e);
        }
        // __after is a strict bound; the cursor already stepped back by cursor_margin, so boundary changes are kept.
        return records(request, after);
    }

    // ---------------------------------------------------------------- writes

    @Override
    public List<OperationResult> write(WriteBatch batch) {
        if (batch.operations().isEmpty()) {
            return List.of();
        }
        Ready current = ready();
        return new MutationWriter(client, current.catalog(), current.inputs(), executor, settings.batchSize(),
                context::throwIfCancelled).write(batch);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
