package io.infrasync.core.engine;

import io.infrasync.core.domain.diff.Diff;
import io.infrasync.core.domain.diff.DiffAction;
import io.infrasync.core.domain.diff.DiffElement;
import io.infrasync.core.domain.model.Dataset;
import io.infrasync.core.domain.model.ModelCrud;
import io.infrasync.core.domain.model.ModelFlag;
import io.infrasync.core.domain.model.ModelObject;
import io.infrasync.core.domain.model.ModelStatus;
import io.infrasync.core.domain.model.ModelType;
import io.infrasync.core.domain.model.ObjectCrudException;
import io.infrasync.core.domain.model.ObjectNotCreatedException;
import io.infrasync.core.domain.model.ObjectNotDeletedException;
import io.infrasync.core.domain.model.ObjectNotUpdatedException;
import io.infrasync.core.domain.model.SyncStatus;
import io.infrasync.core.domain.sync.DiffSyncFlag;
import io.infrasync.core.domain.sync.SyncEvent;
import io.infrasync.core.domain.sync.SyncOptions;
import io.infrasync.core.domain.value.PythonText;
import java.util.Map;

/**
 * One sync run (diffsync's {@code DiffSyncSyncer}): applies a diff to the destination through its CRUD
 * hooks, pre-order (parent before children), except for natural-order deletes (children first).
 * A failed element's children are skipped. Progress counts elements handled successfully.
 */
final class Syncer {

    private final Diff diff;
    private final Dataset dst;
    private final SyncOptions options;
    private final boolean continueOnFailure;
    private final boolean logUnchanged;
    private final long totalElements;
    private long elementsProcessed;

    Syncer(Diff diff, Dataset src, Dataset dst, SyncOptions options) {
        this.diff = diff;
        this.dst = dst;
        this.options = options;
        this.continueOnFailure = options.flags().contains(DiffSyncFlag.CONTINUE_ON_FAILURE);
        this.logUnchanged = options.flags().contains(DiffSyncFlag.LOG_UNCHANGED_RECORDS);
        this.totalElements = diff.size();
    }

    /** Returns true if any element with an action was attempted. */
    boolean performSync() {
        boolean changed = false;
        for (DiffElement element : diff.children()) {
            changed |= syncElement(element, null);
        }
        return changed;
    }

    private boolean syncElement(DiffElement element, ModelObject parent) {
        ModelType type = dst.type(element.type());
        if (type == null) {
            throw new IllegalStateException("destination dataset " + dst.name() + " has no model type '"
                    + element.type() + "' to sync " + element.type() + " " + element.uid() + " into");
        }
        DiffAction action = element.action();
        // only changes need the "+" map; building it for the (many) unchanged elements would be waste
        Map<String, Object> attrs = action == DiffAction.NO_CHANGE ? Map.of()
                : element.attrsDiffs().getOrDefault("+", Map.of());
        ModelObject existing = dst.getOrNull(type.name(), type.keyOf(element.keys()));
        if (existing != null) {
            existing.setStatus(ModelStatus.REACHED);
        }
        boolean natural = existing != null && existing.hasFlag(ModelFlag.NATURAL_DELETION_ORDER);
        boolean skipChildren = existing != null && existing.hasFlag(ModelFlag.SKIP_CHILDREN_ON_DELETE);

        if (natural && action == DiffAction.DELETE && !skipChildren) {
            for (DiffElement child : element.children()) {
                syncElement(child, existing);
            }
        }
        Outcome outcome = syncModel(element, type, action, existing, attrs);
        ModelObject model = outcome.model;
        if (model == null) {
            return outcome.changed;
        }
        if (action == DiffAction.CREATE) {
            if (parent != null) {
                parent.addChild(model);
            }
            dst.add(model);
        } else if (action == DiffAction.DELETE) {
            if (parent != null) {
                parent.removeChild(model);
            }
            dst.remove(model, skipChildren);
            if (skipChildren) {
                return outcome.changed;
            }
        }
        elementsProcessed++;
        options.progress().progress("sync", elementsProcessed, totalElements);
        boolean changed = outcome.changed;
        if (!(natural && action == DiffAction.DELETE)) {
            for (DiffElement child : element.children()) {
                changed |= syncElement(child, model);
            }
        }
        return changed;
    }

    private record Outcome(boolean changed, ModelObject model) {
    }

    private Outcome syncModel(DiffElement element, ModelType type, DiffAction action, ModelObject existing,
            Map<String, Object> attrs) {
        if (action == DiffAction.NO_CHANGE) {
            if (logUnchanged) {
                report(element, action, SyncStatus.SUCCESS, "No changes to apply; no action needed");
            }
            return new Outcome(false, existing);
        }
        ModelCrud crud = dst.crud(type.name());
        ModelObject result;
        try {
            result = switch (action) {
                case CREATE -> {
                    if (existing != null) {
                        throw new ObjectNotCreatedException("Failed to create " + type.name() + " "
                                + PythonText.repr(element.keys()) + " - it already exists!");
                    }
                    yield crud.create(dst, type, element.keys(), attrs);
                }
                case UPDATE -> {
                    if (existing == null) {
                        throw new ObjectNotUpdatedException("Failed to update " + type.name() + " "
                                + PythonText.repr(element.keys()) + " - not found!");
                    }
                    yield crud.update(dst, existing, attrs);
                }
                case DELETE -> {
                    if (existing == null) {
                        throw new ObjectNotDeletedException("Failed to delete " + type.name() + " "
                                + PythonText.repr(element.keys()) + " - not found!");
                    }
                    yield crud.delete(dst, existing);
                }
                case NO_CHANGE -> throw new IllegalStateException("unreachable");
            };
        } catch (ObjectCrudException e) {
            report(element, action, SyncStatus.ERROR, String.valueOf(e.getMessage()));
            if (continueOnFailure) {
                return new Outcome(true, null);
            }
            throw e;
        }
        if (result == null) {
            report(element, action, SyncStatus.FAILURE,
                    type.name() + " " + action.wireName() + " did not return the model object.");
            return new Outcome(true, null);
        }
        report(element, action, result.status().status(), result.status().message());
        return new Outcome(true, result);
    }

    private void report(DiffElement element, DiffAction action, SyncStatus status, String message) {
        options.observer().onEvent(new SyncEvent(element, action, status, message));
    }
}
