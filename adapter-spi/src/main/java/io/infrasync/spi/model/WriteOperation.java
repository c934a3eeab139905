package io.infrasync.spi.model;

import io.infrasync.spi.annotation.Stable;
import java.util.Map;

/**
 * One change the host asks a destination adapter to make: {@link Create}, {@link Update} or
 * {@link Delete}. Switch on {@link #action()}, or test with {@code instanceof} to reach the fields
 * of the concrete operation.
 *
 * <p>Data is a flat JSON-like map, field name to value, in the host's neutral form, which the adapter
 * translates to its wire shape (Infrahub {@code {"value": v}} and {@code RelatedNodeInput}, a REST body):
 * an attribute is a plain value ({@code null} clears it); a cardinality-one relationship is one peer
 * reference ({@code null} clears it); a cardinality-many relationship is a list of peer references, the
 * full desired peer set that the destination converges to ({@code []} clears it).
 *
 * <p>A peer reference is a map in one of these forms, in the host's order of preference:
 * {@code {"id": "<destination id>"}} when the peer's destination id is known (read, or returned by a create
 * of an earlier tier of the same run); {@code {"hfid": ["..", ..]}}, the peer's human-friendly id in the
 * order of its kind's {@link KindSchema#humanFriendlyId()}, when it follows from the peer's identifier
 * values; {@code {"identifiers": {..}}}, the peer's identifier values, as a last resort for a destination
 * that can resolve them unambiguously; {@code {"unique_id": ".."}} when the host knows nothing else (no
 * destination can resolve it). Every form may carry extra keys, which adapters ignore when they do not need
 * them: the host adds {@code "kind"} (the peer's concrete kind). An unresolvable reference fails its
 * operation, never silently dropping the peer.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public sealed interface WriteOperation permits WriteOperation.Create, WriteOperation.Update, WriteOperation.Delete {

    /**
     * The resource (endpoint or kind) the operation targets.
     *
     * @return never {@code null} or blank
     */
    String resource();

    /**
     * Which kind of change this is.
     *
     * @return never {@code null}
     */
    Action action();

    /** The kinds of write operation. */
    @Stable(since = "1.0")
    enum Action {
        /** Create a record; the result carries the new destination id. */
        CREATE,
        /** Change some fields of an existing record. */
        UPDATE,
        /** Remove an existing record (needs {@link Capability#DELETE}). */
        DELETE
    }

    /** Creates a record from its data. */
    @Stable(since = "1.0")
    sealed interface Create extends WriteOperation permits Values.CreateValue {
        /**
         * The fields of the new record.
         *
         * @return an unmodifiable JSON-like tree; never {@code null}
         */
        Map<String, Object> data();
    }

    /** Changes the given fields of an existing record; fields absent from the data stay as they are. */
    @Stable(since = "1.0")
    sealed interface Update extends WriteOperation permits Values.UpdateValue {
        /**
         * The destination id of the record to change.
         *
         * @return never {@code null} or blank
         */
        String localId();

        /**
         * The fields to change and their new values ({@code null} clears a field).
         *
         * @return an unmodifiable JSON-like tree; never {@code null}
         */
        Map<String, Object> data();
    }

    /** Removes an existing record. */
    @Stable(since = "1.0")
    sealed interface Delete extends WriteOperation permits Values.DeleteValue {
        /**
         * The destination id of the record to remove.
         *
         * @return never {@code null} or blank
         */
        String localId();
    }

    /**
     * Creates a create operation.
     *
     * @param resource the target resource; must not be {@code null} or blank
     * @param data the new record's fields; must not be {@code null}
     * @return the operation
     */
    static Create create(String resource, Map<String, Object> data) {
        return new Values.CreateValue(resource, data);
    }

    /**
     * Creates an update operation.
     *
     * @param resource the target resource; must not be {@code null} or blank
     * @param localId the destination id of the record; must not be {@code null} or blank
     * @param data the changed fields; must not be {@code null}
     * @return the operation
     */
    static Update update(String resource, String localId, Map<String, Object> data) {
        return new Values.UpdateValue(resource, localId, data);
    }

    /**
     * Creates a delete operation.
     *
     * @param resource the target resource; must not be {@code null} or blank
     * @param localId the destination id of the record; must not be {@code null} or blank
     * @return the operation
     */
    static Delete delete(String resource, String localId) {
        return new Values.DeleteValue(resource, localId);
    }
}
