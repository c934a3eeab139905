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
 * tier order, in batches through {@link Adapter#write}. References are sent as the peer's destination id when
 * it is known ({@code {"id": ..., "kind": ...}}), else by the peer's identifier values
 * ({@code {"kind": ..., "identifiers": {...}}}). Without {@code continueOnError} the first failed operation
 * stops the run after its batch.
 */
final class Dispatcher {

    /** What the writes did. */
    record Result(long created, long updated, long deleted, List<ErrorRow> errors, String failure) {
    }

    private final RunModel model;
    private final Adapter adapter;
    private final Set<Capability> capabilities;
    private final PeerDirectory peers;
    private final int batchSize;
    private final boolean continueOnError;
    private final RunProgress progress;
    private final BooleanSupplier cancelled;
    private final List<ErrorRow> errors = Collections.synchronizedList(new ArrayList<>());
    private long created;
    private long updated;
    private long deleted;
    private String failure;

    Dispatcher(RunModel model, Adapter adapter, Set<Capability> capabilities, PeerDirectory peers, int batchSize,
            boolean continueOnError, RunProgress progress, BooleanSupplier cancelled) {
        this.model = model;
        this.adapter = adapter;
        this.capabilities = capabilities;
        this.peers = peers;
        this.batchSize = batchSize;
        this.continueOnError = continueOnError;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    Result dispatch(List<Change> changes) {
        Map<String, List<Change>> upserts = new LinkedHashMap<>();
        Map<String, List<Change>> deletes = new LinkedHashMap<>();
        for (Change change : changes) {
            (change.action() == PlanAction.DELETE ? deletes : upserts)
                    .computeIfAbsent(change.kind(), key -> new ArrayList<>()).add(change);
        }
        List<List<String>> tiers = model.sourcePlan.writeOrder().tiers();
        for (List<String> tier : tiers) {
            for (String kind : tier) {
                if (!write(kind, upserts.getOrDefault(kind, List.of()))) {
                    return result();
                }
            }
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

    private Result result() {
        return new Result(created, updated, deleted, List.copyOf(errors), failure);
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
                failure = "the run was cancelled while writing " + kind;
                return false;
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
                failure = "stopped at the first failed write: " + first.resource() + " " + first.sourceId() + ": "
                        + first.message() + " (use --continue-on-error to go on)";
                return false;
            }
        }
        progress.finished(RunProgress.Stage.WRITE, kind, done);
        return true;
    }

    private void record(Change change, OperationResult result) {
        if (result instanceof OperationResult.Failed failed) {
            errors.add(error(change, failed.kind().name(), failed.message()));
            return;
        }
        String destId = ((OperationResult.Applied) result).destinationId();
        switch (change.action()) {
            case CREATE -> {
                created++;
                peers.created(change.kind(), change.uid(), destId);
            }
            case UPDATE -> updated++;
            case DELETE -> deleted++;
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
                return change.action() == PlanAction.UPDATE
                        ? WriteOperation.update(change.kind(), destId, payload(change.kind(), change.values()))
                        : WriteOperation.delete(change.kind(), destId);
            }
            default:
                throw new IllegalStateException("unexpected action " + change.action());
        }
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
        String uid = String.valueOf(uidValue);
        for (String kind : kinds) {
            var destId = peers.destId(kind, uid);
            if (destId.isPresent()) {
                Map<String, Object> ref = new LinkedHashMap<>();
                ref.put("id", destId.get());
                ref.put("kind", kind);
                return ref;
            }
        }
        for (String kind : kinds) {
            var ids = peers.identifiers(kind, uid);
            if (ids.isPresent()) {
                Map<String, Object> ref = new LinkedHashMap<>();
                ref.put("kind", kind);
                ref.put("identifiers", ids.get());
                return ref;
            }
        }
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("kind", kinds.get(0));
        ref.put("unique_id", uid);
        return ref;
    }
}
