package io.infrasync.spi.model;

import io.infrasync.spi.annotation.Stable;
import java.util.Optional;

/**
 * A relationship from a kind or generic to a peer kind or generic.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public sealed interface RelationshipSchema permits Values.RelationshipValue {

    /** How many peers a record may have through the relationship. */
    @Stable(since = "1.0")
    enum Cardinality {
        /** At most one peer. */
        ONE,
        /** Any number of peers. */
        MANY
    }

    /**
     * The relationship's name.
     *
     * @return never {@code null} or blank
     */
    String name();

    /**
     * The peer kind or generic.
     *
     * @return never {@code null} or blank
     */
    String peer();

    /**
     * The cardinality.
     *
     * @return never {@code null}
     */
    Cardinality cardinality();

    /**
     * Tells whether a record may have no peer.
     *
     * @return {@code true} if optional
     */
    boolean optional();

    /**
     * The identifier shared by both directions of a bidirectional relationship (Infrahub's
     * {@code identifier}), if the system has one.
     *
     * @return the identifier, or empty
     */
    Optional<String> identifier();

    /**
     * Returns a copy with another optionality.
     *
     * @param optional whether the relationship is optional
     * @return a new relationship
     */
    RelationshipSchema withOptional(boolean optional);

    /**
     * Returns a copy with an identifier.
     *
     * @param identifier the identifier; must not be {@code null} or blank
     * @return a new relationship
     */
    RelationshipSchema withIdentifier(String identifier);

    /**
     * Creates an optional relationship without identifier.
     *
     * @param name the name; must not be {@code null} or blank
     * @param peer the peer kind or generic; must not be {@code null} or blank
     * @param cardinality the cardinality; must not be {@code null}
     * @return the relationship
     */
    static RelationshipSchema of(String name, String peer, Cardinality cardinality) {
        return new Values.RelationshipValue(name, peer, cardinality, true, Optional.empty());
    }
}
