package io.infrasync.core.domain.config;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A validated {@code config.yml}.
 *
 * @param name          the sync name (also the cache folder name)
 * @param source        the source adapter
 * @param destination   the destination adapter
 * @param adaptersPath  extra adapter search paths, empty when absent
 * @param store         the configured store, accepted and ignored
 * @param order         the explicit write order, empty when absent (then tiers are derived)
 * @param schemaMapping the mapping entries in file order
 * @param diffsyncFlags the diffsync flags; {@code SKIP_UNMATCHED_DST} when the key is absent or empty
 * @param incremental   incremental extraction settings
 * @param guardrails    guardrail ratios
 * @param origin        file and line table
 */
public record SyncConfig(
        String name,
        AdapterConfig source,
        AdapterConfig destination,
        List<String> adaptersPath,
        Optional<StoreConfig> store,
        Optional<List<String>> order,
        List<SchemaMappingEntry> schemaMapping,
        Set<DiffSyncFlag> diffsyncFlags,
        IncrementalConfig incremental,
        GuardrailsConfig guardrails,
        ConfigSource origin) {

    public SyncConfig {
        requireNonNull(name, "name is null");
        requireNonNull(source, "source is null");
        requireNonNull(destination, "destination is null");
        adaptersPath = List.copyOf(adaptersPath);
        requireNonNull(store, "store is null");
        order = order.map(List::copyOf);
        schemaMapping = List.copyOf(schemaMapping);
        diffsyncFlags = diffsyncFlags.isEmpty()
                ? Set.copyOf(EnumSet.of(DiffSyncFlag.SKIP_UNMATCHED_DST))
                : Set.copyOf(EnumSet.copyOf(diffsyncFlags));
        requireNonNull(incremental, "incremental is null");
        requireNonNull(guardrails, "guardrails is null");
        requireNonNull(origin, "origin is null");
    }

    /** The distinct destination kinds of {@code schema_mapping}, in first-appearance order. */
    public List<String> mappedKinds() {
        Set<String> kinds = new LinkedHashSet<>();
        for (SchemaMappingEntry entry : schemaMapping) {
            kinds.add(entry.name());
        }
        return new ArrayList<>(kinds);
    }
}
