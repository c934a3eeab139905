package io.infrasync.cli.wiring;

import io.infrasync.spi.Adapter;
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
import io.infrasync.spi.model.WriteOperation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The adapter as the host sees it: operations whose capability is not declared fail with the
 * canonical error before reaching the adapter (an adapter cannot be called beyond its declaration,
 * even if it happens to implement more), deletes are held back from writers without {@code DELETE},
 * the one-result-per-operation rule is checked, and every call runs with the plugin's context class loader.
 */
final class GuardedAdapter implements Adapter {

    private final Adapter delegate;
    private final Set<Capability> capabilities;
    private final ClassLoader loader;

    GuardedAdapter(Adapter delegate, Set<Capability> capabilities, ClassLoader loader) {
        this.delegate = Objects.requireNonNull(delegate, "delegate is null");
        this.capabilities = Set.copyOf(capabilities);
        this.loader = loader;
    }

    @Override
    public PageStream<AdapterRecord> read(ReadRequest request) {
        require(Capability.READ);
        return guarded(ContextClassLoader.call(loader, () -> delegate.read(request)));
    }

    @Override
    public SchemaDescription describeSchema() {
        require(Capability.SCHEMA);
        return ContextClassLoader.call(loader, delegate::describeSchema);
    }

    @Override
    public CursorTier cursorTier(String resource) {
        if (!capabilities.contains(Capability.CHANGES_SINCE)) {
            return CursorTier.NONE;
        }
        return ContextClassLoader.call(loader, () -> delegate.cursorTier(resource));
    }

    @Override
    public Cursor safeCursor(String resource) {
        require(Capability.CHANGES_SINCE);
        return ContextClassLoader.call(loader, () -> delegate.safeCursor(resource));
    }

    @Override
    public PageStream<AdapterRecord> readChangesSince(ReadRequest request, Cursor since) {
        require(Capability.CHANGES_SINCE);
        return guarded(ContextClassLoader.call(loader, () -> delegate.readChangesSince(request, since)));
    }

    @Override
    public PageStream<String> listIds(String resource) {
        require(Capability.LIST_IDS);
        return guarded(ContextClassLoader.call(loader, () -> delegate.listIds(resource)));
    }

    @Override
    public List<OperationResult> write(WriteBatch batch) {
        require(Capability.WRITE);
        List<WriteOperation> operations = batch.operations();
        OperationResult[] results = new OperationResult[operations.size()];
        List<WriteOperation> forwarded = new ArrayList<>(operations.size());
        List<Integer> forwardedIndexes = new ArrayList<>(operations.size());
        boolean deletes = capabilities.contains(Capability.DELETE);
        for (int i = 0; i < operations.size(); i++) {
            if (operations.get(i).action() == WriteOperation.Action.DELETE && !deletes) {
                results[i] = OperationResult.unsupported(Capability.DELETE);
            } else {
                forwarded.add(operations.get(i));
                forwardedIndexes.add(i);
            }
        }
        if (!forwarded.isEmpty()) {
            WriteBatch sent = forwarded.size() == operations.size() ? batch : WriteBatch.of(forwarded);
            List<OperationResult> answered = ContextClassLoader.call(loader, () -> delegate.write(sent));
            if (answered == null || answered.size() != forwarded.size()) {
                throw new AdapterException(ErrorKind.INVALID_DATA, "the adapter returned "
                        + (answered == null ? "no" : answered.size()) + " results for " + forwarded.size()
                        + " write operations");
            }
            for (int i = 0; i < answered.size(); i++) {
                results[forwardedIndexes.get(i)] = Objects.requireNonNull(answered.get(i),
                        "the adapter returned a null result for write operation " + forwardedIndexes.get(i));
            }
        }
        return List.copyOf(Arrays.asList(results));
    }

    @Override
    public void close() {
        ContextClassLoader.run(loader, delegate::close);
    }

    private void require(Capability capability) {
        if (!capabilities.contains(capability)) {
            throw AdapterException.unsupported(capability);
        }
    }

    private <T> PageStream<T> guarded(PageStream<T> stream) {
        Objects.requireNonNull(stream, "the adapter returned a null stream");
        return new PageStream<>() {
            @Override
            public Optional<List<T>> nextPage() {
                return ContextClassLoader.call(loader, stream::nextPage);
            }

            @Override
            public void close() {
                ContextClassLoader.run(loader, stream::close);
            }
        };
    }
}
