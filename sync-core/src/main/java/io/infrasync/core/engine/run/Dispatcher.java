package io.infrasync.core.engine.run;

import io.infrasync.core.domain.plan.PlanAction;
import io.infrasync.core.domain.run.ErrorRow;
import io.infrasync.core.port.out.RunProgress;
import io.infrasync.spi.Adapter;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.OperationResult;
import io.infrasync.spi.model.WriteBatch;
import io.infrasync.spi.model.WriteOperation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Writes changes to the destination: creates and updates tier by tier in write order, then deletes in reverse
 * tier order, in batches through {@link Adapter#write}. References are sent as {@link PeerReferences} builds
 * them: {@code {"id", "kind"}} when the peer's destination id is known, else {@code {"hfid", "kind"}}, else the
 * peer's identifier values. A reference to an object that this run creates later (a
 * self-reference such as a parent location, or an edge dropped to break a cycle) is left out of the create and
 * sent in a follow-up update once every create is done and the peer's id is known. Without
 * {@code continueOnError} the first failed operation stops the run after its batch.
 */
final class Dispatcher {

    /** What the writes did. */
    record Result(long created, long updated, long deleted, List<ErrorRow> errors, String failure) {
    }

    private static final int MAX_PARALLEL_KINDS = 4;

    private final RunModel model;
    private final Adapter adapter;
    private final Set<Capability> capabilities;
    private final PeerDirectory peers;
    private final PeerReferences references;
    private final int batchSize;
    private final boolean continueOnError;
    private final RunProgress progress;
    private final BooleanSupplier cancelled;
    private final List<ErrorRow> errors = Collections.synchronizedList(new ArrayList<>());
    private final boolean parallel;
    private final java.util.concurrent.atomic.AtomicLong created = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong updated = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong deleted = new java.util.concurrent.atomic.AtomicLong();
    private volatile String failure;
    /** (kind, uid) of every object this run creates, to tell "created later" from "unknown" peers. */
    private final Set<String> pendingCreates = new java.util.HashSet<>();
    /** Reference fields held back from creates, sent as updates after all creates. */
    /** Updates whose every field waits for a later create: sent only as a follow-up. */
    private final Set<Change> heldWhole = Collections.synchronizedSet(new java.util.HashSet<>());
    private final Map<Change, Map<String, Object>> deferred = Collections.synchronizedMap(new LinkedHashMap<>());

    Dispatcher(RunModel model, Adapter adapter, Set<Capability> capabilities, PeerDirectory peers, int batchSize,
            boolean continueOnError, boolean parallel, RunProgress progress, BooleanSupplier cancelled) {
        this.parallel = parallel;
        this.model = model;
        this.adapter = adapter;
        this.capabilities = capabilities;
        this.peers = peers;
        this.references = new PeerReferences(model, peers);
        this.batchSize = batchSize;
        this.continueOnError = continueOnError;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    Result dispatch(List<Change> changes) {
        Map<String, List<Change>> upserts = new LinkedHashMap<>();
        Map<String, List<Change>> deletes = new LinkedHashMap<>();
        for (Change change : changes) {
            if (change.action() == PlanAction.CREATE) {
                pendingCreates.add(change.kind() + "\u0000" + change.uid());
            }
            (change.action() == PlanAction.DELETE ? deletes : upserts)
                    .computeIfAbsent(change.kind(), key -> new ArrayList<>()).add(change);
        }
        List<List<String>> tiers = model.sourcePlan.writeOrder().tiers();
        boolean concurrent = parallel && !model.sourcePlan.writeOrder().explicit();
        if (parallel && model.sourcePlan.writeOrder().explicit()) {
            progress.warning("an explicit 'order' is written one kind after the other; --parallel applies to derived tiers");
        }
        for (List<String> tier : tiers) {
            if (!writeTier(tier, upserts, concurrent)) {
                return result();
            }
        }
        if (!writeDeferred()) {
            return result();
        }
        if (!deletes.isEmpty() && !capabilities.contains(Capability.DELETE)) {
            progress.warning("the destination adapter cannot delete; " + deletes.values().stream().mapToInt(List::size).sum()
                    + " planned delete(s) are not applied");
            deletes.forEach((kind, list) -> list.forEach(change -> errors.add(error(change, "UNSUPPORTED",
                    Capability.DELETE.unsupportedMessage()))));
            return result();
        }
        for (int i = tiers.size() - 1; i >= 0; i--) {
            List<String> tier = tiers.get(i);
            for (int k = tier.size() - 1; k >= 0; k--) {
                if (!write(tier.get(k), deletes.getOrDefault(tier.get(k), List.of()))) {
                    return result();
                }
            }
        }
        return result();
    }

    /**
     * Writes the kinds of one tier: one after the other, or concurrently (they do not reference each other, so
     * their order does not matter). False when the run must stop.
     */
    private boolean writeTier(List<String> tier, Map<String, List<Change>> upserts, boolean concurrent) {
        List<String> kinds = tier.stream().filter(kind -> !upserts.getOrDefault(kind, List.of()).isEmpty()).toList();
        if (!concurrent || kinds.size() < 2) {
            for (String kind : kinds) {
                if (!write(kind, upserts.get(kind))) {
                    return false;
                }
            }
            return true;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.min(kinds.size(), MAX_PARALLEL_KINDS));
        try {
            List<java.util.concurrent.Future<Boolean>> futures = new ArrayList<>();
            for (String kind : kinds) {
                futures.add(pool.submit(() -> write(kind, upserts.get(kind))));
            }
            boolean ok = true;
            for (java.util.concurrent.Future<Boolean> future : futures) {
                ok &= future.get();
            }
            return ok;
        } catch (java.util.concurrent.ExecutionException exception) {
            if (exception.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(exception.getCause());
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted while writing tier " + tier);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Sends the held-back references as updates, grouped by kind in write order. A follow-up that completes a
     * create or an update already sent is not counted again; an update held back whole is counted here.
     */
    private boolean writeDeferred() {
        Map<String, List<Change>> completions = new LinkedHashMap<>();
        Map<String, List<Change>> wholeUpdates = new LinkedHashMap<>();
        deferred.forEach((change, fields) -> {
            java.util.Optional<String> destId = change.destId() != null ? java.util.Optional.of(change.destId())
                    : peers.destId(change.kind(), change.uid());
            destId.ifPresent(id -> (heldWhole.contains(change) ? wholeUpdates : completions)
                    .computeIfAbsent(change.kind(), key -> new ArrayList<>())
                    .add(new Change(PlanAction.UPDATE, change.kind(), change.uid(), change.identifiers(), fields, id)));
        });
        for (String kind : model.writtenKinds) {
            long before = updated.get();
            if (!write(kind, completions.getOrDefault(kind, List.of()))) {
                return false;
            }
            updated.set(before);
            if (!write(kind, wholeUpdates.getOrDefault(kind, List.of()))) {
                return false;
            }
        }
        return true;
    }

    private Result result() {
        return new Result(created.get(), updated.get(), deleted.get(), List.copyOf(errors), failure);
    }

    /** Writes one kind's changes; false when the run must stop. */
    private boolean write(String kind, List<Change> changes) {
        if (changes.isEmpty()) {
            return true;
        }
        progress.started(RunProgress.Stage.WRITE, kind, changes.size());
        long done = 0;
        for (int start = 0; start < changes.size(); start += batchSize) {
            if (cancelled.getAsBoolean()) {
                fail("the run was cancelled while writing " + kind);
                return false;
            }
            if (failure != null) {
                return false; // another kind of the same tier failed
            }
            List<Change> batch = changes.subList(start, Math.min(changes.size(), start + batchSize));
            List<Change> sent = new ArrayList<>();
            List<WriteOperation> operations = new ArrayList<>();
            for (Change change : batch) {
                WriteOperation operation = operation(change);
                if (operation != null) {
                    sent.add(change);
                    operations.add(operation);
                }
            }
            if (!operations.isEmpty()) {
                List<OperationResult> results = adapter.write(WriteBatch.of(operations));
                if (results.size() != operations.size()) {
                    throw new io.infrasync.spi.AdapterException(io.infrasync.spi.model.ErrorKind.INVALID_DATA,
                            "the destination adapter returned " + results.size() + " results for " + operations.size()
                                    + " operations on " + kind);
                }
                for (int i = 0; i < results.size(); i++) {
                    record(sent.get(i), results.get(i));
                }
            }
            done += batch.size();
            progress.advanced(RunProgress.Stage.WRITE, kind, done);
            if (!continueOnError && !errors.isEmpty()) {
                ErrorRow first = errors.get(0);
                fail("stopped at the first failed write: " + first.resource() + " " + first.sourceId() + ": "
                        + first.message() + " (use --continue-on-error to go on)");
                return false;
            }
        }
        progress.finished(RunProgress.Stage.WRITE, kind, done);
        return true;
    }

    private synchronized void fail(String reason) {
        if (failure == null) {
            failure = reason;
        }
    }

    private void record(Change change, OperationResult result) {
        if (result instanceof OperationResult.Failed failed) {
            errors.add(error(change, failed.kind().name(), failed.message()));
            return;
        }
        String destId = ((OperationResult.Applied) result).destinationId();
        switch (change.action()) {
            case CREATE -> {
                created.incrementAndGet();
                peers.created(change.kind(), change.uid(), destId);
            }
            case UPDATE -> updated.incrementAndGet();
            case DELETE -> deleted.incrementAndGet();
        }
    }

    private ErrorRow error(Change change, String errorClass, String message) {
        return new ErrorRow(errorClass, change.kind(), change.uid(), change.destId(), null, message, null, 0, true);
    }

    /** The operation for a change, or null (with an error row) when it cannot be built. */
    private WriteOperation operation(Change change) {
        switch (change.action()) {
            case CREATE: {
                Map<String, Object> data = new LinkedHashMap<>(change.identifiers());
                data.putAll(change.values());
                Map<String, Object> later = new LinkedHashMap<>();
                for (String field : List.copyOf(data.keySet())) {
                    if (!change.identifiers().containsKey(field) && refersToLaterCreate(change.kind(), field, data.get(field))) {
                        later.put(field, data.remove(field));
                    }
                }
                if (!later.isEmpty()) {
                    deferred.put(change, later);
                }
                return WriteOperation.create(change.kind(), payload(change.kind(), data));
            }
            case UPDATE:
            case DELETE: {
                String destId = change.destId() != null ? change.destId()
                        : peers.destId(change.kind(), change.uid()).orElse(null);
                if (destId == null) {
                    errors.add(error(change, "NOT_FOUND", "no destination object with unique id '" + change.uid()
                            + "' to " + change.action().name().toLowerCase(java.util.Locale.ROOT)));
                    return null;
                }
                if (change.action() == PlanAction.DELETE) {
                    return WriteOperation.delete(change.kind(), destId);
                }
                // An update may point at an object this run creates in the same tier (a new parent of the same
                // kind): that reference waits for the follow-up, like a create's.
                Map<String, Object> now = new LinkedHashMap<>(change.values());
                Map<String, Object> later = new LinkedHashMap<>();
                for (String field : List.copyOf(now.keySet())) {
                    if (refersToLaterCreate(change.kind(), field, now.get(field))) {
                        later.put(field, now.remove(field));
                    }
                }
                if (!later.isEmpty()) {
                    Change waiting = new Change(PlanAction.UPDATE, change.kind(), change.uid(), change.identifiers(),
                            change.values(), destId);
                    deferred.put(waiting, later);
                    if (now.isEmpty()) {
                        heldWhole.add(waiting);
                        return null;
                    }
                }
                return WriteOperation.update(change.kind(), destId, payload(change.kind(), now));
            }
            default:
                throw new IllegalStateException("unexpected action " + change.action());
        }
    }

    /** Whether a reference field names a peer whose destination id is unknown but that this run creates. */
    private boolean refersToLaterCreate(String kind, String field, Object value) {
        if (value == null || model.schema.relationship(kind, field).isEmpty()) {
            return false;
        }
        List<String> peerKinds = model.peerKinds(kind, field);
        List<?> elements = value instanceof List<?> list ? list : List.of(value);
        for (Object element : elements) {
            String uid = String.valueOf(element);
            boolean known = peerKinds.stream().anyMatch(peerKind -> peers.destId(peerKind, uid).isPresent());
            boolean created = peerKinds.stream().anyMatch(peerKind -> pendingCreates.contains(peerKind + "\u0000" + uid));
            if (!known && created) {
                return true;
            }
        }
        return false;
    }

    /** Replaces reference values (peer unique ids) with peer descriptions the destination understands. */
    private Map<String, Object> payload(String kind, Map<String, Object> values) {
        Map<String, Object> data = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            List<String> peerKinds = model.schema.relationship(kind, field).isPresent()
                    ? model.peerKinds(kind, field) : List.of();
            if (peerKinds.isEmpty() || value == null) {
                data.put(field, value);
            } else if (value instanceof List<?> list) {
                List<Object> refs = new ArrayList<>(list.size());
                list.forEach(element -> refs.add(peer(peerKinds, element)));
                data.put(field, refs);
            } else {
                data.put(field, peer(peerKinds, value));
            }
        });
        return data;
    }

    private Object peer(List<String> kinds, Object uidValue) {
        return references.of(kinds, uidValue);
    }
}
