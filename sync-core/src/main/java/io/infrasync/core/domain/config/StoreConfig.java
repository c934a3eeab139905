package io.infrasync.core.domain.config;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code store}: accepted for compatibility and ignored. The original used it to put diffsync's store in
 * Redis; our in-memory store is compact enough that it is not needed, and the loader says so once.
 */
public record StoreConfig(String type, Map<String, Object> settings) {

    public StoreConfig {
        requireNonNull(type, "type is null");
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }
}
