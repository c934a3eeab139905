package io.infrasync.core.mapping;

import io.infrasync.core.domain.run.Side;
import io.infrasync.core.port.out.ExpressionEvaluator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps one side's records: {@link #add} (or {@link #addAll}) every record, then {@link #finish} once.
 *
 * <p>Adding filters (source side), transforms (source side) and extracts field values; this part is
 * per-record and {@link #addAll} spreads large batches over the available cores. Finishing resolves
 * references through an index keyed by (endpoint, local id), kinds in dependency order so that a peer's
 * unique id is known before an object whose identifiers include the reference; then it resolves the other
 * references. Problems are reported per object in the result, never by aborting the whole load.
 *
 * <p>Not thread-safe: call it from one thread.
 */
public final class MappingSession {

    private static final int PARALLEL_THRESHOLD = 10_000;

    private final List<EntryPlan> entries;
    private final Map<String, List<EntryPlan>> entriesByEndpoint = new HashMap<>();
    private final Map<EntryPlan, EntryState> states = new IdentityHashMap<>();
    private final List<String> resolutionOrder;
    private final List<String> writeOrder;
    private final Side side;
    private final PeerLocator locator;
    private final boolean continueOnError;
    private final List<MappingIssue> issues = new ArrayList<>();
    private final Map<String, Map<String, Pending>> identifiedByKind = new HashMap<>();
    private long filteredOut;
    private boolean finished;

    MappingSession(List<EntryPlan> entries, List<String> resolutionOrder, List<String> writeOrder, Side side,
            PeerLocator locator, boolean continueOnError) {
        this.entries = entries;
        this.resolutionOrder = resolutionOrder;
        this.writeOrder = writeOrder;
        this.side = side;
        this.locator = locator;
        this.continueOnError = continueOnError;
        Set<String> written = new HashSet<>(writeOrder);
        for (EntryPlan entry : entries) {
            states.put(entry, new EntryState());
            // As in the original, kinds left out of an explicit order are not loaded at all.
            List<EntryPlan> plans = entriesByEndpoint.computeIfAbsent(entry.endpoint(), key -> new ArrayList<>());
            if (written.contains(entry.kind())) {
                plans.add(entry);
            }
        }
    }

    /** Per-entry bookkeeping: objects in input order, the (local id) index and the filtered-out ids. */
    private static final class EntryState {
        final List<Pending> objects = new ArrayList<>();
        final Map<String, Pending> byLocalId = new HashMap<>();
        final Set<String> filtered = new HashSet<>();
    }

    private enum Status { MAPPED, IDENTIFIED, FAILED }

    /** An object between mapping and resolution. */
    private static final class Pending implements Outcome {
        final EntryPlan plan;
        final PeerKey origin;
        final Map<String, Object> attributes;
        final Map<String, RawReference> references;
        final Map<String, ReferenceValue> resolved;
        Status status = Status.MAPPED;
        // Set once when the unique id is known and not a duplicate; never reset, so that the parallel reference
        // pass sees a stable index (the fork of that pass publishes it). Later failures reach referrers through
        // the cascade pass instead.
        boolean identified;
        List<Object> identifierValues;
        String uniqueId;
        // Why tryIdentify failed this object; the identify loop reports it, in input order.
        MappingIssue identifyFailure;
        // This object as a peer, shared by all its referrers (a million devices at a thousand sites then hold a
        // thousand of these, not two million). Racy but benign: a referrer may build an equal one.
        private ReferenceValue.One asPeer;

        Pending(EntryPlan plan, PeerKey origin, Map<String, Object> attributes, Map<String, RawReference> references) {
            this.plan = plan;
            this.origin = origin;
            this.attributes = attributes;
            this.references = references;
            this.resolved = new CompactMap<>(references.size());
        }

        /** Only once the unique id is known. */
        ReferenceValue.One asPeer() {
            ReferenceValue.One peer = asPeer;
            if (peer == null) {
                peer = new ReferenceValue.One(new PeerRef(plan.kind(), uniqueId, origin));
                asPeer = peer;
            }
            return peer;
        }
    }

    /** A reference field's value before resolution: its elements, and whether it is a list. */
    private record RawReference(EntryPlan.ReferenceField field, List<Object> elements, boolean many) {
    }

    /**
     * What mapping one record gave: a {@link Pending} object when mapped, and {@link Several} when more than one
     * entry maps the record's origin. A parallel batch holds one outcome per record until it is registered, so
     * the common case carries no wrapper.
     */
    private sealed interface Outcome permits Pending, Filtered, Failed, Several {
    }

    private record Several(List<Outcome> outcomes) implements Outcome {
    }

    private record Filtered(EntryPlan plan, String localId) implements Outcome {
    }

    private record Failed(MappingIssue issue) implements Outcome {
    }

    /**
     * Maps one record for every entry whose {@code mapping} is the record's origin (none when the entries of
     * that origin are all of kinds left out of an explicit {@code order}).
     *
     * @throws IllegalArgumentException when no entry maps the record's origin
     */
    public void add(SourceRecord record) {
        checkOpen();
        register(prepare(record));
    }

    /** {@link #add} for many records; large batches are mapped in parallel, results kept in input order. */
    public void addAll(Collection<SourceRecord> records) {
        checkOpen();
        if (records.size() < PARALLEL_THRESHOLD) {
            records.forEach(this::add);
            return;
        }
        List<Outcome> outcomes = records.parallelStream().map(this::prepare).toList();
        outcomes.forEach(this::register);
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("the session is finished");
        }
    }

    private Outcome prepare(SourceRecord record) {
        List<EntryPlan> plans = entriesByEndpoint.get(record.origin());
        if (plans == null) {
            throw new IllegalArgumentException("no schema_mapping entry maps '" + record.origin() + "' (record "
                    + record.describe() + ")");
        }
        if (plans.size() == 1) {
            return prepare(plans.get(0), record);
        }
        List<Outcome> outcomes = new ArrayList<>(plans.size());
        for (EntryPlan plan : plans) {
            outcomes.add(prepare(plan, record));
        }
        return new Several(outcomes);
    }

    private Outcome prepare(EntryPlan plan, SourceRecord record) {
        PeerKey origin = new PeerKey(record.origin(), record.localId());
        Map<String, Object> data = record.data();
        if (side == Side.A) {
            for (RecordFilter filter : plan.filters) {
                try {
                    if (!filter.test(data)) {
                        return new Filtered(plan, record.localId());
                    }
                } catch (IllegalArgumentException exception) {
                    return failed(plan, origin, filter.spec().field(), "filter '" + filter.describe() + "' failed: "
                            + exception.getMessage());
                }
            }
            Transformed transformed = transform(plan, data, origin);
            if (transformed.issue() != null) {
                return new Failed(transformed.issue());
            }
            data = transformed.data();
        }
        Map<String, Object> attributes = new CompactMap<>(plan.fields.size());
        Map<String, RawReference> references = new CompactMap<>(2);
        for (EntryPlan.FieldPlan field : plan.fields) {
            if (field instanceof EntryPlan.StaticField constant) {
                attributes.put(constant.name(), constant.value());
            } else if (field instanceof EntryPlan.PathField mapped) {
                Object value = mapped.path().read(data);
                if (value != null) {
                    attributes.put(mapped.name(), value);
                }
            } else if (field instanceof EntryPlan.ReferenceField reference) {
                Object value = reference.path().read(data);
                if (value == null) {
                    attributes.remove(reference.name());
                    references.remove(reference.name());
                    continue;
                }
                RawReference raw = rawReference(reference, value);
                if (raw == null) {
                    return failed(plan, origin, reference.name(), "cardinality one, but the source holds "
                            + ((List<?>) value).size() + " peers");
                }
                references.put(reference.name(), raw);
            }
        }
        return new Pending(plan, origin, attributes, references);
    }

    /**
     * The reference's elements, each already located (a {@link PeerKey}, or a {@link LocateFailure}): locating
     * is per-record work, so it happens here, in the parallel part.
     */
    private RawReference rawReference(EntryPlan.ReferenceField field, Object value) {
        if (value instanceof List<?> list) {
            if (Boolean.FALSE.equals(field.many())) {
                return list.size() == 1 ? new RawReference(field, List.of(locate(field, list.get(0))), false) : null;
            }
            List<Object> located = new ArrayList<>(list.size());
            list.forEach(element -> located.add(locate(field, element)));
            return new RawReference(field, located, true);
        }
        return new RawReference(field, List.of(locate(field, value)), Boolean.TRUE.equals(field.many()));
    }

    /** Why a reference element could not be located. */
    private record LocateFailure(String message) {
    }

    private Object locate(EntryPlan.ReferenceField field, Object element) {
        try {
            return locator.locate(element, field.candidateEndpoints());
        } catch (IllegalArgumentException exception) {
            return new LocateFailure("cannot locate " + field.target() + " peer: " + exception.getMessage());
        }
    }

    /** The transformed record, or the issue that stopped it. */
    private record Transformed(Map<String, Object> data, MappingIssue issue) {
    }

    private Transformed transform(EntryPlan plan, Map<String, Object> data, PeerKey origin) {
        Map<String, Object> working = data;
        boolean copied = false;
        for (EntryPlan.Transform transform : plan.transforms) {
            Object result;
            try {
                result = transform.expression().evaluate(working);
            } catch (ExpressionEvaluator.ExpressionException | IllegalArgumentException exception) {
                return new Transformed(null, new MappingIssue(MappingIssue.Severity.ERROR, plan.kind(), origin,
                        transform.field(), "transform failed: " + exception.getMessage()));
            }
            if (result == null) {
                continue; // None leaves the field as it is
            }
            if (transform.target().isSimple()) {
                if (!copied) {
                    working = new OverlayMap(working);
                    copied = true;
                }
                working.put(transform.target().head(), result);
            } else {
                working = transform.target().writeCopy(working, result);
                copied = true;
            }
        }
        return new Transformed(working, null);
    }

    private static Failed failed(EntryPlan plan, PeerKey origin, String field, String message) {
        return new Failed(new MappingIssue(MappingIssue.Severity.ERROR, plan.kind(), origin, field, message));
    }

    private void register(Outcome outcome) {
        if (outcome instanceof Several several) {
            several.outcomes().forEach(this::register);
        } else if (outcome instanceof Pending pending) {
            EntryState state = states.get(pending.plan);
            Pending previous = state.byLocalId.putIfAbsent(pending.origin.localId(), pending);
            if (previous != null) {
                issues.add(new MappingIssue(MappingIssue.Severity.ERROR, pending.plan.kind(), pending.origin, null,
                        "duplicate record: local id " + pending.origin.localId() + " was already read from "
                                + pending.origin.endpoint()));
                return;
            }
            state.objects.add(pending);
        } else if (outcome instanceof Filtered filtered) {
            states.get(filtered.plan()).filtered.add(filtered.localId());
            filteredOut++;
        } else if (outcome instanceof Failed failed) {
            issues.add(failed.issue());
        }
    }

    /** Resolves references and returns the mapped objects with every per-object issue. Call once. */
    public MappingResult finish() {
        checkOpen();
        finished = true;
        Map<String, List<Pending>> byKind = new LinkedHashMap<>();
        for (EntryPlan entry : entries) {
            byKind.computeIfAbsent(entry.kind(), key -> new ArrayList<>()).addAll(states.get(entry).objects);
        }
        for (String kind : resolutionOrder) {
            identify(kind, byKind.getOrDefault(kind, List.of()));
        }
        List<Pending> identified = new ArrayList<>();
        byKind.values().forEach(objects -> objects.stream().filter(pending -> pending.identified).forEach(identified::add));
        List<List<MappingIssue>> referenceIssues = (identified.size() >= PARALLEL_THRESHOLD
                ? identified.parallelStream() : identified.stream()).map(this::resolveOtherReferences).toList();
        referenceIssues.forEach(issues::addAll);
        if (identified.stream().anyMatch(pending -> pending.status == Status.FAILED)) {
            cascadeFailures(identified);
        }
        List<MappedObject> objects = new ArrayList<>();
        for (String kind : writeOrder) {
            List<Pending> ofKind = byKind.getOrDefault(kind, List.of());
            (ofKind.size() >= PARALLEL_THRESHOLD ? ofKind.parallelStream() : ofKind.stream())
                    .filter(pending -> pending.status == Status.IDENTIFIED)
                    .map(pending -> new MappedObject(kind, pending.origin, pending.identifierValues, pending.uniqueId,
                            new FrozenMap<>(pending.attributes), new FrozenMap<>(pending.resolved)))
                    .forEachOrdered(objects::add);
        }
        return new MappingResult(objects, issues, filteredOut);
    }

    /**
     * Computes unique ids for one kind. Identifier references to the same kind (a parent location) may need
     * several passes; what still waits when a pass makes no progress is a cycle among the objects.
     *
     * <p>Without such self-references no object of the kind depends on another, so the unique ids of a large
     * kind are computed in parallel; the duplicate check then runs in input order, so the first object keeps its
     * id and the result is the same as serially.
     */
    private void identify(String kind, List<Pending> objects) {
        Map<String, Pending> byUniqueId = new HashMap<>(Math.max(16, objects.size() * 4 / 3 + 1));
        identifiedByKind.put(kind, byUniqueId);
        boolean parallel = objects.size() >= PARALLEL_THRESHOLD && !identifiesThroughOwnKind(kind);
        List<Pending> waiting = new ArrayList<>(objects);
        boolean progress = true;
        while (!waiting.isEmpty() && progress) {
            progress = false;
            List<Pending> next = new ArrayList<>();
            List<Boolean> outcomes = parallel ? waiting.parallelStream().map(this::tryIdentify).toList() : null;
            for (int i = 0; i < waiting.size(); i++) {
                Pending pending = waiting.get(i);
                // serially, each object is tried after the previous one is registered: a same-kind peer earlier in
                // the list is then already identified (or failed as a duplicate)
                Boolean done = parallel ? outcomes.get(i) : tryIdentify(pending);
                if (done == null) {
                    next.add(pending);
                    continue;
                }
                progress = true;
                if (!done) {
                    issues.add(pending.identifyFailure);
                    pending.identifyFailure = null;
                    continue;
                }
                Pending previous = byUniqueId.putIfAbsent(pending.uniqueId, pending);
                if (previous != null) {
                    fail(pending, null, "duplicate identifiers " + describeIdentifiers(pending) + ": unique id '"
                            + pending.uniqueId + "' is already used by " + previous.origin);
                } else {
                    pending.identified = true;
                }
            }
            waiting = next;
        }
        for (Pending pending : waiting) {
            fail(pending, null, "identifier references form a cycle among " + pending.plan.kind() + " objects");
        }
    }

    private static String describeIdentifiers(Pending pending) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < pending.plan.identifiers.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(pending.plan.identifiers.get(i)).append('=').append(PyValues.str(pending.identifierValues.get(i)));
        }
        return text.append(')').toString();
    }

    /** Whether an identifier of {@code kind} is a reference that may point at an object of {@code kind} itself. */
    private boolean identifiesThroughOwnKind(String kind) {
        for (EntryPlan entry : entries) {
            if (!entry.kind().equals(kind)) {
                continue;
            }
            for (EntryPlan.FieldPlan field : entry.fields) {
                if (field instanceof EntryPlan.ReferenceField reference && reference.identity()
                        && reference.candidates().stream().anyMatch(candidate -> candidate.kind().equals(kind))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when identified, false when failed (the issue is left in {@code identifyFailure}), null when a peer of
     * the same kind is not identified yet. Changes nothing but {@code pending}, so objects that do not depend on
     * each other can be tried in parallel.
     */
    private Boolean tryIdentify(Pending pending) {
        Object[] values = new Object[pending.plan.identifiers.size()];
        int next = 0;
        for (String identifier : pending.plan.identifiers) {
            RawReference reference = pending.references.get(identifier);
            if (reference != null) {
                Resolution resolution = resolve(reference);
                if (resolution instanceof Resolution.NotYet) {
                    return null;
                }
                if (resolution instanceof Resolution.Problem problem) {
                    pending.status = Status.FAILED;
                    pending.identifyFailure = new MappingIssue(MappingIssue.Severity.ERROR, pending.plan.kind(),
                            pending.origin, identifier, problem.message());
                    return false;
                }
                ReferenceValue value = ((Resolution.Resolved) resolution).value();
                pending.resolved.put(identifier, value);
                values[next++] = value.uniqueIds();
            } else {
                // An unset identifier is None, as in infrahub-sync 2.x (an optional rack or tenant); if that
                // makes two objects collide, the duplicate check reports both.
                values[next++] = pending.attributes.get(identifier);
            }
        }
        pending.identifierValues = new FrozenList(values);
        pending.uniqueId = uniqueId(values);
        pending.status = Status.IDENTIFIED;
        return true;
    }

    /**
     * The identifier values as Python's {@code str()} prints them, joined with {@code __} as diffsync does (an
     * empty first value still gets its separator: {@code ["", "x"]} gives {@code "__x"}).
     */
    private static String uniqueId(Object[] values) {
        if (values.length == 1) {
            return PyValues.str(values[0]);
        }
        StringBuilder uniqueId = new StringBuilder(64);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                uniqueId.append("__");
            }
            uniqueId.append(PyValues.str(values[i]));
        }
        return uniqueId.toString();
    }

    /**
     * An object whose peer failed after the peer was identified (a missing non-identifier reference) cannot be
     * written either; repeated until stable so that chains fail whole, in a deterministic order.
     */
    private void cascadeFailures(List<Pending> identified) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Pending pending : identified) {
                if (pending.status == Status.FAILED) {
                    continue;
                }
                Pending failedPeer = failedPeer(pending);
                if (failedPeer != null) {
                    fail(pending, null, failedPeer.plan.kind() + " peer " + failedPeer.origin + " could not be mapped");
                    changed = true;
                }
            }
        }
    }

    private Pending failedPeer(Pending pending) {
        for (ReferenceValue value : pending.resolved.values()) {
            List<PeerRef> peers = value instanceof ReferenceValue.One one ? List.of(one.peer()) : ((ReferenceValue.Many) value).peers();
            for (PeerRef peer : peers) {
                Pending found = identifiedByKind.getOrDefault(peer.kind(), Map.of()).get(peer.uniqueId());
                if (found != null && found.status == Status.FAILED) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Resolves the non-identifier references of one object; returns its issues (safe to run in parallel). */
    private List<MappingIssue> resolveOtherReferences(Pending pending) {
        List<MappingIssue> raised = new ArrayList<>(0);
        for (RawReference reference : pending.references.values()) {
            String name = reference.field().name();
            if (pending.resolved.containsKey(name)) {
                continue;
            }
            List<ReferenceValue.One> peers = new ArrayList<>(reference.elements().size());
            for (Object element : reference.elements()) {
                Resolution resolution = resolveOne(reference.field(), element);
                if (resolution instanceof Resolution.Found found) {
                    peers.add(found.one());
                } else if (resolution instanceof Resolution.Problem problem) {
                    if (problem.filtered() || continueOnError) {
                        raised.add(new MappingIssue(MappingIssue.Severity.WARNING, pending.plan.kind(), pending.origin, name,
                                problem.message() + "; reference omitted"));
                    } else {
                        pending.status = Status.FAILED;
                        raised.add(new MappingIssue(MappingIssue.Severity.ERROR, pending.plan.kind(), pending.origin, name,
                                problem.message()));
                        return raised;
                    }
                } else {
                    pending.status = Status.FAILED;
                    raised.add(new MappingIssue(MappingIssue.Severity.ERROR, pending.plan.kind(), pending.origin, name,
                            "peer of " + reference.field().target() + " was never identified"));
                    return raised;
                }
            }
            if (reference.many()) {
                pending.resolved.put(name, new ReferenceValue.Many(sorted(peers)));
            } else if (!peers.isEmpty()) {
                pending.resolved.put(name, peers.get(0));
            }
        }
        return raised;
    }

    private void fail(Pending pending, String field, String message) {
        pending.status = Status.FAILED;
        issues.add(new MappingIssue(MappingIssue.Severity.ERROR, pending.plan.kind(), pending.origin, field, message));
    }

    /** The outcome of resolving a reference or one of its elements. */
    private sealed interface Resolution {
        record Resolved(ReferenceValue value) implements Resolution {
        }

        /** @param one the peer, as the object's shared cardinality-one value */
        record Found(ReferenceValue.One one) implements Resolution {
        }

        record NotYet() implements Resolution {
        }

        /** @param filtered whether the peer exists but the source filters dropped it */
        record Problem(String message, boolean filtered) implements Resolution {
        }
    }

    /** Resolves every element of an identifier reference; any unresolvable element is a problem. */
    private Resolution resolve(RawReference reference) {
        List<ReferenceValue.One> peers = new ArrayList<>(reference.elements().size());
        for (Object element : reference.elements()) {
            Resolution resolution = resolveOne(reference.field(), element);
            if (!(resolution instanceof Resolution.Found found)) {
                return resolution;
            }
            peers.add(found.one());
        }
        if (reference.many()) {
            return new Resolution.Resolved(new ReferenceValue.Many(sorted(peers)));
        }
        return new Resolution.Resolved(peers.get(0));
    }

    private static List<PeerRef> sorted(List<ReferenceValue.One> peers) {
        Map<String, PeerRef> distinct = new LinkedHashMap<>();
        peers.forEach(one -> distinct.putIfAbsent(one.peer().kind() + "\u0000" + one.peer().uniqueId(), one.peer()));
        List<PeerRef> list = new ArrayList<>(distinct.values());
        list.sort(Comparator.comparing(PeerRef::uniqueId).thenComparing(PeerRef::kind));
        return list;
    }

    private Resolution resolveOne(EntryPlan.ReferenceField field, Object element) {
        if (element instanceof LocateFailure failure) {
            return new Resolution.Problem(failure.message(), false);
        }
        PeerKey key = (PeerKey) element;
        Pending match = null;
        boolean endpointKnown = false;
        boolean filtered = false;
        for (EntryPlan candidate : field.candidates()) {
            if (!candidate.endpoint().equals(key.endpoint())) {
                continue;
            }
            endpointKnown = true;
            EntryState state = states.get(candidate);
            Pending found = state.byLocalId.get(key.localId());
            if (found != null) {
                if (match != null) {
                    return new Resolution.Problem("peer " + key + " is ambiguous: both " + match.plan.kind() + " and "
                            + found.plan.kind() + " map it", false);
                }
                match = found;
            } else if (state.filtered.contains(key.localId())) {
                filtered = true;
            }
        }
        if (match == null) {
            if (!endpointKnown) {
                return new Resolution.Problem("peer " + key + " is not from an endpoint mapped to " + field.target()
                        + " (" + String.join(", ", field.candidateEndpoints()) + ")", false);
            }
            return filtered
                    ? new Resolution.Problem(field.target() + " peer " + key + " was dropped by the source filters", true)
                    : new Resolution.Problem(field.target() + " peer " + key + " not found", false);
        }
        if (match.identified) {
            return new Resolution.Found(match.asPeer());
        }
        if (match.status == Status.FAILED) {
            return new Resolution.Problem(field.target() + " peer " + key + " could not be mapped", false);
        }
        if (match.status == Status.MAPPED) {
            return new Resolution.NotYet();
        }
        return new Resolution.Found(match.asPeer());
    }
}
