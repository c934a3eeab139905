package io.infrasync.cli.wiring;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects the plugin locations from the three places a user can name them, in precedence order:
 * {@code --adapter-path} (repeatable), {@code adapters_path} in {@code config.yml}, and the
 * {@code INFRAHUB_SYNC_ADAPTER_PATHS} environment variable.
 */
public final class AdapterPaths {

    /** The environment variable holding extra plugin paths, separated like {@code PATH}. */
    public static final String ENVIRONMENT_VARIABLE = "INFRAHUB_SYNC_ADAPTER_PATHS";

    private AdapterPaths() {
    }

    /**
     * Collects every configured location.
     *
     * @param commandLine the {@code --adapter-path} values, relative to the working directory
     * @param configured the {@code adapters_path} entries of {@code config.yml}, relative to {@code configDirectory}
     * @param configFile the config file they came from (its folder resolves relative entries), or {@code null} when none
     * @param environment the process environment
     * @return the entries in precedence order, duplicates kept (the registry ignores repeated paths)
     */
    public static List<AdapterPathEntry> collect(List<Path> commandLine, List<String> configured, Path configFile,
            Map<String, String> environment) {
        List<AdapterPathEntry> entries = new ArrayList<>();
        for (Path path : commandLine) {
            entries.add(new AdapterPathEntry(path, "--adapter-path"));
        }
        if (configFile != null) {
            Path base = configFile.toAbsolutePath().getParent();
            for (String entry : configured) {
                entries.add(new AdapterPathEntry(base.resolve(entry), "adapters_path in " + configFile));
            }
        }
        entries.addAll(fromEnvironment(environment.get(ENVIRONMENT_VARIABLE)));
        return entries;
    }

    /**
     * Parses {@code INFRAHUB_SYNC_ADAPTER_PATHS}: entries separated by {@code :} or {@code ;} (only
     * {@code ;} on Windows, where {@code :} follows a drive letter); blank entries are ignored.
     *
     * @param value the variable's value, or {@code null} when unset
     * @return the entries, relative ones resolved against the working directory
     */
    static List<AdapterPathEntry> fromEnvironment(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        String separators = File.pathSeparatorChar == ';' ? ";" : "[:;]";
        List<AdapterPathEntry> entries = new ArrayList<>();
        for (String part : value.split(separators)) {
            if (!part.isBlank()) {
                entries.add(new AdapterPathEntry(Path.of(part.trim()), ENVIRONMENT_VARIABLE));
            }
        }
        return entries;
    }
}
