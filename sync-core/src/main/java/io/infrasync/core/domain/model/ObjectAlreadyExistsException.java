package io.infrasync.core.domain.model;

/**
 * An object, child or diff element with the same key is already stored. As in the original,
 * {@link #existingObject()} is the <em>new</em> object that was being added.
 */
public class ObjectAlreadyExistsException extends ObjectStoreException {
    private static final long serialVersionUID = 1L;
    private final transient Object existingObject;

    public ObjectAlreadyExistsException(String message, Object existingObject) {
        super(message);
        this.existingObject = existingObject;
    }

    /** The object whose addition failed (the original's {@code existing_object}, despite its name). */
    public Object existingObject() {
        return existingObject;
    }
}
