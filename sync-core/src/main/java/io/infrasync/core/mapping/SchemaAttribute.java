package io.infrasync.core.mapping;

import static java.util.Objects.requireNonNull;

/**
 * An attribute of a destination kind.
 *
 * @param name     attribute name
 * @param type     Infrahub attribute kind ({@code Text}, {@code Number}, {@code Boolean}, {@code List}, ...)
 * @param optional whether it may be left unset
 * @param unique   whether its value is unique per kind (a default identifier)
 */
public record SchemaAttribute(String name, String type, boolean optional, boolean unique) {

    public SchemaAttribute {
        requireNonNull(name, "name is null");
        requireNonNull(type, "type is null");
    }
}
