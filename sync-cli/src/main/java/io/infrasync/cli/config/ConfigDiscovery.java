package io.infrasync.cli.config;

import io.infrasync.core.domain.config.ConfigException;
import io.infrasync.core.domain.config.ConfigProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds configurations the way the original's {@code --directory}, {@code --name} and
 * {@code --config-file} do, except that one broken file does not break the others: {@link #list} reports it
 * with its problems, and {@link #byName} still finds a good configuration next to it.
 */
public final class ConfigDiscovery {

    /** The file name the directory scan looks for. */
    public static final String FILE_NAME = "config.yml";

    private final ConfigLoader loader;

    public ConfigDiscovery(ConfigLoader loader) {
        this.loader = loader;
    }

    /**
     * Every {@code config.yml} under {@code directory} (recursively, sorted by path), each loaded or with its
     * problems.
     *
     * @throws UncheckedIOException when the directory cannot be walked
     */
    public List<DiscoveredConfig> list(Path directory) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(path -> path.getFileName() != null && path.getFileName().toString().equals(FILE_NAME))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException exception) {
            throw new UncheckedIOException("cannot scan " + directory + ": " + exception.getMessage(), exception);
        }
        List<DiscoveredConfig> found = new ArrayList<>();
        for (Path file : files) {
            try {
                found.add(new DiscoveredConfig.Valid(file, loader.load(file)));
            } catch (ConfigException exception) {
                found.add(new DiscoveredConfig.Invalid(file, nameOf(file), exception.problems()));
            }
        }
        return found;
    }

    /**
     * The configuration called {@code name} under {@code directory}.
     *
     * @throws ConfigException when none or several valid files have that name, or when the only file with
     *                         that name is broken (its own problems are reported)
     */
    public LoadedConfig byName(Path directory, String name) {
        List<DiscoveredConfig> all = list(directory);
        List<DiscoveredConfig.Valid> matches = new ArrayList<>();
        List<DiscoveredConfig.Invalid> brokenMatches = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (DiscoveredConfig config : all) {
            if (config instanceof DiscoveredConfig.Valid valid) {
                names.add(valid.name());
                if (valid.name().equals(name)) {
                    matches.add(valid);
                }
            } else if (config instanceof DiscoveredConfig.Invalid invalid && name.equals(invalid.name())) {
                brokenMatches.add(invalid);
            }
        }
        if (matches.size() == 1) {
            return matches.get(0).loaded();
        }
        if (matches.size() > 1) {
            List<ConfigProblem> problems = new ArrayList<>();
            matches.forEach(match -> problems.add(new ConfigProblem(match.file().toString(), 1, "name",
                    "several configurations are called '" + name + "'; use --config-file")));
            throw new ConfigException(problems);
        }
        if (!brokenMatches.isEmpty()) {
            List<ConfigProblem> problems = new ArrayList<>();
            brokenMatches.forEach(broken -> problems.addAll(broken.problems()));
            throw new ConfigException(problems);
        }
        long broken = all.stream().filter(DiscoveredConfig.Invalid.class::isInstance).count();
        throw new ConfigException(List.of(new ConfigProblem(directory.toString(), 0, "",
                "no configuration called '" + name + "' under this directory (found: " + (names.isEmpty() ? "none" : String.join(", ", names))
                        + (broken > 0 ? "; " + broken + " file(s) could not be read, see 'list'" : "") + ")")));
    }

    /**
     * The configuration in {@code file}; a relative path is taken relative to {@code directory} when one is
     * given, as the original does.
     */
    public LoadedConfig byFile(Path file, Path directory) {
        Path resolved = directory != null && !file.isAbsolute() ? directory.resolve(file) : file;
        return loader.load(resolved);
    }

    /** The {@code name:} line of a broken file, read loosely, so that {@code --name} can report its errors. */
    private static String nameOf(Path file) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("name:")) {
                    String value = line.substring(5).strip();
                    int comment = value.indexOf(" #");
                    if (comment >= 0) {
                        value = value.substring(0, comment).strip();
                    }
                    if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                            || value.startsWith("'") && value.endsWith("'"))) {
                        value = value.substring(1, value.length() - 1);
                    }
                    return value.isEmpty() ? null : value;
                }
            }
        } catch (IOException | UncheckedIOException exception) {
            return null;
        }
        return null;
    }
}
