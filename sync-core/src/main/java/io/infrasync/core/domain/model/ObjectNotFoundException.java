package io.infrasync.core.domain.model;

/** A looked-up object or child key is not present. */
public class ObjectNotFoundException extends ObjectStoreException {
    private static final long serialVersionUID = 1L;

    public ObjectNotFoundException(String message) {
        super(message);
    }
}
