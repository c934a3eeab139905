package io.infrasync.spi.model;

import io.infrasync.spi.annotation.Stable;
import java.util.Map;

/**
 * One object read from a system: its local id, where it came from, and its data as a JSON-like tree.
 *
 * <p>The data tree contains only {@code Map<String, Object>} (objects), {@code List<Object>} (arrays),
 * {@code String}, {@code Number} ({@code Long}, {@code Integer}, {@code Double}, {@code BigDecimal},
 * {@code BigInteger}), {@code Boolean} and {@code null}, exactly as the system returned it (for
 * NetBox the REST object, for Infrahub the node with its attribute objects). The host applies the
 * mapping (paths, references, filters, transforms); an adapter never interprets a mapping.
 *
 * <p>Ownership: the factory wraps the map without copying it, so a million records cost no
 * second copy. The adapter hands the tree over and must not modify it afterwards; the host never
 * modifies it either.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public sealed interface AdapterRecord permits Values.RecordValue {

    /**
     * The record's id in the system that produced it, as a string: a NetBox integer id in decimal
     * ({@code "9007199254740993"} stays exact), an Infrahub UUID, a file name.
     *
     * @return the local id; never {@code null} or blank
     */
    String localId();

    /**
     * Where the record was read: the resource of the {@link ReadRequest} (NetBox {@code dcim.sites},
     * an Infrahub kind). For generic reads the concrete kind may differ from the requested resource.
     *
     * @return the origin; never {@code null} or blank
     */
    String origin();

    /**
     * The record's data.
     *
     * @return an unmodifiable view of the JSON-like tree; values may be {@code null}; never {@code null} itself
     */
    Map<String, Object> data();

    /**
     * Creates a record.
     *
     * @param localId the id in the source system; must not be {@code null} or blank
     * @param origin the endpoint or kind the record came from; must not be {@code null} or blank
     * @param data the JSON-like tree; must not be {@code null}; ownership passes to the record
     * @return the record
     * @throws IllegalArgumentException if {@code localId} or {@code origin} is blank
     */
    static AdapterRecord of(String localId, String origin, Map<String, Object> data) {
        return new Values.RecordValue(localId, origin, data);
    }
}
