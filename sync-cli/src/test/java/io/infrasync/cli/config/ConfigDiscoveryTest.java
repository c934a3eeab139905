package io.infrasync.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.core.domain.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigDiscoveryTest {

    private final ConfigDiscovery discovery = new ConfigDiscovery(new ConfigLoader(Map.of()));

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String config(String name) {
        return "name: " + name + "\nsource: {name: netbox}\ndestination: {name: infrahub}\nschema_mapping: []\n";
    }

    @Test
    void listsEveryConfigYmlRecursivelyWithBrokenOnesAndTheirErrors(@TempDir Path directory) throws IOException {
        write(directory.resolve("a/config.yml"), config("alpha"));
        write(directory.resolve("b/deeper/config.yml"), config("beta"));
        write(directory.resolve("c/config.yml"), "name: gamma\nsource: {name: netbox}\n");
        write(directory.resolve("d/other.yml"), config("ignored"));
        List<DiscoveredConfig> found = discovery.list(directory);
        assertThat(found).extracting(DiscoveredConfig::file).containsExactly(directory.resolve("a/config.yml"),
                directory.resolve("b/deeper/config.yml"), directory.resolve("c/config.yml"));
        assertThat(found.get(0)).isInstanceOfSatisfying(DiscoveredConfig.Valid.class, valid -> assertThat(valid.name()).isEqualTo("alpha"));
        assertThat(found.get(2)).isInstanceOfSatisfying(DiscoveredConfig.Invalid.class, invalid -> {
            assertThat(invalid.name()).isEqualTo("gamma");
            assertThat(invalid.problems()).extracting(Object::toString).containsExactly(
                    directory.resolve("c/config.yml") + ":1: missing required key 'destination'",
                    directory.resolve("c/config.yml") + ":1: missing required key 'schema_mapping'");
        });
    }

    @Test
    void aBrokenFileDoesNotBreakNameLookupOfAGoodOne(@TempDir Path directory) throws IOException {
        write(directory.resolve("good/config.yml"), config("good"));
        write(directory.resolve("bad/config.yml"), "name: bad\nsource: [\n");
        assertThat(discovery.byName(directory, "good").config().name()).isEqualTo("good");
        assertThatThrownBy(() -> discovery.byName(directory, "bad")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("bad/config.yml").hasMessageContaining("invalid YAML");
        assertThatThrownBy(() -> discovery.byName(directory, "nope")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("no configuration called 'nope'").hasMessageContaining("found: good")
                .hasMessageContaining("1 file(s) could not be read");
    }

    @Test
    void duplicateNamesAreAnError(@TempDir Path directory) throws IOException {
        write(directory.resolve("one/config.yml"), config("same"));
        write(directory.resolve("two/config.yml"), config("same"));
        assertThatThrownBy(() -> discovery.byName(directory, "same"))
                .hasMessageContaining("several configurations are called 'same'; use --config-file");
    }

    @Test
    void configFileIsRelativeToTheDirectoryWhenGiven(@TempDir Path directory) throws IOException {
        write(directory.resolve("sub/my.yml"), config("mine"));
        assertThat(discovery.byFile(Path.of("sub/my.yml"), directory).config().name()).isEqualTo("mine");
        assertThat(discovery.byFile(directory.resolve("sub/my.yml"), null).config().name()).isEqualTo("mine");
        assertThatThrownBy(() -> discovery.byFile(Path.of("missing.yml"), directory)).hasMessageContaining("cannot read");
    }

    @Test
    void upstreamExamplesAreFoundByName() {
        Path upstream = UpstreamConfigsTest.resource("/upstream");
        assertThat(discovery.list(upstream)).allMatch(DiscoveredConfig.Valid.class::isInstance).hasSize(2);
        assertThat(discovery.byName(upstream, "from-nautobot-v2").file()).endsWith(Path.of("nautobot-v2_to_infrahub/config.yml"));
    }
}
