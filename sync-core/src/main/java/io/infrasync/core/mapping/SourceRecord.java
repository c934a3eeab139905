package io.infrasync.core.mapping;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * One record read from a side, before mapping.
 *
 * @param origin  the endpoint it was read from, equal to a {@code schema_mapping[].mapping}
 *                ({@code dcim.sites})
 * @param localId its id at that endpoint (unique per endpoint only: a NetBox region and a site may both
 *                be 5)
 * @param data    the record as a JSON-like tree (Map/List/String/Number/Boolean/null); not modified
 */
public record SourceRecord(String origin, String localId, Map<String, Object> data) {

    public SourceRecord {
        requireNonNull(origin, "origin is null");
        requireNonNull(localId, "localId is null");
        requireNonNull(data, "data is null");
    }

    /** {@code origin#localId}, as messages show it. */
    public String describe() {
        return origin + "#" + localId;
    }
}
