package io.infrasync.cli.config;

import static java.util.Objects.requireNonNull;

import io.infrasync.core.domain.config.SyncConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * A configuration file loaded and validated.
 *
 * @param file    the file
 * @param config  its content
 * @param notices things the user should know that are not errors (the ignored {@code store}, ...)
 */
public record LoadedConfig(Path file, SyncConfig config, List<String> notices) {

    public LoadedConfig {
        requireNonNull(file, "file is null");
        requireNonNull(config, "config is null");
        notices = List.copyOf(notices);
    }
}
