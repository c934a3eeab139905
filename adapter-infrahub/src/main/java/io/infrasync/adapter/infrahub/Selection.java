package io.infrasync.adapter.infrahub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields a list query selects for a kind and how to read them back. For a generic, the fields of the
 * generic are selected directly and each implementer's own fields inside {@code ... on <Kind>} with an
 * alias {@code <Kind>__<field>}, so that two implementers with a same-named field of different types never
 * conflict (GraphQL requires one response shape per response name).
 */
final class Selection {

    enum Shape { ATTRIBUTE, ONE, MANY }

    record Field(String alias, String name, Shape shape) {
    }

    private static final String PEER = "node { id hfid display_label __typename }";

    private final String text;
    private final Map<String, List<Field>> fieldsByType;

    private Selection(String text, Map<String, List<Field>> fieldsByType) {
        this.text = text;
        this.fieldsByType = fieldsByType;
    }

    static Selection of(SchemaCatalog catalog, SchemaCatalog.Kind kind) {
        StringBuilder text = new StringBuilder("id hfid display_label __typename");
        List<Field> common = fields(kind, "");
        common.forEach(field -> append(text, field));
        Map<String, List<Field>> byType = new LinkedHashMap<>();
        for (SchemaCatalog.Kind concrete : catalog.concrete(kind)) {
            List<Field> all = new ArrayList<>(common);
            if (concrete != kind) {
                List<Field> extra = fields(concrete, concrete.name() + "__").stream()
                        .filter(field -> !kind.attributes().containsKey(field.name()) && !kind.relationships().containsKey(field.name()))
                        .toList();
                if (!extra.isEmpty()) {
                    text.append(" ... on ").append(concrete.name()).append(" {");
                    extra.forEach(field -> append(text, field));
                    text.append(" }");
                }
                all.addAll(extra);
            }
            byType.put(concrete.name(), List.copyOf(all));
        }
        byType.putIfAbsent(kind.name(), List.copyOf(common));
        return new Selection(text.toString(), byType);
    }

    private static List<Field> fields(SchemaCatalog.Kind kind, String aliasPrefix) {
        List<Field> fields = new ArrayList<>();
        kind.attributes().values().forEach(a -> fields.add(new Field(aliasPrefix + a.name(), a.name(), Shape.ATTRIBUTE)));
        kind.relationships().values().forEach(r -> fields.add(new Field(aliasPrefix + r.name(), r.name(),
                r.many() ? Shape.MANY : Shape.ONE)));
        return fields;
    }

    private static void append(StringBuilder text, Field field) {
        text.append(' ');
        if (!field.alias().equals(field.name())) {
            text.append(field.alias()).append(": ");
        }
        text.append(field.name());
        switch (field.shape()) {
            case ATTRIBUTE -> text.append(" { value }");
            case ONE -> text.append(" { ").append(PEER).append(" }");
            case MANY -> text.append(" { edges { ").append(PEER).append(" } }");
            default -> throw new IllegalStateException("unknown shape " + field.shape());
        }
    }

    /** The selection set of a node, without braces. */
    String text() {
        return text;
    }

    /** The fields to read back for a node of the given concrete kind. */
    List<Field> fieldsOf(String typename, String requested) {
        List<Field> fields = fieldsByType.get(typename);
        return fields != null ? fields : fieldsByType.getOrDefault(requested, List.of());
    }
}
