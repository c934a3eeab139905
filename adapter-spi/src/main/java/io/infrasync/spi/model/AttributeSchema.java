package io.infrasync.spi.model;

import io.infrasync.spi.annotation.Stable;

/**
 * An attribute of a kind or generic.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public sealed interface AttributeSchema permits Values.AttributeValue {

    /**
     * The attribute's name.
     *
     * @return never {@code null} or blank
     */
    String name();

    /**
     * The system's type name, unchanged: Infrahub {@code Text}, {@code Number}, {@code IPHost},
     * {@code Dropdown}; NetBox/Nautobot {@code string}, {@code integer}, {@code boolean}.
     *
     * @return never {@code null} or blank
     */
    String kind();

    /**
     * Tells whether a record may lack a value.
     *
     * @return {@code true} if the attribute is optional
     */
    boolean optional();

    /**
     * Tells whether the value is unique among the kind's records.
     *
     * @return {@code true} if unique
     */
    boolean unique();

    /**
     * Returns a copy with another optionality.
     *
     * @param optional whether the attribute is optional
     * @return a new attribute
     */
    AttributeSchema withOptional(boolean optional);

    /**
     * Returns a copy with another uniqueness.
     *
     * @param unique whether the attribute is unique
     * @return a new attribute
     */
    AttributeSchema withUnique(boolean unique);

    /**
     * Creates a required, non-unique attribute.
     *
     * @param name the attribute's name; must not be {@code null} or blank
     * @param kind the system's type name; must not be {@code null} or blank
     * @return the attribute
     */
    static AttributeSchema of(String name, String kind) {
        return new Values.AttributeValue(name, kind, false, false);
    }
}
