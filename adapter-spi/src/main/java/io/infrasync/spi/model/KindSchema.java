package io.infrasync.spi.model;

import io.infrasync.spi.annotation.Stable;
import java.util.List;

/**
 * A concrete kind (Infrahub node kind, NetBox/Nautobot endpoint model): its attributes,
 * relationships, human-friendly id, uniqueness constraints and the generics it implements.
 *
 * <p>Build it with {@link #of(String, List, List)} and refine it with the {@code with...} methods,
 * which return copies.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public sealed interface KindSchema permits Values.KindValue {

    /**
     * The kind's name as used in mappings and write operations, for example {@code InfraDevice} or
     * {@code dcim.sites}.
     *
     * @return never {@code null} or blank
     */
    String name();

    /**
     * The attributes.
     *
     * @return an immutable list with unique names; never {@code null}
     */
    List<AttributeSchema> attributes();

    /**
     * The relationships.
     *
     * @return an immutable list with unique names; never {@code null}
     */
    List<RelationshipSchema> relationships();

    /**
     * The human-friendly id: paths such as {@code name__value} or {@code site__name__value} whose
     * values identify a record together. Empty when the kind has none.
     *
     * @return an immutable list; never {@code null}
     */
    List<String> humanFriendlyId();

    /**
     * Groups of paths whose combined values are unique among the kind's records (each group is one
     * constraint). Single unique attributes also appear in {@link AttributeSchema#unique()}.
     *
     * @return an immutable list of immutable lists; never {@code null}
     */
    List<List<String>> uniquenessConstraints();

    /**
     * The generics this kind implements ({@code inherit_from}).
     *
     * @return an immutable list of generic names; never {@code null}
     */
    List<String> inheritsFrom();

    /**
     * Returns a copy with a human-friendly id.
     *
     * @param paths the paths; must not be {@code null}
     * @return a new kind
     */
    KindSchema withHumanFriendlyId(List<String> paths);

    /**
     * Returns a copy with uniqueness constraints.
     *
     * @param constraints the constraints; must not be {@code null}
     * @return a new kind
     */
    KindSchema withUniquenessConstraints(List<List<String>> constraints);

    /**
     * Returns a copy that implements the given generics.
     *
     * @param generics generic names; must not be {@code null}
     * @return a new kind
     */
    KindSchema withInheritsFrom(List<String> generics);

    /**
     * Creates a kind without human-friendly id, constraints or generics.
     *
     * @param name the kind's name; must not be {@code null} or blank
     * @param attributes its attributes; must not be {@code null}; names unique
     * @param relationships its relationships; must not be {@code null}; names unique
     * @return the kind
     * @throws IllegalArgumentException if a name is blank or appears twice
     */
    static KindSchema of(String name, List<AttributeSchema> attributes, List<RelationshipSchema> relationships) {
        return new Values.KindValue(name, List.copyOf(attributes), List.copyOf(relationships),
                List.of(), List.of(), List.of());
    }
}
