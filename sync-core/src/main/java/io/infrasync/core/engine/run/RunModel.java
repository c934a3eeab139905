package io.infrasync.core.engine.run;

import io.infrasync.core.domain.config.FieldMapping;
import io.infrasync.core.domain.config.FieldSource;
import io.infrasync.core.domain.config.SchemaMappingEntry;
import io.infrasync.core.domain.config.SyncConfig;
import io.infrasync.core.domain.model.ModelType;
import io.infrasync.core.mapping.MappingPlan;
import io.infrasync.core.mapping.SchemaRelationship;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a run derives from the configuration and the destination schema: the source mapping plan, the
 * destination (mirror) plan, one model type per mapped kind (identifiers from the plan, attributes the other
 * mapped fields) shared by both sides, and which fields are relationships.
 */
final class RunModel {

    final SyncConfig config;
    final DestinationSchema schema;
    final MappingPlan sourcePlan;
    final MappingPlan destinationPlan;
    final Map<String, ModelType> types;
    final Map<String, List<String>> identifiers;
    /** kind → field → the {@code reference:} kind of that field. */
    final Map<String, Map<String, String>> references;
    final List<String> writtenKinds;

    private RunModel(SyncConfig config, DestinationSchema schema, MappingPlan sourcePlan, MappingPlan destinationPlan,
            Map<String, ModelType> types, Map<String, List<String>> identifiers, Map<String, Map<String, String>> references) {
        this.config = config;
        this.schema = schema;
        this.sourcePlan = sourcePlan;
        this.destinationPlan = destinationPlan;
        this.types = types;
        this.identifiers = identifiers;
        this.references = references;
        this.writtenKinds = sourcePlan.writeOrder().flattened();
    }

    /** @throws io.infrasync.core.domain.config.ConfigException when a mapped kind or field is not in the schema */
    static RunModel build(SyncConfig config, DestinationSchema schema,
            io.infrasync.core.port.out.ExpressionEvaluator evaluator) {
        MappingPlan sourcePlan = MappingPlan.build(config, Optional.of(schema.view()), evaluator);
        Map<String, List<String>> identifiers = new LinkedHashMap<>();
        List<List<String>> perEntry = sourcePlan.identifiers();
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        Map<String, Map<String, String>> references = new LinkedHashMap<>();
        for (int i = 0; i < config.schemaMapping().size(); i++) {
            SchemaMappingEntry entry = config.schemaMapping().get(i);
            identifiers.putIfAbsent(entry.name(), perEntry.get(i));
            Set<String> names = fields.computeIfAbsent(entry.name(), key -> new LinkedHashSet<>());
            Map<String, String> refs = references.computeIfAbsent(entry.name(), key -> new LinkedHashMap<>());
            for (FieldMapping field : entry.fields()) {
                names.add(field.name());
                if (field.source() instanceof FieldSource.Reference reference) {
                    refs.putIfAbsent(field.name(), reference.kind());
                }
            }
        }
        Map<String, ModelType> types = new LinkedHashMap<>();
        fields.forEach((kind, names) -> {
            List<String> ids = identifiers.get(kind);
            List<String> attributes = new ArrayList<>(names);
            attributes.removeAll(ids);
            types.put(kind, ModelType.builder(kind).identifiers(ids.toArray(String[]::new))
                    .attributes(attributes.toArray(String[]::new)).build());
        });
        MappingPlan destinationPlan = MappingPlan.build(MirrorConfig.of(config, identifiers), Optional.of(schema.view()),
                evaluator);
        return new RunModel(config, schema, sourcePlan, destinationPlan, types, identifiers, references);
    }

    /** Whether {@code field} of {@code kind} is a relationship of cardinality many in the destination schema. */
    boolean isMany(String kind, String field) {
        return schema.relationship(kind, field).map(SchemaRelationship::many).orElse(false);
    }

    /** The relationship fields of {@code kind} that the mapping fills (by reference or by plain path). */
    Set<String> relationshipFields(String kind) {
        Set<String> names = new LinkedHashSet<>();
        for (String field : types.get(kind).fields()) {
            if (schema.relationship(kind, field).isPresent()) {
                names.add(field);
            }
        }
        return names;
    }

    /** The mapped kinds a reference of {@code kind.field} may point at (the target kind, or its implementers). */
    List<String> peerKinds(String kind, String field) {
        String target = references.getOrDefault(kind, Map.of()).get(field);
        if (target == null) {
            target = schema.relationship(kind, field).map(SchemaRelationship::peer).orElse(null);
        }
        if (target == null) {
            return List.of();
        }
        List<String> kinds = new ArrayList<>();
        for (String mapped : types.keySet()) {
            if (schema.view().isA(mapped, target)) {
                kinds.add(mapped);
            }
        }
        return kinds;
    }
}
