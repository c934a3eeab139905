package io.infrasync.cli.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdapterPathsTest {

    @Test
    void commandLineComesFirstThenConfigThenEnvironment() {
        Path config = Path.of("/etc/sync/netbox/config.yml");
        List<AdapterPathEntry> entries = AdapterPaths.collect(List.of(Path.of("/opt/a.jar")), List.of("plugins"),
                config, Map.of(AdapterPaths.ENVIRONMENT_VARIABLE, "/opt/b:/opt/c;;/opt/d"));
        assertThat(entries).extracting(AdapterPathEntry::path).containsExactly(
                Path.of("/opt/a.jar"), Path.of("/etc/sync/netbox/plugins"), Path.of("/opt/b"), Path.of("/opt/c"),
                Path.of("/opt/d"));
        assertThat(entries).extracting(AdapterPathEntry::origin).containsExactly("--adapter-path",
                "adapters_path in " + config, "INFRAHUB_SYNC_ADAPTER_PATHS", "INFRAHUB_SYNC_ADAPTER_PATHS",
                "INFRAHUB_SYNC_ADAPTER_PATHS");
    }

    @Test
    void anUnsetOrBlankVariableAddsNothing() {
        assertThat(AdapterPaths.fromEnvironment(null)).isEmpty();
        assertThat(AdapterPaths.fromEnvironment("  ")).isEmpty();
        assertThat(AdapterPaths.collect(List.of(), List.of("ignored"), null, Map.of())).isEmpty();
    }
}
