package io.infrasync.core.domain.model;

/** The object could not be deleted in the destination. */
public class ObjectNotDeletedException extends ObjectCrudException {
    private static final long serialVersionUID = 1L;

    public ObjectNotDeletedException(String message) {
        super(message);
    }

    public ObjectNotDeletedException(String message, Throwable cause) {
        super(message, cause);
    }
}
