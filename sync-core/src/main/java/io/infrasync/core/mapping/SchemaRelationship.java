package io.infrasync.core.mapping;

import static java.util.Objects.requireNonNull;

/**
 * A relationship of a destination kind.
 *
 * @param name        relationship name
 * @param peer        the peer kind (a node or a generic)
 * @param many        whether the cardinality is {@code many}
 * @param optional    whether it may be left empty
 */
public record SchemaRelationship(String name, String peer, boolean many, boolean optional) {

    public SchemaRelationship {
        requireNonNull(name, "name is null");
        requireNonNull(peer, "peer is null");
    }
}
