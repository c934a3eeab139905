package io.infrasync.core.engine.run;

import io.infrasync.core.domain.config.FieldMapping;
import io.infrasync.core.domain.config.FieldSource;
import io.infrasync.core.domain.config.SchemaMappingEntry;
import io.infrasync.core.domain.config.SyncConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The destination side's mapping, derived from the sync's: each mapped kind is read from the destination by
 * its own name, every field by its own name (references stay references to the same kind), with the
 * identifiers the source side resolved, and without filters or transforms (as the original after its fix:
 * filtering the destination would turn unmatched objects into deletes).
 */
final class MirrorConfig {

    private MirrorConfig() {
    }

    /**
     * @param config      the sync's configuration
     * @param identifiers the identifiers of each kind, as the source plan resolved them
     */
    static SyncConfig of(SyncConfig config, Map<String, List<String>> identifiers) {
        Map<String, Map<String, FieldMapping>> fieldsByKind = new LinkedHashMap<>();
        for (SchemaMappingEntry entry : config.schemaMapping()) {
            Map<String, FieldMapping> fields = fieldsByKind.computeIfAbsent(entry.name(), key -> new LinkedHashMap<>());
            for (FieldMapping field : entry.fields()) {
                FieldSource source = field.source() instanceof FieldSource.Reference reference
                        ? new FieldSource.Reference(field.name(), reference.kind())
                        : new FieldSource.Path(field.name());
                fields.putIfAbsent(field.name(), new FieldMapping(field.name(), source));
            }
        }
        List<SchemaMappingEntry> entries = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, Map<String, FieldMapping>> kind : fieldsByKind.entrySet()) {
            entries.add(new SchemaMappingEntry(kind.getKey(), kind.getKey(),
                    Optional.of(identifiers.getOrDefault(kind.getKey(), List.of())),
                    List.copyOf(kind.getValue().values()), List.of(), List.of(), index++));
        }
        return new SyncConfig(config.name(), config.source(), config.destination(), config.adaptersPath(), config.store(),
                config.order(), entries, config.diffsyncFlags(), config.incremental(), config.guardrails(), config.origin());
    }
}
