package io.infrasync.core.mapping;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link SchemaView} over a fixed set of kinds. Nodes get the attributes and relationships of the
 * generics they inherit from (their own definition wins on a name clash), as Infrahub does.
 */
public final class SimpleSchemaView implements SchemaView {

    private final Map<String, SchemaKind> kinds;
    private final Map<String, Set<String>> implementers;

    private SimpleSchemaView(Map<String, SchemaKind> kinds, Map<String, Set<String>> implementers) {
        this.kinds = kinds;
        this.implementers = implementers;
    }

    /** A view of {@code declared}; a later kind with the same name replaces an earlier one. */
    public static SimpleSchemaView of(Collection<SchemaKind> declared) {
        Map<String, SchemaKind> byName = new LinkedHashMap<>();
        declared.forEach(kind -> byName.put(kind.name(), kind));
        Map<String, SchemaKind> merged = new LinkedHashMap<>();
        Map<String, Set<String>> implementers = new LinkedHashMap<>();
        for (SchemaKind kind : byName.values()) {
            merged.put(kind.name(), kind.generic() ? kind : withInherited(kind, byName));
            for (String generic : kind.inheritFrom()) {
                implementers.computeIfAbsent(generic, key -> new TreeSet<>()).add(kind.name());
            }
        }
        implementers.replaceAll((generic, names) -> Set.copyOf(names));
        return new SimpleSchemaView(Map.copyOf(merged), Map.copyOf(implementers));
    }

    private static SchemaKind withInherited(SchemaKind node, Map<String, SchemaKind> byName) {
        Map<String, SchemaAttribute> attributes = new LinkedHashMap<>();
        Map<String, SchemaRelationship> relationships = new LinkedHashMap<>();
        for (String genericName : node.inheritFrom()) {
            SchemaKind generic = byName.get(genericName);
            if (generic != null) {
                attributes.putAll(generic.attributes());
                relationships.putAll(generic.relationships());
            }
        }
        attributes.putAll(node.attributes());
        relationships.putAll(node.relationships());
        return new SchemaKind(node.name(), false, attributes, relationships, node.inheritFrom());
    }

    @Override
    public Optional<SchemaKind> kind(String name) {
        return Optional.ofNullable(kinds.get(name));
    }

    @Override
    public Set<String> kindNames() {
        return kinds.keySet();
    }

    @Override
    public Set<String> implementers(String generic) {
        return implementers.getOrDefault(generic, Set.of());
    }
}
