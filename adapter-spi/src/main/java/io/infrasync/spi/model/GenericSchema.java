package io.infrasync.spi.model;

import io.infrasync.spi.annotation.Stable;
import java.util.List;

/**
 * A generic (abstract kind): the attributes and relationships shared by the kinds implementing it.
 * A relationship may point at a generic as its peer, and a record of any implementing kind can be
 * its target.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public sealed interface GenericSchema permits Values.GenericValue {

    /**
     * The generic's name, for example {@code LocationGeneric}.
     *
     * @return never {@code null} or blank
     */
    String name();

    /**
     * The shared attributes.
     *
     * @return an immutable list; never {@code null}
     */
    List<AttributeSchema> attributes();

    /**
     * The shared relationships.
     *
     * @return an immutable list; never {@code null}
     */
    List<RelationshipSchema> relationships();

    /**
     * The concrete kinds implementing the generic ({@code used_by}).
     *
     * @return an immutable list of kind names; never {@code null}
     */
    List<String> implementedBy();

    /**
     * Creates a generic.
     *
     * @param name the name; must not be {@code null} or blank
     * @param attributes shared attributes; must not be {@code null}
     * @param relationships shared relationships; must not be {@code null}
     * @param implementedBy names of the implementing kinds; must not be {@code null}
     * @return the generic
     */
    static GenericSchema of(String name, List<AttributeSchema> attributes, List<RelationshipSchema> relationships,
            List<String> implementedBy) {
        return new Values.GenericValue(name, List.copyOf(attributes), List.copyOf(relationships),
                List.copyOf(implementedBy));
    }
}
