package io.infrasync.core.domain.config;

import static java.util.Objects.requireNonNull;

/**
 * One entry of {@code schema_mapping[].fields}.
 *
 * @param name   the destination attribute or relationship name
 * @param source where its value comes from
 */
public record FieldMapping(String name, FieldSource source) {

    public FieldMapping {
        requireNonNull(name, "name is null");
        requireNonNull(source, "source is null");
    }

    /** Whether this field is a reference to peer objects. */
    public boolean isReference() {
        return source instanceof FieldSource.Reference;
    }
}
