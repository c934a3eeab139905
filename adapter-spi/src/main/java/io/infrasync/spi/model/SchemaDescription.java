package io.infrasync.spi.model;

import io.infrasync.spi.annotation.Stable;
import java.util.List;
import java.util.Optional;

/**
 * What an adapter knows about the shape of its system: concrete kinds and generics (abstract kinds
 * implemented by several concrete ones, such as Infrahub's {@code LocationGeneric}).
 *
 * <p>The host uses it to order writes (relationships give the dependency graph), to derive unique
 * ids when a mapping has no {@code identifiers}, and to validate mappings before extracting.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public sealed interface SchemaDescription permits Values.SchemaValue {

    /**
     * The concrete kinds, in the system's order.
     *
     * @return an immutable list with unique names; never {@code null}
     */
    List<KindSchema> kinds();

    /**
     * The generics.
     *
     * @return an immutable list with unique names; never {@code null}
     */
    List<GenericSchema> generics();

    /**
     * Finds a concrete kind by name.
     *
     * @param name the kind's name; must not be {@code null}
     * @return the kind, or empty
     */
    default Optional<KindSchema> kind(String name) {
        return kinds().stream().filter(kind -> kind.name().equals(name)).findFirst();
    }

    /**
     * Finds a generic by name.
     *
     * @param name the generic's name; must not be {@code null}
     * @return the generic, or empty
     */
    default Optional<GenericSchema> generic(String name) {
        return generics().stream().filter(generic -> generic.name().equals(name)).findFirst();
    }

    /**
     * Creates a description.
     *
     * @param kinds the concrete kinds; must not be {@code null}; names must be unique
     * @param generics the generics; must not be {@code null}; names must be unique and differ from kind names
     * @return the description
     * @throws IllegalArgumentException if a name appears twice
     */
    static SchemaDescription of(List<KindSchema> kinds, List<GenericSchema> generics) {
        return new Values.SchemaValue(List.copyOf(kinds), List.copyOf(generics));
    }
}
