package io.infrasync.core.mapping;

import java.util.Optional;
import java.util.Set;

/**
 * The minimal view of the destination schema that mapping needs: kinds (nodes and generics), their
 * attributes and relationships (with inherited ones merged in), and which kinds implement which generic.
 * {@link SimpleSchemaView} is a ready implementation over a list of {@link SchemaKind}s.
 */
public interface SchemaView {

    /** The kind called {@code name} (a node or a generic), if the schema has it. */
    Optional<SchemaKind> kind(String name);

    /** Every kind name, nodes and generics. */
    Set<String> kindNames();

    /** The node kinds that inherit from generic {@code generic} (empty for an unknown name or a node). */
    Set<String> implementers(String generic);

    /** Whether {@code kind} is {@code target} or implements it. */
    default boolean isA(String kind, String target) {
        if (kind.equals(target)) {
            return true;
        }
        return kind(kind).map(found -> found.inheritFrom().contains(target)).orElse(false);
    }
}
