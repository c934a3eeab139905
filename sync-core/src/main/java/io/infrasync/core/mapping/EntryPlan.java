package io.infrasync.core.mapping;

import io.infrasync.core.domain.config.SchemaMappingEntry;
import io.infrasync.core.port.out.ExpressionEvaluator;
import java.util.List;

/** One {@code schema_mapping} entry, validated and compiled. */
final class EntryPlan {

    /** A compiled transform: where to store the result, and the expression. */
    record Transform(String field, DottedPath target, ExpressionEvaluator.Compiled expression) {
    }

    /** How one field gets its value. */
    sealed interface FieldPlan permits PathField, StaticField, ReferenceField {
        String name();
    }

    record PathField(String name, DottedPath path) implements FieldPlan {
    }

    record StaticField(String name, Object value) implements FieldPlan {
    }

    /**
     * @param many       cardinality from the schema; null when unknown (then the value's shape decides)
     * @param identity   whether the field is an identifier
     * @param candidates the entries whose objects may be the peer
     */
    record ReferenceField(String name, DottedPath path, String target, Boolean many, boolean identity,
            List<EntryPlan> candidates, List<String> candidateEndpoints) implements FieldPlan {
    }

    final SchemaMappingEntry entry;
    final List<String> identifiers;
    final List<RecordFilter> filters;
    final List<Transform> transforms;
    List<FieldPlan> fields;

    EntryPlan(SchemaMappingEntry entry, List<String> identifiers, List<RecordFilter> filters, List<Transform> transforms) {
        this.entry = entry;
        this.identifiers = List.copyOf(identifiers);
        this.filters = List.copyOf(filters);
        this.transforms = List.copyOf(transforms);
    }

    String kind() {
        return entry.name();
    }

    String endpoint() {
        return entry.mapping();
    }
}
