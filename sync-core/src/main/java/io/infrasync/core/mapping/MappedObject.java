package io.infrasync.core.mapping;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A destination object produced by mapping one source record.
 *
 * @param kind             destination kind
 * @param origin           where the record came from
 * @param identifierValues the identifier values in identifier order (a reference identifier holds the
 *                         peer's unique id)
 * @param uniqueId         diffsync's unique id: the values as Python's {@code str()} prints them, joined with
 *                         {@code __}
 * @param attributes       attribute values (JSON-like), only those that have a value
 * @param references       resolved reference fields
 */
public record MappedObject(
        String kind,
        PeerKey origin,
        List<Object> identifierValues,
        String uniqueId,
        Map<String, Object> attributes,
        Map<String, ReferenceValue> references) {

    public MappedObject {
        requireNonNull(kind, "kind is null");
        requireNonNull(origin, "origin is null");
        identifierValues = identifierValues instanceof FrozenList ? identifierValues
                : Collections.unmodifiableList(new java.util.ArrayList<>(identifierValues));
        requireNonNull(uniqueId, "uniqueId is null");
        attributes = attributes instanceof FrozenMap<?> ? attributes : new FrozenMap<>(new LinkedHashMap<>(attributes));
        references = references instanceof FrozenMap<?> ? references : new FrozenMap<>(new LinkedHashMap<>(references));
    }

    /**
     * Attributes and references together, references as the peers' unique ids: the shape of a diffsync
     * model's fields in the original.
     */
    public Map<String, Object> fieldValues() {
        Map<String, Object> values = new LinkedHashMap<>(attributes);
        references.forEach((name, value) -> values.put(name, value.uniqueIds()));
        return Collections.unmodifiableMap(values);
    }
}
