package io.infrasync.core.domain.model;

/** A child of a type the parent's descriptor does not declare. */
public class ObjectStoreWrongTypeException extends ObjectStoreException {
    private static final long serialVersionUID = 1L;

    public ObjectStoreWrongTypeException(String message) {
        super(message);
    }
}
