package io.infrasync.tck.inmemory;

import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.Spi;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.OperationResult;
import io.infrasync.spi.model.ReadRequest;
import io.infrasync.spi.model.SpiVersion;
import io.infrasync.spi.model.WriteBatch;
import io.infrasync.spi.model.WriteOperation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An adapter with three classic bugs, for proving the TCK catches them: it declares LIST_IDS without
 * implementing it, reports deleting a missing record as applied, and puts a {@code java.time.Instant}
 * into record data.
 */
public final class SloppyAdapterFactory implements AdapterFactory {

    @Override
    public String id() {
        return "sloppy";
    }

    @Override
    public SpiVersion spiVersion() {
        return SpiVersion.of(Spi.MAJOR, Spi.MINOR);
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.READ, Capability.WRITE, Capability.DELETE, Capability.LIST_IDS);
    }

    @Override
    public Adapter open(AdapterSettings settings, AdapterContext context) {
        Adapter honest = new InMemoryAdapter(InMemoryAdapterFactory.store(settings), capabilities(), context);
        return new Adapter() {
            @Override
            public PageStream<AdapterRecord> read(ReadRequest request) {
                PageStream<AdapterRecord> records = honest.read(request);
                return PageStream.generate(() -> records.nextPage().map(page -> page.stream().map(record -> {
                    Map<String, Object> data = new LinkedHashMap<>(record.data());
                    data.put("fetched_at", Instant.EPOCH);
                    return AdapterRecord.of(record.localId(), record.origin(), data);
                }).toList()), records::close);
            }

            @Override
            public List<OperationResult> write(WriteBatch batch) {
                List<OperationResult> results = new ArrayList<>();
                for (WriteOperation operation : batch.operations()) {
                    OperationResult result = honest.write(WriteBatch.of(operation)).get(0);
                    boolean deleteOfMissing = operation.action() == WriteOperation.Action.DELETE && !result.isApplied();
                    results.add(deleteOfMissing
                            ? OperationResult.applied(((WriteOperation.Delete) operation).localId()) : result);
                }
                return results;
            }
        };
    }
}
