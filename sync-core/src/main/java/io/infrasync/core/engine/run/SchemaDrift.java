package io.infrasync.core.engine.run;

import io.infrasync.core.domain.run.CanonicalJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Says what changed between two schema shapes ({@link SchemaHash#shape}): mapping entries added, removed or
 * changed (which of their parts), destination kinds added or removed, and attributes or relationships of a
 * kind added, removed or changed. Used when {@code apply} refuses a plan made under another shape.
 */
final class SchemaDrift {

    private static final int MAX_ITEMS = 8;

    private SchemaDrift() {
    }

    /** The differences, most specific first; empty when the shapes are equal. */
    static List<String> describe(Map<String, Object> then, Map<String, Object> now) {
        List<String> changes = new ArrayList<>();
        compareMappings(entries(then.get("mappings")), entries(now.get("mappings")), changes);
        compareKinds(map(then.get("destination")), map(now.get("destination")), changes);
        if (changes.size() > MAX_ITEMS) {
            int more = changes.size() - MAX_ITEMS;
            changes = new ArrayList<>(changes.subList(0, MAX_ITEMS));
            changes.add("and " + more + " more");
        }
        return changes;
    }

    private static Map<String, Map<String, Object>> entries(Object list) {
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        if (list instanceof List<?> items) {
            for (Object item : items) {
                Map<String, Object> entry = map(item);
                byKey.putIfAbsent(entry.get("name") + " <- " + entry.get("mapping"), entry);
            }
        }
        return byKey;
    }

    private static void compareMappings(Map<String, Map<String, Object>> then, Map<String, Map<String, Object>> now,
            List<String> changes) {
        for (String key : union(then.keySet(), now.keySet())) {
            Map<String, Object> before = then.get(key);
            Map<String, Object> after = now.get(key);
            if (before == null) {
                changes.add("mapping " + key + " added");
            } else if (after == null) {
                changes.add("mapping " + key + " removed");
            } else {
                List<String> parts = new ArrayList<>();
                for (String part : union(before.keySet(), after.keySet())) {
                    if (!same(before.get(part), after.get(part))) {
                        parts.add(part);
                    }
                }
                if (!parts.isEmpty()) {
                    changes.add("mapping " + key + ": " + String.join(", ", parts) + " changed");
                }
            }
        }
    }

    private static void compareKinds(Map<String, Object> then, Map<String, Object> now, List<String> changes) {
        for (String kind : union(then.keySet(), now.keySet())) {
            Map<String, Object> before = then.get(kind) == null ? null : map(then.get(kind));
            Map<String, Object> after = now.get(kind) == null ? null : map(now.get(kind));
            if (before == null && after == null) {
                continue;
            }
            if (before == null) {
                changes.add("destination kind " + kind + " " + (then.containsKey(kind) ? "now exists" : "added"));
                continue;
            }
            if (after == null) {
                changes.add("destination kind " + kind + " " + (now.containsKey(kind) ? "no longer exists" : "removed"));
                continue;
            }
            for (String group : List.of("attributes", "relationships")) {
                Map<String, Object> was = map(before.get(group));
                Map<String, Object> is = map(after.get(group));
                String noun = group.substring(0, group.length() - 1);
                for (String name : union(was.keySet(), is.keySet())) {
                    if (!was.containsKey(name)) {
                        changes.add("destination " + kind + "." + name + ": " + noun + " added");
                    } else if (!is.containsKey(name)) {
                        changes.add("destination " + kind + "." + name + ": " + noun + " removed");
                    } else if (!same(was.get(name), is.get(name))) {
                        changes.add("destination " + kind + "." + name + ": " + noun + " changed from " + was.get(name)
                                + " to " + is.get(name));
                    }
                }
            }
            if (!same(before.get("inherit_from"), after.get("inherit_from"))) {
                changes.add("destination kind " + kind + ": inherit_from changed from " + before.get("inherit_from")
                        + " to " + after.get("inherit_from"));
            }
        }
    }

    /** Equal as canonical JSON (a number read back from the file may be a Long where the config had an Integer). */
    private static boolean same(Object a, Object b) {
        return CanonicalJson.render(a).equals(CanonicalJson.render(b));
    }

    private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
