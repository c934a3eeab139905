package io.infrasync.core.domain.config;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * Where a configuration came from: the file name and the line of every key path, so that checks made after
 * loading (for example against the destination schema) still point at the right line.
 *
 * @param file  the file as the user named it
 * @param lines key path ({@code schema_mapping[0].fields[2].name}) to 1-based line
 */
public record ConfigSource(String file, Map<String, Integer> lines) {

    public ConfigSource {
        requireNonNull(file, "file is null");
        lines = Map.copyOf(lines);
    }

    /** A source without positions, for configurations built in code. */
    public static ConfigSource unknown(String file) {
        return new ConfigSource(file, Map.of());
    }

    /**
     * The line of {@code path}, or of its nearest ancestor that has one (a missing key is reported at its
     * parent), or 0 when nothing is known.
     */
    public int lineOf(String path) {
        String current = path;
        while (true) {
            Integer line = lines.get(current);
            if (line != null) {
                return line;
            }
            if (current.isEmpty()) {
                return 0;
            }
            current = parentOf(current);
        }
    }

    private static String parentOf(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
