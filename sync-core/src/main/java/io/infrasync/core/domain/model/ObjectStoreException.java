package io.infrasync.core.domain.model;

/** Base of the store errors (diffsync's {@code ObjectStoreException}). */
public class ObjectStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ObjectStoreException(String message) {
        super(message);
    }
}
