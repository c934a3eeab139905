package io.infrasync.core.domain.model;

/** The object could not be created in the destination. */
public class ObjectNotCreatedException extends ObjectCrudException {
    private static final long serialVersionUID = 1L;

    public ObjectNotCreatedException(String message) {
        super(message);
    }

    public ObjectNotCreatedException(String message, Throwable cause) {
        super(message, cause);
    }
}
