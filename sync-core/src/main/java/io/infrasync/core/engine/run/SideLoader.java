package io.infrasync.core.engine.run;

import io.infrasync.core.domain.model.Dataset;
import io.infrasync.core.domain.model.ModelObject;
import io.infrasync.core.domain.model.ModelType;
import io.infrasync.core.domain.model.ObjectAlreadyExistsException;
import io.infrasync.core.domain.run.Cursor;
import io.infrasync.core.domain.run.CursorTier;
import io.infrasync.core.mapping.MappedObject;
import io.infrasync.core.mapping.MappingIssue;
import io.infrasync.core.mapping.MappingPlan;
import io.infrasync.core.mapping.MappingResult;
import io.infrasync.core.mapping.MappingSession;
import io.infrasync.core.mapping.PeerLocator;
import io.infrasync.core.mapping.Side;
import io.infrasync.core.mapping.SourceRecord;
import io.infrasync.core.port.out.RunProgress;
import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.ReadRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Loads one side: reads every resource of the side's plan page by page through the adapter, maps the records
 * (filters, transforms and statics on the source side only), resolves references by (origin, local id), and
 * builds the side's dataset with the run's model types.
 */
final class SideLoader {

    private final RunModel model;
    private final Clock clock;
    private final boolean continueOnError;
    private final BooleanSupplier cancelled;

    SideLoader(RunModel model, Clock clock, boolean continueOnError, BooleanSupplier cancelled) {
        this.model = model;
        this.clock = clock;
        this.continueOnError = continueOnError;
        this.cancelled = cancelled;
    }

    LoadedSide loadSource(Adapter adapter, RunProgress progress) {
        return load(adapter, model.sourcePlan, Side.SOURCE, PeerLocator.standard(), null, progress,
                RunProgress.Stage.LOAD_SOURCE);
    }

    LoadedSide loadDestination(Adapter adapter, RunProgress progress) {
        DestinationPeerLocator locator = new DestinationPeerLocator();
        return load(adapter, model.destinationPlan, Side.DESTINATION, locator, locator, progress,
                RunProgress.Stage.LOAD_DESTINATION);
    }

    private LoadedSide load(Adapter adapter, MappingPlan plan, Side side, PeerLocator locator,
            DestinationPeerLocator seen, RunProgress progress, RunProgress.Stage stage) {
        Instant extractedAt = clock.instant();
        MappingSession session = plan.newSession(side, locator, continueOnError);
        Map<String, Long> read = new LinkedHashMap<>();
        Map<String, Cursor> cursors = new LinkedHashMap<>();
        for (String resource : plan.endpoints()) {
            safeCursor(adapter, resource).ifPresent(cursor -> cursors.put(resource, cursor));
            progress.started(stage, resource, -1);
            long count = 0;
            Set<String> attributes = side == Side.DESTINATION ? attributeFields(resource) : Set.of();
            Set<String> relationships = side == Side.DESTINATION ? model.relationshipFields(resource) : Set.of();
            try (PageStream<AdapterRecord> pages = adapter.read(ReadRequest.of(resource))) {
                for (Optional<List<AdapterRecord>> page = pages.nextPage(); page.isPresent(); page = pages.nextPage()) {
                    if (cancelled.getAsBoolean()) {
                        throw new java.util.concurrent.CancellationException("the run was cancelled while reading " + resource);
                    }
                    List<SourceRecord> records = new ArrayList<>(page.get().size());
                    for (AdapterRecord record : page.get()) {
                        Map<String, Object> data = record.data();
                        if (seen != null) {
                            seen.seen(resource, record.localId());
                            data = DestinationRecords.flatten(data, attributes, relationships);
                        }
                        records.add(new SourceRecord(resource, record.localId(), data));
                    }
                    session.addAll(records);
                    count += records.size();
                    progress.advanced(stage, resource, count);
                }
            }
            read.put(resource, count);
            progress.finished(stage, resource, count);
        }
        MappingResult result = session.finish();
        return toSide(result, side, read, cursors, extractedAt);
    }

    private Set<String> attributeFields(String kind) {
        Set<String> names = new java.util.LinkedHashSet<>(model.types.get(kind).fields());
        names.removeAll(model.relationshipFields(kind));
        return names;
    }

    /** The cursor to store for an incremental read next time; adapters without one give none. */
    private static Optional<Cursor> safeCursor(Adapter adapter, String resource) {
        io.infrasync.spi.model.CursorTier tier = adapter.cursorTier(resource);
        if (!tier.isIncremental()) {
            return Optional.empty();
        }
        try {
            io.infrasync.spi.model.Cursor cursor = adapter.safeCursor(resource);
            return Optional.of(new Cursor(convert(cursor.tier()), cursor.value()));
        } catch (AdapterException exception) {
            if (exception.kind() == io.infrasync.spi.model.ErrorKind.UNSUPPORTED) {
                return Optional.empty();
            }
            throw exception;
        }
    }

    static CursorTier convert(io.infrasync.spi.model.CursorTier tier) {
        return switch (tier) {
            case NONE -> CursorTier.NONE;
            case PAGE_TOKEN -> CursorTier.PAGE_TOKEN;
            case TIMESTAMP -> CursorTier.TIMESTAMP;
            case DIFF -> CursorTier.INFRAHUB_DIFF;
        };
    }

    private LoadedSide toSide(MappingResult result, Side side, Map<String, Long> read, Map<String, Cursor> cursors,
            Instant extractedAt) {
        Dataset.Builder builder = Dataset.builder(side == Side.SOURCE ? "source" : "destination");
        model.types.values().forEach(builder::type);
        builder.topLevel(model.writtenKinds);
        Dataset dataset = builder.build();
        Map<String, Map<String, String>> localIds = new HashMap<>();
        Map<String, Map<String, io.infrasync.core.mapping.PeerKey>> origins = new HashMap<>();
        List<MappingIssue> issues = new ArrayList<>(result.issues());
        for (MappedObject mapped : result.objects()) {
            ModelType type = model.types.get(mapped.kind());
            Map<String, Object> values = new LinkedHashMap<>(mapped.fieldValues());
            for (String field : type.fields()) {
                // An absent many-relationship and an empty one are the same thing on both sides.
                if (values.get(field) == null && model.isMany(mapped.kind(), field)) {
                    values.put(field, List.of());
                }
            }
            ModelObject object = type.newObject(values);
            try {
                dataset.add(object);
            } catch (ObjectAlreadyExistsException exception) {
                issues.add(new MappingIssue(MappingIssue.Severity.ERROR, mapped.kind(), mapped.origin(), null,
                        "duplicate unique id '" + object.uid() + "'"));
                continue;
            }
            Map<String, String> ids = localIds.computeIfAbsent(mapped.kind(), key -> new HashMap<>());
            ids.put(mapped.uniqueId(), mapped.origin().localId());
            ids.put(object.uid(), mapped.origin().localId());
            origins.computeIfAbsent(mapped.kind(), key -> new HashMap<>()).put(object.uid(), mapped.origin());
        }
        return new LoadedSide(dataset, localIds, issues, read, cursors, extractedAt, origins);
    }
}
