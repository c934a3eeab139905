package io.infrasync.core.engine.run;

import io.infrasync.core.domain.config.ConfigException;
import io.infrasync.core.domain.config.SyncConfig;
import io.infrasync.core.domain.diff.Diff;
import io.infrasync.core.domain.diff.DiffAction;
import io.infrasync.core.domain.diff.DiffElement;
import io.infrasync.core.domain.diff.DiffSummary;
import io.infrasync.core.domain.model.ModelObject;
import io.infrasync.core.domain.plan.PlanAction;
import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.ErrorRow;
import io.infrasync.core.domain.run.ExtractionLog;
import io.infrasync.core.domain.run.SideExtraction;
import io.infrasync.core.domain.run.RowCountDrop;
import io.infrasync.core.domain.run.RowCounts;
import io.infrasync.core.domain.run.RunCursors;
import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.RunMode;
import io.infrasync.core.domain.run.RunRecord;
import io.infrasync.core.domain.run.RunStatus;
import io.infrasync.core.domain.run.SchemaSubHash;
import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SyncName;
import io.infrasync.core.domain.sync.DiffOptions;
import io.infrasync.core.domain.sync.DiffSyncFlag;
import io.infrasync.core.engine.DiffSyncFactory;
import io.infrasync.core.mapping.MappingIssue;
import io.infrasync.core.port.in.DiffSync;
import io.infrasync.core.port.in.RunException;
import io.infrasync.core.port.in.RunOutcome;
import io.infrasync.core.port.in.RunPipeline;
import io.infrasync.core.port.in.RunRequest;
import io.infrasync.core.port.out.ExpressionEvaluator;
import io.infrasync.core.port.out.RunCache;
import io.infrasync.core.port.out.RunCacheException;
import io.infrasync.core.port.out.RunCacheReader;
import io.infrasync.core.port.out.RunCacheRows;
import io.infrasync.core.port.out.RunCacheSession;
import io.infrasync.core.port.out.RunCacheSink;
import io.infrasync.core.port.out.RunCacheWriter;
import io.infrasync.core.port.out.RunProgress;
import io.infrasync.spi.AdapterException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/** The run orchestration behind {@link RunPipeline}. */
final class PipelineService implements RunPipeline {

    private final RunCache cache;
    private final ExpressionEvaluator evaluator;
    private final Clock clock;
    private final RandomGenerator random;
    private final BooleanSupplier cancelled;
    private final DiffSync engine = DiffSyncFactory.create();

    PipelineService(RunCache cache, ExpressionEvaluator evaluator, Clock clock, RandomGenerator random,
            BooleanSupplier cancelled) {
        this.cache = cache;
        this.evaluator = evaluator;
        this.clock = clock;
        this.random = random;
        this.cancelled = cancelled;
    }

    @Override
    public RunOutcome diff(RunRequest request) {
        return run(request, RunMode.DIFF);
    }

    @Override
    public RunOutcome sync(RunRequest request) {
        return run(request, RunMode.SYNC);
    }

    /** A started run: its writer and record, so that failures can be written to {@code run.json}. */
    private final class Run {
        final RunCacheWriter writer;
        RunRecord record;
        final List<String> notices = new ArrayList<>();

        Run(RunCacheWriter writer, RunRecord record) {
            this.writer = writer;
            this.record = record;
        }

        RunException fail(RunException exception) {
            try {
                writer.writeRecord(record.failed(exception.getMessage(), clock.instant()));
            } catch (RuntimeException suppressed) {
                exception.addSuppressed(suppressed);
            }
            return exception;
        }
    }

    private RunOutcome run(RunRequest request, RunMode mode) {
        SyncConfig config = request.config();
        RunModel model = model(request);
        try (RunCacheSession session = openSession(config, request)) {
            RunId runId = request.settings().runId().orElseGet(() -> RunId.generate(clock.instant(), random));
            Instant startedAt = clock.instant();
            RunCacheWriter writer = session.startRun(runId, mode, startedAt);
            Run run = new Run(writer, RunRecord.running(mode, startedAt));
            try {
                return execute(request, mode, model, session, run, runId);
            } catch (RunException exception) {
                throw run.fail(exception);
            } catch (AdapterException exception) {
                throw run.fail(adapterFailure(exception));
            } catch (java.util.concurrent.CancellationException exception) {
                throw run.fail(new RunException(RunException.Reason.ADAPTER, "cancelled: " + exception.getMessage(),
                        exception));
            } catch (RuntimeException exception) {
                run.fail(new RunException(RunException.Reason.CACHE, String.valueOf(exception.getMessage()), exception));
                throw exception;
            }
        } catch (RunCacheException exception) {
            throw cacheFailure(exception);
        }
    }

    private RunOutcome execute(RunRequest request, RunMode mode, RunModel model, RunCacheSession session, Run run,
            RunId runId) {
        RunProgress progress = request.progress();
        Map<String, Object> shape = SchemaHash.shape(model);
        SchemaSubHash schemaHash = SchemaSubHash.compute(shape);
        run.writer.writeSchemaSubHash(schemaHash);
        run.writer.writeSchemaShape(io.infrasync.core.domain.run.CanonicalJson.render(shape));
        Baseline baseline = request.settings().fullExtract() ? null
                : Baseline.find(cache, session.sync(), runId, schemaHash);
        ExtractPlanner planner = new ExtractPlanner(request.settings().fullExtract(), baseline,
                model.config.incremental().fullResyncEvery());
        String sourceEndpoint = EndpointFingerprint.of(model.config.source(), request.settings().branch());
        String destinationEndpoint = EndpointFingerprint.of(model.config.destination(), request.settings().branch());
        SideLoader.Extraction sourceExtraction = new SideLoader.Extraction(Side.A,
                planner.plan(Side.A, model.sourcePlan.endpoints(), request.source(), sourceEndpoint), run.writer,
                EmbeddedRelations.readKeys(model.config), baseline != null && baseline.usable() ? baseline.reader() : null);
        SideLoader.Extraction destinationExtraction = new SideLoader.Extraction(Side.B,
                planner.plan(Side.B, model.destinationPlan.endpoints(), request.destination(), destinationEndpoint),
                run.writer, EmbeddedRelations.readKeys(MirrorConfig.of(model.config, model.identifiers)),
                baseline != null && baseline.usable() ? baseline.reader() : null);
        // Set when one side fails: the other stops at its next page instead of writing on after the run ended.
        java.util.concurrent.atomic.AtomicBoolean abandoned = new java.util.concurrent.atomic.AtomicBoolean();
        SideLoader loader = new SideLoader(model, clock, request.settings().continueOnError(),
                () -> abandoned.get() || cancelled.getAsBoolean());
        LoadedSide[] sides = load(request, loader, sourceExtraction, destinationExtraction, abandoned);
        LoadedSide source = sides[0];
        LoadedSide destination = sides[1];
        recordExtraction(run, source, destination, sourceEndpoint, destinationEndpoint, progress);
        Snapshots.write(run.writer, Side.A, source.dataset(), model.writtenKinds, source.extractedAt());
        Snapshots.write(run.writer, Side.B, destination.dataset(), model.writtenKinds, destination.extractedAt());
        run.writer.mergeCursors(new RunCursors(Map.of(Side.A, source.cursors(), Side.B, destination.cursors())));

        progress.started(RunProgress.Stage.DIFF, "plan", -1);
        Diff diff = engine.diffFrom(destination.dataset(), source.dataset(),
                DiffOptions.defaults().withFlags(flags(model.config)));
        List<ErrorRow> errors = new ArrayList<>(mappingErrors(source, "A"));
        errors.addAll(mappingErrors(destination, "B"));
        Set<String> kindsWithErrors = new java.util.HashSet<>();
        errors.forEach(error -> kindsWithErrors.add(error.resource()));
        List<Change> changes = new ArrayList<>();
        List<PlanRow> rows = new ArrayList<>();
        for (PlanRow row : engine.planRows(diff, UnaryOperator.identity())) {
            String destId = row.action() == PlanAction.CREATE ? null : destination.localId(row.resource(), row.sourceId());
            rows.add(new PlanRow(row.action(), row.resource(), row.sourceId(), destId, row.attribute(), row.oldValue(),
                    row.newValue(), row.owner(), row.skipReason(), row.conflictClass()));
        }
        for (DiffElement element : diff.children()) {
            Change change = change(element, destination);
            if (change == null) {
                continue;
            }
            if (change.action() == PlanAction.DELETE && kindsWithErrors.contains(change.kind())) {
                // An object that failed to map is missing from A; deleting its B twin would be wrong.
                progress.warning("not deleting " + change.kind() + " " + change.uid()
                        + ": some " + change.kind() + " records could not be mapped in this run");
                continue;
            }
            changes.add(change);
        }
        // Distinct objects the destination would merge into one node: reported, and never written.
        DestinationKeyCollisions.Found collisions = DestinationKeyCollisions.find(model, source, destination, changes);
        errors.addAll(collisions.errors());
        changes.removeIf(collisions::involves);
        rows.replaceAll(collisions::marked);
        writePlan(run.writer, rows);
        DiffSummary summary = diff.summary();
        progress.finished(RunProgress.Stage.DIFF, "plan", rows.size());
        Map<String, Long> counts = new LinkedHashMap<>(summary.asMap());
        for (MappingIssue issue : source.issues()) {
            if (issue.severity() == MappingIssue.Severity.WARNING) {
                progress.warning(issue.toString());
            }
        }

        boolean mappingFailed = !errors.isEmpty() && !request.settings().continueOnError();
        RunStatus status;
        String failure = null;
        if (mode == RunMode.DIFF || request.settings().dryRun()) {
            guardDeletes(request, model, changes, destination, run, false);
            status = RunStatus.DRY_RUN;
        } else if (mappingFailed) {
            status = RunStatus.FAILED;
            failure = errors.size() + " object(s) could not be mapped" + (collisions.isEmpty() ? ""
                    : " or would collapse into one destination node") + "; nothing was written (see errors.parquet, or use "
                    + "--continue-on-error to write the rest)";
        } else {
            RowCounts current = rowCounts(source, model);
            guardRowCounts(request, model, current, run);
            guardDeletes(request, model, changes, destination, run, true);
            PeerDirectory peers = new PeerDirectory(destination.localIds(), collisions.withoutInvolved(identifiers(source)));
            Dispatcher.Result result = new Dispatcher(model, request.destination(), request.destinationCapabilities(), peers,
                    request.settings().batchSize(), request.settings().continueOnError(), request.settings().parallel(), progress,
                    cancelled)
                    .dispatch(changes);
            errors.addAll(result.errors());
            counts.put("created", result.created());
            counts.put("updated", result.updated());
            counts.put("deleted", result.deleted());
            if (result.failure() != null) {
                status = RunStatus.FAILED;
                failure = result.failure();
            } else {
                status = RunStatus.APPLIED;
                if (errors.isEmpty()) {
                    session.writeLastSuccessfulRowCounts(current);
                }
            }
        }
        counts.put("errors", (long) errors.size());
        return finish(run, runId, mode, status, counts, errors, failure);
    }

    /**
     * Puts how each resource was read into {@code run.json}, and every reason a warm read was asked for but not
     * taken into its fallback reasons (once per side and reason, naming the resources).
     */
    private static void recordExtraction(Run run, LoadedSide source, LoadedSide destination, String sourceEndpoint,
            String destinationEndpoint, RunProgress progress) {
        run.record = run.record.withExtraction(ExtractionLog.empty()
                .with(Side.A, new SideExtraction(sourceEndpoint, source.extraction()))
                .with(Side.B, new SideExtraction(destinationEndpoint, destination.extraction())));
        for (Side side : Side.values()) {
            Map<String, List<String>> byReason = new LinkedHashMap<>();
            (side == Side.A ? source : destination).extraction().forEach((resource, extraction) ->
                    extraction.fallbackReason().ifPresent(reason ->
                            byReason.computeIfAbsent(reason, key -> new ArrayList<>()).add(resource)));
            byReason.forEach((reason, resources) -> {
                String text = side + " (" + String.join(", ", resources) + "): full extract: " + reason;
                run.record = run.record.withFallbackReason(text);
                run.notices.add(text);
                progress.info(text);
            });
        }
    }

    private RunOutcome finish(Run run, RunId runId, RunMode mode, RunStatus status, Map<String, Long> counts,
            List<ErrorRow> errors, String failure) {
        if (!errors.isEmpty()) {
            try (RunCacheSink<ErrorRow> sink = run.writer.errors()) {
                errors.forEach(sink::write);
                sink.commit();
            }
        }
        Instant now = clock.instant();
        RunRecord record = status == RunStatus.FAILED
                ? new RunRecord(RunStatus.FAILED, mode, counts, run.record.startedAt(), now, failure,
                        run.record.fallbackReasons(), run.record.extraction())
                : run.record.finished(status, counts, now);
        run.writer.writeRecord(record);
        return new RunOutcome(runId, mode, status, counts, errors, java.util.Optional.ofNullable(failure), run.notices);
    }

    @Override
    public RunOutcome apply(RunRequest request) {
        SyncConfig config = request.config();
        RunId runId = request.settings().runId().orElseThrow(() -> new RunException(RunException.Reason.CONFIGURATION,
                "apply needs --run-id", null));
        RunModel model = model(request);
        try (RunCacheSession session = openSession(config, request)) {
            RunCacheReader reader;
            RunRecord planned;
            try {
                reader = cache.reader(session.sync(), runId);
                planned = reader.record();
            } catch (RunCacheException exception) {
                throw new RunException(RunException.Reason.CONFIGURATION, "no usable run " + runId + " of sync '"
                        + config.name() + "': " + exception.getMessage(), exception);
            }
            SchemaSubHash now = SchemaHash.of(model);
            SchemaSubHash then = reader.schemaSubHash().orElseThrow(() -> new RunException(RunException.Reason.GUARDRAIL,
                    "run " + runId + " has no schema-sub-hash.txt; refusing to apply a plan of unknown shape", null));
            if (!now.equals(then)) {
                throw new RunException(RunException.Reason.GUARDRAIL, "schema drift: run " + runId
                        + " was planned with schema sub-hash " + then + ", but the mapping and destination schema now give "
                        + now + " (" + driftOf(reader, model) + "); run 'diff' again", null);
            }
            Map<String, Map<String, Map<String, Object>>> identifiers = Snapshots.identifiers(reader);
            List<PlanRow> rows = new ArrayList<>();
            try (RunCacheRows<PlanRow> plan = reader.plan()) {
                plan.forEachRemaining(rows::add);
            }
            Instant startedAt = clock.instant();
            RunCacheWriter writer = session.startRun(runId, RunMode.APPLY, startedAt);
            // The run's extract stays what its diff read, so the next warm run keeps counting from it.
            Run run = new Run(writer, RunRecord.running(RunMode.APPLY, startedAt).withExtraction(planned.extraction()));
            try {
                SideLoader loader = new SideLoader(model, clock, true, cancelled);
                LoadedSide destination = loader.loadDestination(request.destination(), request.progress(),
                        SideLoader.Extraction.fullWithoutExtract(Side.B));
                List<Change> changes = new ArrayList<>();
                Map<String, Long> counts = new LinkedHashMap<>();
                for (PlanRow row : rows) {
                    if (row.skipReason() != null) {
                        request.progress().warning("not applying " + row.resource() + " " + row.sourceId() + ": "
                                + row.skipReason());
                        // Never referenced by hfid or identifiers either: those could name another node.
                        identifiers.getOrDefault(row.resource(), new HashMap<>()).remove(row.sourceId());
                        continue;
                    }
                    counts.merge(row.action().name().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
                    changes.add(change(row, identifiers, destination));
                }
                guardDeletes(request, model, changes, destination, run, !request.settings().dryRun());
                if (request.settings().dryRun()) {
                    counts.put("errors", 0L);
                    return finish(run, runId, RunMode.APPLY, RunStatus.DRY_RUN, counts, List.of(), null);
                }
                PeerDirectory peers = new PeerDirectory(destination.localIds(), identifiers);
                Dispatcher.Result result = new Dispatcher(model, request.destination(), request.destinationCapabilities(),
                        peers, request.settings().batchSize(), request.settings().continueOnError(), request.settings().parallel(),
                        request.progress(), cancelled).dispatch(changes);
                counts.put("created", result.created());
                counts.put("updated", result.updated());
                counts.put("deleted", result.deleted());
                counts.put("errors", (long) result.errors().size());
                RunStatus status = result.failure() == null ? RunStatus.APPLIED : RunStatus.FAILED;
                return finish(run, runId, RunMode.APPLY, status, counts, result.errors(), result.failure());
            } catch (AdapterException exception) {
                throw run.fail(adapterFailure(exception));
            } catch (java.util.concurrent.CancellationException exception) {
                throw run.fail(new RunException(RunException.Reason.ADAPTER, "cancelled: " + exception.getMessage(),
                        exception));
            }
        } catch (RunCacheException exception) {
            throw cacheFailure(exception);
        }
    }

    /** What changed since the run, when it kept its schema shape; else the general description. */
    private static String driftOf(RunCacheReader reader, RunModel model) {
        String general = "a mapped kind, field, identifier or the destination schema of a mapped kind changed";
        Optional<String> then;
        try {
            then = reader.schemaShape();
        } catch (RunCacheException unreadable) {
            return general + "; " + unreadable.getMessage();
        }
        if (then.isEmpty()) {
            return general;
        }
        List<String> changes = SchemaDrift.describe(PlanJson.parseObject(then.get()), SchemaHash.shape(model));
        return changes.isEmpty() ? general : String.join("; ", changes);
    }

    private static Change change(PlanRow row, Map<String, Map<String, Map<String, Object>>> identifiers,
            LoadedSide destination) {
        Map<String, Object> values = row.newValue() == null ? Map.of() : PlanJson.parseObject(row.newValue());
        String destId = destination.localId(row.resource(), row.sourceId());
        if (destId == null) {
            destId = row.destId();
        }
        Map<String, Object> ids = identifiers.getOrDefault(row.resource(), Map.of()).getOrDefault(row.sourceId(), Map.of());
        return new Change(row.action(), row.resource(), row.sourceId(), ids, values,
                row.action() == PlanAction.CREATE ? null : destId);
    }

    private static Change change(DiffElement element, LoadedSide destination) {
        DiffAction action = element.action();
        Map<String, Map<String, Object>> diffs = element.attrsDiffs();
        return switch (action) {
            case CREATE -> new Change(PlanAction.CREATE, element.type(), element.uid(), element.keys(),
                    diffs.getOrDefault("+", Map.of()), null);
            case UPDATE -> new Change(PlanAction.UPDATE, element.type(), element.uid(), element.keys(),
                    diffs.getOrDefault("+", Map.of()), destination.localId(element.type(), element.uid()));
            case DELETE -> new Change(PlanAction.DELETE, element.type(), element.uid(), element.keys(), Map.of(),
                    destination.localId(element.type(), element.uid()));
            case NO_CHANGE -> null;
        };
    }

    private RunModel model(RunRequest request) {
        try {
            return RunModel.build(request.config(), DestinationSchema.of(request.destination().describeSchema()), evaluator);
        } catch (ConfigException exception) {
            throw new RunException(RunException.Reason.CONFIGURATION, exception.getMessage(), exception);
        } catch (AdapterException exception) {
            throw adapterFailure(exception);
        }
    }

    private RunCacheSession openSession(SyncConfig config, RunRequest request) {
        return cache.open(SyncName.of(config.name()), request.settings().lockTimeout());
    }

    private static RunException adapterFailure(AdapterException exception) {
        return new RunException(RunException.Reason.ADAPTER, "adapter error (" + exception.kind() + "): "
                + exception.getMessage(), exception);
    }

    private static RunException cacheFailure(RunCacheException exception) {
        // The cache reports a held lock with this wording (sync-cache SyncLock); it is the only lock failure.
        boolean locked = exception.getMessage() != null && exception.getMessage().contains(" is locked by ");
        return new RunException(locked ? RunException.Reason.LOCKED : RunException.Reason.CACHE, exception.getMessage(),
                exception);
    }

    private LoadedSide[] load(RunRequest request, SideLoader loader, SideLoader.Extraction sourceExtraction,
            SideLoader.Extraction destinationExtraction, java.util.concurrent.atomic.AtomicBoolean abandoned) {
        if (!request.settings().concurrentLoad()) {
            LoadedSide source = loader.loadSource(request.source(), request.progress(), sourceExtraction);
            LoadedSide destination = loader.loadDestination(request.destination(), request.progress(), destinationExtraction);
            return new LoadedSide[] {source, destination};
        }
        CompletableFuture<LoadedSide> destination = CompletableFuture.supplyAsync(
                () -> loader.loadDestination(request.destination(), request.progress(), destinationExtraction));
        LoadedSide source;
        try {
            source = loader.loadSource(request.source(), request.progress(), sourceExtraction);
        } catch (RuntimeException exception) {
            // cancel() does not stop a running task: tell it to stop, and wait, so that nothing it writes to the
            // cache outlives this run (and its lock).
            abandoned.set(true);
            try {
                destination.join();
            } catch (RuntimeException alsoFailed) {
                if (alsoFailed != exception && !(alsoFailed.getCause() instanceof java.util.concurrent.CancellationException)) {
                    exception.addSuppressed(alsoFailed);
                }
            }
            throw exception;
        }
        try {
            return new LoadedSide[] {source, destination.join()};
        } catch (CompletionException exception) {
            if (exception.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw exception;
        }
    }

    private static Set<DiffSyncFlag> flags(SyncConfig config) {
        Set<DiffSyncFlag> flags = EnumSet.noneOf(DiffSyncFlag.class);
        config.diffsyncFlags().forEach(flag -> flags.addAll(flag.engineFlags()));
        return flags;
    }

    private static List<ErrorRow> mappingErrors(LoadedSide side, String label) {
        List<ErrorRow> rows = new ArrayList<>();
        for (MappingIssue issue : side.issues()) {
            if (issue.severity() == MappingIssue.Severity.ERROR) {
                rows.add(new ErrorRow("MappingError", issue.kind(), issue.origin().toString(), null, issue.field(),
                        "side " + label + ": " + issue.message(), null, 0, true));
            }
        }
        return rows;
    }

    private static void writePlan(RunCacheWriter writer, List<PlanRow> rows) {
        try (RunCacheSink<PlanRow> sink = writer.plan()) {
            rows.forEach(sink::write);
            sink.commit();
        }
    }

    private static RowCounts rowCounts(LoadedSide source, RunModel model) {
        Map<String, Long> counts = new HashMap<>();
        for (String kind : model.writtenKinds) {
            counts.put(kind, (long) source.dataset().count(kind));
        }
        return new RowCounts(counts);
    }

    private void guardRowCounts(RunRequest request, RunModel model, RowCounts current, Run run) {
        double ratio = model.config.guardrails().rowcountDropRatio();
        if (ratio <= 0) {
            return;
        }
        List<RowCountDrop> drops = cache.lastSuccessfulRowCounts(SyncName.of(model.config.name())).dropsTo(current, ratio);
        if (drops.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (RowCountDrop drop : drops) {
            text.append(text.length() == 0 ? "" : "; ").append(drop.describe(ratio));
        }
        if (request.settings().allowRowcountDrop()) {
            String notice = "row-count guardrail bypassed (--allow-rowcount-drop): " + text;
            run.notices.add(notice);
            request.progress().warning(notice);
            return;
        }
        throw new RunException(RunException.Reason.GUARDRAIL, "row-count guardrail: " + text
                + " against the last successful sync; nothing was written (use --allow-rowcount-drop if the source"
                + " shrank on purpose)", null);
    }

    private static void guardDeletes(RunRequest request, RunModel model, List<Change> changes, LoadedSide destination,
            Run run, boolean writing) {
        String notice = DeleteGuardrail.check(changes, kind -> destination.dataset().count(kind),
                model.config.guardrails().maxDeleteRatio(), request.settings().allowMassDelete(), writing);
        if (notice != null) {
            run.notices.add(notice);
            request.progress().warning(notice);
        }
    }

    private static Map<String, Map<String, Map<String, Object>>> identifiers(LoadedSide source) {
        Map<String, Map<String, Map<String, Object>>> byKind = new HashMap<>();
        for (String kind : source.dataset().storedTypeNames()) {
            Map<String, Map<String, Object>> byUid = new HashMap<>();
            for (ModelObject object : source.dataset().getAll(kind)) {
                byUid.put(object.uid(), new LinkedHashMap<>(object.identifiers()));
            }
            byKind.put(kind, byUid);
        }
        return byKind;
    }
}
