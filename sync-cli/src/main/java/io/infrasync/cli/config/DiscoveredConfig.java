package io.infrasync.cli.config;

import static java.util.Objects.requireNonNull;

import io.infrasync.core.domain.config.ConfigProblem;
import java.nio.file.Path;
import java.util.List;

/** One {@code config.yml} found under a directory: loaded, or broken with its problems. */
public sealed interface DiscoveredConfig {

    /** The file. */
    Path file();

    /** A file that loaded. */
    record Valid(Path file, LoadedConfig loaded) implements DiscoveredConfig {
        public Valid {
            requireNonNull(file, "file is null");
            requireNonNull(loaded, "loaded is null");
        }

        /** The sync name. */
        public String name() {
            return loaded.config().name();
        }
    }

    /** A file that did not load; {@code name} is its {@code name} key when that much could be read. */
    record Invalid(Path file, String name, List<ConfigProblem> problems) implements DiscoveredConfig {
        public Invalid {
            requireNonNull(file, "file is null");
            problems = List.copyOf(problems);
        }
    }
}
