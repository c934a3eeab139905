package io.infrasync.core.domain.sync;

import io.infrasync.core.domain.diff.DiffAction;
import io.infrasync.core.domain.diff.DiffElement;
import io.infrasync.core.domain.model.SyncStatus;

/**
 * The outcome of syncing one element (the original's per-element log event with a status).
 *
 * @param element the element
 * @param action  its action
 * @param status  success, failure (hook returned null) or error (ObjectCrudException); for a hook that
 *                returned an object, the status the object carries
 * @param message the status message, e.g. {@code "Created successfully"} or the exception's message
 */
public record SyncEvent(DiffElement element, DiffAction action, SyncStatus status, String message) {
}
