package io.infrasync.core.engine.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flattens a destination record to field name → value, accepting both the flat shape and the GraphQL shape of
 * Infrahub: an attribute may be {@code {"value": v}}, a relationship of cardinality one {@code {"node": peer}},
 * and of cardinality many {@code {"edges": [{"node": peer}, ...]}} or a list of peers / {@code {"node"}} objects.
 */
final class DestinationRecords {

    private DestinationRecords() {
    }

    /**
     * @param data          the record as the adapter returned it
     * @param attributes    the names of the mapped attribute fields
     * @param relationships the names of the mapped relationship fields
     */
    static Map<String, Object> flatten(Map<String, Object> data, Set<String> attributes, Set<String> relationships) {
        Map<String, Object> flat = new LinkedHashMap<>(data);
        for (String name : attributes) {
            if (data.get(name) instanceof Map<?, ?> wrapped && wrapped.containsKey("value")) {
                flat.put(name, wrapped.get("value"));
            }
        }
        for (String name : relationships) {
            Object value = data.get(name);
            if (value instanceof Map<?, ?> map && map.containsKey("edges") && map.get("edges") instanceof List<?> edges) {
                flat.put(name, nodes(edges));
            } else if (value instanceof Map<?, ?> map && map.containsKey("node")) {
                flat.put(name, map.get("node"));
            } else if (value instanceof List<?> list) {
                flat.put(name, nodes(list));
            }
        }
        return flat;
    }

    private static List<Object> nodes(List<?> elements) {
        List<Object> nodes = new ArrayList<>(elements.size());
        for (Object element : elements) {
            nodes.add(element instanceof Map<?, ?> map && map.containsKey("node") ? map.get("node") : element);
        }
        return nodes;
    }
}
