package io.infrasync.core.domain.model;

import static java.util.Objects.requireNonNull;

/**
 * An object's sync status and message. A fresh object is {@link #INITIAL} (success, empty message),
 * as in the original.
 *
 * @param status  the status
 * @param message the human-readable message, never null
 */
public record ModelStatus(SyncStatus status, String message) {

    /** The status of an object no sync has touched. */
    public static final ModelStatus INITIAL = new ModelStatus(SyncStatus.SUCCESS, "");
    /** The status a sync sets on every existing destination object it reaches. */
    public static final ModelStatus REACHED = new ModelStatus(SyncStatus.UNKNOWN, "");

    public ModelStatus {
        requireNonNull(status, "status is null");
        requireNonNull(message, "message is null");
    }
}
