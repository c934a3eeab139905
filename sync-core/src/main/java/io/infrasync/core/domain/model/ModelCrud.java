package io.infrasync.core.domain.model;

import java.util.Map;

/**
 * The create / update / delete hooks a destination dataset runs for one model type during a sync
 * (the original's {@code create}, {@code update} and {@code delete} model methods).
 *
 * <p>Contract, as in the original: return the object to report success (set a status with
 * {@link ModelObject#setStatus} to report FAILURE or ERROR while still processing children); return
 * {@code null} to report FAILURE and skip the element's children; throw an {@link ObjectCrudException}
 * for ERROR (the sync stops unless continue-on-failure is set). Any other exception stops the sync.
 * Hooks never add or remove objects from the store: the syncer does that.
 *
 * <p>The default methods write nothing anywhere and set the original's success messages; an adapter
 * overrides them to call its backend, typically calling the default to build or change the object.
 */
public interface ModelCrud {

    /** The hooks that only change the in-memory objects. */
    ModelCrud DEFAULT = new ModelCrud() {
    };

    /**
     * Creates an object from identifier values and all source attributes (which may include attributes
     * the destination type does not declare; they are ignored by {@link ModelType#newObject}).
     */
    default ModelObject create(Dataset dataset, ModelType type, Map<String, Object> ids, Map<String, Object> attrs) {
        ModelObject created = type.newObject(ids, attrs);
        created.setStatus(SyncStatus.SUCCESS, "Created successfully");
        return created;
    }

    /** Applies the changed attributes to an existing object. */
    default ModelObject update(Dataset dataset, ModelObject object, Map<String, Object> attrs) {
        object.update(attrs);
        object.setStatus(SyncStatus.SUCCESS, "Updated successfully");
        return object;
    }

    /** Deletes an existing object from the backend (the syncer removes it from the store). */
    default ModelObject delete(Dataset dataset, ModelObject object) {
        object.setStatus(SyncStatus.SUCCESS, "Deleted successfully");
        return object;
    }
}
