package io.infrasync.core.engine.run;

import io.infrasync.core.domain.model.Dataset;
import io.infrasync.core.domain.model.ModelObject;
import io.infrasync.core.domain.model.ModelType;
import io.infrasync.core.domain.model.ObjectAlreadyExistsException;
import io.infrasync.core.domain.run.Cursor;
import io.infrasync.core.domain.run.CursorTier;
import io.infrasync.core.domain.run.ResourceExtraction;
import io.infrasync.core.domain.run.SnapshotRow;
import io.infrasync.core.port.out.RunCacheSink;
import io.infrasync.core.port.out.RunCacheReader;
import io.infrasync.core.port.out.RunCacheRows;
import io.infrasync.core.port.out.RunCacheWriter;
import io.infrasync.core.mapping.MappedObject;
import io.infrasync.core.mapping.MappingIssue;
import io.infrasync.core.mapping.MappingPlan;
import io.infrasync.core.mapping.MappingResult;
import io.infrasync.core.mapping.MappingSession;
import io.infrasync.core.mapping.PeerLocator;
import io.infrasync.core.domain.run.Side;
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
import java.util.function.Consumer;

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

    LoadedSide loadSource(Adapter adapter, RunProgress progress, Extraction extraction) {
        return load(adapter, model.sourcePlan, Side.A, PeerLocator.standard(), null, progress,
                RunProgress.Stage.LOAD_SOURCE, extraction);
    }

    LoadedSide loadDestination(Adapter adapter, RunProgress progress, Extraction extraction) {
        DestinationPeerLocator locator = new DestinationPeerLocator();
        return load(adapter, model.destinationPlan, Side.B, locator, locator, progress,
                RunProgress.Stage.LOAD_DESTINATION, extraction);
    }

    /**
     * How a side is extracted: per resource full or warm, and where the records go for the next warm run.
     *
     * @param side      the cache side ({@code A} source, {@code B} destination)
     * @param decisions per resource, how to read it (resources absent here are read in full)
     * @param writer    the run whose {@code extract/} receives the records; {@code null} to keep none
     * @param readKeys  per resource, the keys the mapping reads other than by reference ({@link EmbeddedRelations})
     * @param base      the base run of the warm reads, or {@code null} when there is none
     */
    record Extraction(Side side, Map<String, ExtractDecision> decisions, RunCacheWriter writer,
            Map<String, Set<String>> readKeys, RunCacheReader base) {

        /** Full reads, nothing kept (apply reads the destination only to find ids). */
        static Extraction fullWithoutExtract(Side side) {
            return new Extraction(side, Map.of(), null, Map.of(), null);
        }

        ExtractDecision decision(String resource) {
            return decisions.getOrDefault(resource, new ExtractDecision.Full(null));
        }
    }

    private LoadedSide load(Adapter adapter, MappingPlan plan, Side side, PeerLocator locator,
            DestinationPeerLocator seen, RunProgress progress, RunProgress.Stage stage, Extraction extraction) {
        Instant extractedAt = clock.instant();
        MappingSession session = plan.newSession(side, locator, continueOnError);
        Map<String, Long> read = new LinkedHashMap<>();
        Map<String, Cursor> cursors = new LinkedHashMap<>();
        Map<String, ResourceExtraction> extracted = new LinkedHashMap<>();

        // Pass 1: every cursor (before any read of its resource), and all that a warm read needs to know before
        // it hands on a single record, so that a warm read can still turn into a full one.
        Map<String, WarmRead> warm = new LinkedHashMap<>();
        Map<String, String> reasons = new HashMap<>();
        // Destination ids (Infrahub UUIDs) are unique across kinds; source ids only per endpoint.
        GonePeers gone = new GonePeers(side == Side.A ? locator : null);
        for (String resource : plan.endpoints()) {
            safeCursor(adapter, resource).ifPresent(cursor -> cursors.put(resource, cursor));
            ExtractDecision decision = extraction.decision(resource);
            if (decision instanceof ExtractDecision.Warm warmDecision) {
                try {
                    WarmRead prepared = WarmRead.prepare(adapter, request(plan, side, resource), warmDecision, extraction.side(),
                            extraction.readKeys().getOrDefault(resource, Set.of()));
                    warm.put(resource, prepared);
                    gone.record(resource, prepared.gone());
                } catch (WarmRead.Fallback fallback) {
                    reasons.put(resource, fallback.getMessage());
                }
            } else if (decision instanceof ExtractDecision.Full full && full.reason() != null) {
                reasons.put(resource, full.reason());
            }
        }

        ResourceSink sink = new ResourceSink(session, seen, extraction, extractedAt, progress, stage);
        // Pass 2: full reads first, so that their deletions are known when the warm records are rebuilt.
        for (String resource : plan.endpoints()) {
            if (!warm.containsKey(resource)) {
                Set<String> ids = sink.readFull(adapter, resource, request(plan, side, resource), !warm.isEmpty());
                extracted.put(resource, ResourceExtraction.full(sink.count(resource), reasons.get(resource)));
                if (ids != null && extraction.base() != null
                        && extraction.base().extractResources(extraction.side()).contains(resource)) {
                    gone.record(resource, goneSince(extraction, resource, ids));
                }
            }
        }
        for (Map.Entry<String, WarmRead> entry : warm.entrySet()) {
            String resource = entry.getKey();
            WarmRead warmRead = entry.getValue();
            List<MappingPlan.ReferenceSource> references = plan.referenceSources(resource);
            String reason = rebuildProblem(references, gone, warmRead);
            if (reason != null) {
                sink.readFull(adapter, resource, request(plan, side, resource), false);
                extracted.put(resource, ResourceExtraction.full(sink.count(resource), reason));
                continue;
            }
            sink.emitWarm(resource, warmRead, gone, references);
            ExtractDecision.Warm decision = (ExtractDecision.Warm) extraction.decision(resource);
            extracted.put(resource, ResourceExtraction.warm(decision.warmRuns(), warmRead.changed(), warmRead.deleted()));
            progress.info(extraction.side() + "/" + resource + ": warm extract on run " + decision.baseRun() + ": "
                    + warmRead.changed() + " changed, " + warmRead.deleted() + " deleted, " + sink.count(resource)
                    + " in all");
        }
        for (String resource : plan.endpoints()) {
            read.put(resource, sink.count(resource));
        }
        MappingResult result = session.finish();
        // The log and run.json list resources in the mapping's order, whatever order they were read in.
        Map<String, ResourceExtraction> ordered = new LinkedHashMap<>();
        plan.endpoints().forEach(resource -> ordered.put(resource, extracted.get(resource)));
        return toSide(result, side, read, cursors, ordered, extractedAt);
    }

    /** Why a prepared warm read cannot rebuild its records after all, or {@code null} when it can. */
    private static String rebuildProblem(List<MappingPlan.ReferenceSource> references, GonePeers gone, WarmRead warmRead) {
        if (!gone.knowsAll(references)) {
            return "it references records of a resource read without a base extract, whose deletions (which"
                    + " change references without touching the referring record) are unknown";
        }
        for (MappingPlan.ReferenceSource reference : references) {
            if (!reference.simple() && gone.touches(List.of(reference))) {
                return "reference '" + reference.field() + "' reads the dotted path '" + reference.path()
                        + "' into a resource that lost records since the base run";
            }
        }
        return null;
    }

    private static Set<String> goneSince(Extraction extraction, String resource, Set<String> current) {
        Set<String> gone = new java.util.HashSet<>();
        try (RunCacheRows<String> ids = extraction.base().extractIds(extraction.side(), resource)) {
            ids.forEachRemaining(id -> {
                if (!current.contains(id)) {
                    gone.add(id);
                }
            });
        }
        return gone;
    }

    /** Hands records to the mapping session and to the run's extract file, resource by resource. */
    private final class ResourceSink {
        private final MappingSession session;
        private final DestinationPeerLocator seen;
        private final Extraction extraction;
        private final Instant extractedAt;
        private final RunProgress progress;
        private final RunProgress.Stage stage;
        private final Map<String, Long> counts = new HashMap<>();

        ResourceSink(MappingSession session, DestinationPeerLocator seen, Extraction extraction, Instant extractedAt,
                RunProgress progress, RunProgress.Stage stage) {
            this.session = session;
            this.seen = seen;
            this.extraction = extraction;
            this.extractedAt = extractedAt;
            this.progress = progress;
            this.stage = stage;
        }

        long count(String resource) {
            return counts.getOrDefault(resource, 0L);
        }

        /** Reads every record; returns their local ids when {@code keepIds}, else {@code null}. */
        Set<String> readFull(Adapter adapter, String resource, ReadRequest request, boolean keepIds) {
            Set<String> ids = keepIds ? new java.util.HashSet<>() : null;
            consume(resource, pages -> {
                try (PageStream<AdapterRecord> stream = adapter.read(request)) {
                    for (Optional<List<AdapterRecord>> page = stream.nextPage(); page.isPresent(); page = stream.nextPage()) {
                        if (ids != null) {
                            page.get().forEach(record -> ids.add(record.localId()));
                        }
                        pages.accept(page.get());
                    }
                }
            });
            return ids;
        }

        void emitWarm(String resource, WarmRead warmRead, GonePeers gone, List<MappingPlan.ReferenceSource> references) {
            consume(resource, pages -> warmRead.emit(pages, gone, references));
        }

        private void consume(String resource, Consumer<Consumer<List<AdapterRecord>>> source) {
            progress.started(stage, resource, -1);
            Set<String> attributes = seen != null ? attributeFields(resource) : Set.of();
            Set<String> relationships = seen != null ? model.relationshipFields(resource) : Set.of();
            counts.put(resource, 0L);
            try (RunCacheSink<SnapshotRow> extract = extraction.writer() == null ? null
                    : extraction.writer().extract(extraction.side(), ExtractFiles.schema(resource))) {
                source.accept(page -> {
                    if (cancelled.getAsBoolean()) {
                        throw new java.util.concurrent.CancellationException("the run was cancelled while reading " + resource);
                    }
                    List<SourceRecord> records = new ArrayList<>(page.size());
                    for (AdapterRecord record : page) {
                        if (extract != null) {
                            extract.write(ExtractFiles.row(record, extractedAt));
                        }
                        Map<String, Object> data = record.data();
                        if (seen != null) {
                            seen.seen(resource, record.localId());
                            data = DestinationRecords.flatten(data, attributes, relationships);
                        }
                        records.add(new SourceRecord(resource, record.localId(), data));
                    }
                    session.addAll(records);
                    long count = counts.merge(resource, (long) records.size(), Long::sum);
                    progress.advanced(stage, resource, count);
                });
                if (extract != null) {
                    extract.commit();
                }
            }
            progress.finished(stage, resource, count(resource));
        }
    }

    /** The source side asks only for the fields its mapping reads (a hint adapters may ignore). */
    private static ReadRequest request(MappingPlan plan, Side side, String resource) {
        return side == Side.A ? SourceReadRequest.of(plan, resource) : ReadRequest.of(resource);
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
            Map<String, ResourceExtraction> extracted, Instant extractedAt) {
        Dataset.Builder builder = Dataset.builder(side == Side.A ? "source" : "destination");
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
        return new LoadedSide(dataset, localIds, issues, read, cursors, extracted, extractedAt, origins);
    }
}
