package io.infrasync.cli.config;

import io.infrasync.core.domain.config.ConfigException;
import io.infrasync.core.domain.config.ConfigProblem;
import io.infrasync.core.domain.config.SyncConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads one {@code config.yml}: parses the YAML with line numbers, applies {@code ${VAR}} interpolation and
 * the environment overrides (see {@link EnvironmentOverrides}), and validates every key, reporting all
 * problems of the file at once.
 *
 * <p>The environment is injected, so that tests never depend on the real one; production code passes
 * {@code System.getenv()}.
 */
public final class ConfigLoader {

    private static final System.Logger LOG = System.getLogger(ConfigLoader.class.getName());

    private final Map<String, String> environment;

    /** A loader reading variables from {@code environment}. */
    public ConfigLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /**
     * Loads {@code file}. Notices (such as the ignored {@code store}) are logged once at INFO, and where each
     * adapter setting came from at DEBUG (names only, never values).
     *
     * @throws ConfigException with every problem of the file, each naming file, line and key path
     */
    public LoadedConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException exception) {
            throw new ConfigException(List.of(new ConfigProblem(file.toString(), 0, "", "cannot read: " + exception.getMessage())));
        }
        LoadedConfig loaded = parse(text, file);
        loaded.notices().forEach(notice -> LOG.log(System.Logger.Level.INFO, "{0}: {1}", file, notice));
        if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
            settingOrigins(loaded.config()).forEach(line -> LOG.log(System.Logger.Level.DEBUG, "{0}: {1}", file, line));
        }
        return loaded;
    }

    /**
     * Parses {@code text} as if read from {@code file} (which is used only for messages).
     *
     * @throws ConfigException with every problem found
     */
    public LoadedConfig parse(String text, Path file) {
        String name = file.toString();
        YamlNode root;
        try {
            root = YamlReader.read(text, name);
        } catch (YamlReader.SyntaxException exception) {
            throw new ConfigException(List.of(exception.problem()));
        }
        ConfigParser parser = new ConfigParser(name, environment);
        SyncConfig config = parser.parse(root);
        if (config == null) {
            List<ConfigProblem> problems = new ArrayList<>(parser.problems());
            problems.sort(java.util.Comparator.comparingInt(ConfigProblem::line));
            throw new ConfigException(problems);
        }
        return new LoadedConfig(file, config, parser.notices());
    }

    /**
     * One line per adapter setting saying where its value came from, for verbose output:
     * {@code source.token: environment variable NETBOX_TOKEN}. Values are never included.
     */
    public static List<String> settingOrigins(SyncConfig config) {
        List<String> lines = new ArrayList<>();
        config.source().settingOrigins().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> lines.add("source.settings." + entry.getKey() + ": " + entry.getValue().describe()));
        config.destination().settingOrigins().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> lines.add("destination.settings." + entry.getKey() + ": " + entry.getValue().describe()));
        return lines;
    }
}
