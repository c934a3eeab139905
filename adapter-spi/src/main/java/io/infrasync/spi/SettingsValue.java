package io.infrasync.spi;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The record behind {@link AdapterSettings}; package-private so its constructor is not SPI. */
record SettingsValue(Map<String, Object> values, Optional<String> branch) implements AdapterSettings {
    SettingsValue {
        values = Collections.unmodifiableMap(Objects.requireNonNull(values, "values is null"));
        Objects.requireNonNull(branch, "branch is null");
    }
}
