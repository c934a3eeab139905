package io.infrasync.core.domain.config;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code source} or {@code destination}: which adapter, and its effective settings after interpolation
 * and environment overrides.
 *
 * @param name           adapter id ({@code netbox}, {@code nautobot}, {@code infrahub}, ...)
 * @param adapter        optional plugin spec ({@code path}, {@code path.py:Class}, {@code module:Class})
 * @param settings       effective settings (JSON-like values), in file order, overrides appended
 * @param settingOrigins for each key of {@code settings}, where its value came from
 */
public record AdapterConfig(
        String name,
        Optional<String> adapter,
        Map<String, Object> settings,
        Map<String, SettingOrigin> settingOrigins) {

    public AdapterConfig {
        requireNonNull(name, "name is null");
        requireNonNull(adapter, "adapter is null");
        // Settings may hold null values (YAML "key:"), which Map.copyOf refuses.
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        settingOrigins = Map.copyOf(settingOrigins);
    }
}
