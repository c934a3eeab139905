package io.infrasync.core.domain.config;

import static java.util.Objects.requireNonNull;

/**
 * One validation error of a configuration file, rendered as {@code file:line: key.path: message}.
 *
 * @param file    the file as the user named it (never null; {@code "<config>"} when unknown)
 * @param line    1-based line, or 0 when the key has no position (for example a missing key of the root)
 * @param path    key path such as {@code schema_mapping[3].fields[1].reference}; empty for the whole file
 * @param message what is wrong, with the offending value and a suggestion when there is one
 */
public record ConfigProblem(String file, int line, String path, String message) {

    public ConfigProblem {
        requireNonNull(file, "file is null");
        requireNonNull(path, "path is null");
        requireNonNull(message, "message is null");
    }

    /** A problem positioned through {@code source}'s line table. */
    public static ConfigProblem at(ConfigSource source, String path, String message) {
        return new ConfigProblem(source.file(), source.lineOf(path), path, message);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(": ");
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.append(message).toString();
    }
}
