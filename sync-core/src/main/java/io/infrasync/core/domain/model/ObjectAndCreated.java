package io.infrasync.core.domain.model;

/**
 * The result of a get-or-add style store operation.
 *
 * @param object  the stored object (the existing one, or the new one)
 * @param created true if the object was added by the call
 */
public record ObjectAndCreated(ModelObject object, boolean created) {
}
