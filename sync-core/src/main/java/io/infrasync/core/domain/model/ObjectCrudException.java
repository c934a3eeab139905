package io.infrasync.core.domain.model;

/**
 * A create, update or delete hook could not apply its change. The syncer turns it into status
 * {@link SyncStatus#ERROR}; it stops the sync unless continue-on-failure is set. Any other exception
 * thrown by a hook always stops the sync.
 */
public class ObjectCrudException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ObjectCrudException(String message) {
        super(message);
    }

    public ObjectCrudException(String message, Throwable cause) {
        super(message, cause);
    }
}
