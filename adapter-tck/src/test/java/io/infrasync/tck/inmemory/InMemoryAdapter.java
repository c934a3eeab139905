package io.infrasync.tck.inmemory;

import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.AttributeSchema;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.Cursor;
import io.infrasync.spi.model.CursorTier;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.KindSchema;
import io.infrasync.spi.model.OperationResult;
import io.infrasync.spi.model.ReadRequest;
import io.infrasync.spi.model.SchemaDescription;
import io.infrasync.spi.model.WriteBatch;
import io.infrasync.spi.model.WriteOperation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The in-memory adapter; honours exactly the capabilities it is opened with. */
final class InMemoryAdapter implements Adapter {

    /** How far a safe cursor lies before the store's clock: covers writes racing with the read. */
    private static final Duration SAFETY_MARGIN = Duration.ofSeconds(1);

    private final InMemoryStore store;
    private final Set<Capability> capabilities;
    private final Clock clock;
    private final AdapterContext context;

    InMemoryAdapter(InMemoryStore store, Set<Capability> capabilities, AdapterContext context) {
        this.store = store;
        this.capabilities = capabilities;
        this.clock = context.clock();
        this.context = context;
    }

    @Override
    public PageStream<AdapterRecord> read(ReadRequest request) {
        require(Capability.READ);
        return page(request, records(request.resource(), Instant.MIN));
    }

    @Override
    public SchemaDescription describeSchema() {
        require(Capability.SCHEMA);
        List<KindSchema> kinds = new ArrayList<>();
        for (String resource : store.resourceNames()) {
            Set<String> names = new LinkedHashSet<>();
            store.rows(resource).forEach(row -> names.addAll(row.data().keySet()));
            List<AttributeSchema> attributes = names.stream()
                    .map(name -> AttributeSchema.of(name, "Text").withOptional(!name.equals("name"))
                            .withUnique(name.equals("name")))
                    .toList();
            KindSchema kind = KindSchema.of(resource, attributes, List.of());
            kinds.add(names.contains("name") ? kind.withHumanFriendlyId(List.of("name")) : kind);
        }
        return SchemaDescription.of(kinds, List.of());
    }

    @Override
    public CursorTier cursorTier(String resource) {
        return capabilities.contains(Capability.CHANGES_SINCE) ? CursorTier.TIMESTAMP : CursorTier.NONE;
    }

    @Override
    public Cursor safeCursor(String resource) {
        require(Capability.CHANGES_SINCE);
        known(resource);
        return Cursor.timestamp(clock.instant().minus(SAFETY_MARGIN));
    }

    @Override
    public PageStream<AdapterRecord> readChangesSince(ReadRequest request, Cursor since) {
        require(Capability.CHANGES_SINCE);
        if (since.tier() != CursorTier.TIMESTAMP) {
            throw new AdapterException(ErrorKind.INVALID_DATA, "not a cursor of this adapter: " + since);
        }
        return page(request, records(request.resource(), since.instant()));
    }

    @Override
    public PageStream<String> listIds(String resource) {
        require(Capability.LIST_IDS);
        known(resource);
        return PageStream.of(store.rows(resource).stream().map(InMemoryStore.Row::id).toList(), 100);
    }

    @Override
    public List<OperationResult> write(WriteBatch batch) {
        require(Capability.WRITE);
        List<OperationResult> results = new ArrayList<>();
        for (WriteOperation operation : batch.operations()) {
            results.add(apply(operation));
        }
        return results;
    }

    private OperationResult apply(WriteOperation operation) {
        if (!store.knows(operation.resource())) {
            return OperationResult.failed(ErrorKind.NOT_FOUND, "unknown resource " + operation.resource());
        }
        Instant now = clock.instant();
        if (operation instanceof WriteOperation.Create create) {
            Object name = create.data().get("name");
            boolean taken = name != null && store.rows(create.resource()).stream()
                    .anyMatch(row -> Objects.equals(row.data().get("name"), name));
            if (taken) {
                return OperationResult.failed(ErrorKind.CONFLICT, create.resource() + " named '" + name + "' exists");
            }
            return OperationResult.applied(store.insert(create.resource(), create.data(), now));
        }
        if (operation instanceof WriteOperation.Update update) {
            return store.row(update.resource(), update.localId()).<OperationResult>map(row -> {
                Map<String, Object> data = new LinkedHashMap<>(row.data());
                data.putAll(update.data());
                store.replace(update.resource(), new InMemoryStore.Row(row.id(), data, now));
                return OperationResult.applied(row.id());
            }).orElseGet(() -> missing(update.resource(), update.localId()));
        }
        WriteOperation.Delete delete = (WriteOperation.Delete) operation;
        if (!capabilities.contains(Capability.DELETE)) {
            return OperationResult.unsupported(Capability.DELETE);
        }
        return store.remove(delete.resource(), delete.localId()) ? OperationResult.applied(delete.localId())
                : missing(delete.resource(), delete.localId());
    }

    private static OperationResult missing(String resource, String id) {
        return OperationResult.failed(ErrorKind.NOT_FOUND, resource + " has no record " + id);
    }

    private List<AdapterRecord> records(String resource, Instant since) {
        known(resource);
        return store.rows(resource).stream().filter(row -> !row.modified().isBefore(since))
                .map(row -> AdapterRecord.of(row.id(), resource, row.data())).toList();
    }

    private PageStream<AdapterRecord> page(ReadRequest request, List<AdapterRecord> records) {
        PageStream<AdapterRecord> pages = PageStream.of(records, request.pageSizeHint() == 0 ? 100 : request.pageSizeHint());
        return PageStream.generate(() -> {
            context.throwIfCancelled();
            return pages.nextPage();
        }, pages::close);
    }

    private void known(String resource) {
        if (!store.knows(resource)) {
            throw new AdapterException(ErrorKind.NOT_FOUND, "unknown resource " + resource);
        }
    }

    private void require(Capability capability) {
        if (!capabilities.contains(capability)) {
            throw AdapterException.unsupported(capability);
        }
    }
}
