package io.infrasync.core.domain.model;

import java.util.Locale;

/** The outcome of the last sync operation on an object (diffsync's {@code DiffSyncStatus}). */
public enum SyncStatus {
    UNKNOWN, SUCCESS, FAILURE, ERROR;

    /** The original's value string: {@code unknown}, {@code success}, {@code failure}, {@code error}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
