package io.infrasync.core.domain.model;

/** The object could not be updated in the destination. */
public class ObjectNotUpdatedException extends ObjectCrudException {
    private static final long serialVersionUID = 1L;

    public ObjectNotUpdatedException(String message) {
        super(message);
    }

    public ObjectNotUpdatedException(String message, Throwable cause) {
        super(message, cause);
    }
}
