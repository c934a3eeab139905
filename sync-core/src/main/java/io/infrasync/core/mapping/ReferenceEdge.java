package io.infrasync.core.mapping;

import static java.util.Objects.requireNonNull;

/**
 * A write-order dependency: objects of {@code from} refer, through {@code field}, to objects of {@code to},
 * so {@code to} must be written first.
 *
 * @param from     the referring kind
 * @param field    the reference field
 * @param to       the referenced kind (a generic already expanded to a mapped implementer)
 * @param identity whether {@code field} is one of {@code from}'s identifiers (such an edge cannot be dropped
 *                 to break a cycle, because the referring object's unique id needs the peer's)
 */
public record ReferenceEdge(String from, String field, String to, boolean identity) {

    public ReferenceEdge {
        requireNonNull(from, "from is null");
        requireNonNull(field, "field is null");
        requireNonNull(to, "to is null");
    }

    @Override
    public String toString() {
        return from + "." + field + " -> " + to + (identity ? " (identifier)" : "");
    }
}
