package io.infrasync.spi;

import io.infrasync.spi.model.HttpSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** The context {@link AdapterContext.Builder} builds. */
record ContextValue(System.Logger logger, Clock clock, BooleanSupplier cancelled, HttpSettings http,
        Map<String, String> variables, Path baseDirectory) implements AdapterContext {

    @Override
    public boolean isCancelled() {
        return cancelled.getAsBoolean();
    }

    @Override
    public Optional<String> environment(String name) {
        return Optional.ofNullable(variables.get(Objects.requireNonNull(name, "name is null")));
    }
}
