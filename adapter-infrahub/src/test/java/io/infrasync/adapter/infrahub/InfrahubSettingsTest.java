package io.infrasync.adapter.infrahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.model.ErrorKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings parsing: defaults, precedence over the environment, validation messages, masking. */
class InfrahubSettingsTest {

    private static final AdapterContext ENV = AdapterContext.builder().baseDirectory(Path.of("/tmp"))
            .environment(Map.of("INFRAHUB_URL", "http://env:8000", "INFRAHUB_API_TOKEN", "env-token")).build();

    @Test
    void defaultsFollowTheIssueAndTheSdk() {
        InfrahubSettings settings = InfrahubSettings.from(AdapterSettings.of(Map.of("url", "http://infrahub:8000/")), ENV);
        assertThat(settings.url()).hasToString("http://infrahub:8000");
        assertThat(settings.token()).contains("env-token");
        assertThat(settings.branch()).isEqualTo("main");
        assertThat(settings.pageSize()).isEqualTo(500);
        assertThat(settings.batchSize()).isEqualTo(50);
        assertThat(settings.maxConcurrency()).isEqualTo(4);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.verifySsl()).isTrue();
        assertThat(settings.createBranch()).isFalse();
    }

    @Test
    void configurationWinsOverTheEnvironmentAndTheBranchFlagWinsOverTheSetting() {
        InfrahubSettings settings = InfrahubSettings.from(AdapterSettings.of(Map.of("url", "http://file:8000", "token", "file-token",
                "branch", "from-file")).withBranch("from-flag"), ENV);
        assertThat(settings.url()).hasToString("http://file:8000");
        assertThat(settings.token()).contains("file-token");
        assertThat(settings.branch()).isEqualTo("from-flag");
        assertThat(InfrahubSettings.from(AdapterSettings.of(Map.of()), ENV).url()).hasToString("http://env:8000");
    }

    @Test
    void invalidValuesNameTheSetting() {
        assertThatThrownBy(() -> InfrahubSettings.from(AdapterSettings.of(Map.of("url", "ftp://x")), ENV))
                .isInstanceOf(AdapterException.class).hasMessageContaining("'url'");
        assertThatThrownBy(() -> InfrahubSettings.from(AdapterSettings.of(Map.of("url", "http://x", "page_size", 0)), ENV))
                .hasMessageContaining("'page_size'");
        assertThatThrownBy(() -> InfrahubSettings.from(AdapterSettings.of(Map.of("url", "http://x", "batch_size", "many")), ENV))
                .hasMessageContaining("'batch_size'");
        assertThatThrownBy(() -> InfrahubSettings.from(AdapterSettings.of(Map.of("url", "http://x", "ca_bundle", "missing.pem")), ENV))
                .hasMessageContaining("'ca_bundle'").hasMessageContaining("/tmp/missing.pem")
                .satisfies(e -> assertThat(((AdapterException) e).kind()).isEqualTo(ErrorKind.CONFIGURATION));
    }

    @Test
    void theTokenIsMasked() {
        InfrahubSettings settings = InfrahubSettings.from(AdapterSettings.of(Map.of("url", "http://x", "token", "s3cr3t")), ENV);
        assertThat(settings.toString()).doesNotContain("s3cr3t").contains("***");
    }
}
