package io.infrasync.core.engine.run;

import io.infrasync.core.domain.config.FieldMapping;
import io.infrasync.core.domain.config.FieldSource;
import io.infrasync.core.domain.config.FilterSpec;
import io.infrasync.core.domain.config.SchemaMappingEntry;
import io.infrasync.core.domain.config.TransformSpec;
import io.infrasync.core.domain.run.SchemaSubHash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema sub-hash of a run: SHA-256 (first 12 hex) over the canonical JSON of the mapping (each entry's
 * name, mapping, resolved identifiers, fields with mapping/reference/static, filters, transforms) and the
 * destination schema shape of the mapped kinds (attributes and relationships with their kinds, optionality,
 * uniqueness, cardinality and peers). Any change that could change the meaning of a cached plan changes it.
 */
final class SchemaHash {

    private SchemaHash() {
    }

    static SchemaSubHash of(RunModel model) {
        return SchemaSubHash.compute(shape(model));
    }

    /** What the hash is taken over, kept beside it so that a refusal can say what changed. */
    static Map<String, Object> shape(RunModel model) {
        List<Object> mappings = new ArrayList<>();
        for (SchemaMappingEntry entry : model.config.schemaMapping()) {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("name", entry.name());
            tree.put("mapping", entry.mapping());
            tree.put("identifiers", model.identifiers.get(entry.name()));
            List<Object> fields = new ArrayList<>();
            for (FieldMapping field : entry.fields()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("name", field.name());
                if (field.source() instanceof FieldSource.Path path) {
                    f.put("mapping", path.path());
                } else if (field.source() instanceof FieldSource.Reference reference) {
                    f.put("mapping", reference.path());
                    f.put("reference", reference.kind());
                } else if (field.source() instanceof FieldSource.Static constant) {
                    f.put("static", constant.value());
                }
                fields.add(f);
            }
            tree.put("fields", fields);
            List<Object> filters = new ArrayList<>();
            for (FilterSpec filter : entry.filters()) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("field", filter.field());
                f.put("operation", filter.operation().symbol());
                f.put("value", filter.value());
                filters.add(f);
            }
            tree.put("filters", filters);
            List<Object> transforms = new ArrayList<>();
            for (TransformSpec transform : entry.transforms()) {
                transforms.add(Map.of("field", transform.field(), "expression", transform.expression()));
            }
            tree.put("transforms", transforms);
            mappings.add(tree);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("mappings", mappings);
        root.put("destination", model.schema.shapeOf(model.types.keySet()));
        return root;
    }
}
