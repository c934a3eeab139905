package io.infrasync.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The demo reads the JSON summary that diff and sync print with --output json. */
class RunReportTest {

    @Test
    void readsCountsErrorsAndFailure() {
        RunReport report = RunReport.parse("""
                {"command": "sync", "sync": "from-netbox", "run_id": "20261123T2102-8058f9bc", "mode": "sync",
                 "status": "failed", "summary": {"create": 3, "created": 2, "errors": 1},
                 "cache": "/tmp/c/from-netbox/20261123T2102-8058f9bc", "failure": "InfraDevice 7: rack missing",
                 "notices": [], "errors": [{"error_class": "PeerIdentifierError", "resource": "InfraDevice",
                 "source_id": "7", "dest_id": null, "message": "rack missing"}]}
                """);

        assertThat(report.runId()).isEqualTo("20261123T2102-8058f9bc");
        assertThat(report.status()).isEqualTo("failed");
        assertThat(report.cache()).isEqualTo(Path.of("/tmp/c/from-netbox/20261123T2102-8058f9bc"));
        assertThat(report.count("created")).isEqualTo(2);
        assertThat(report.count("deleted")).isZero();
        assertThat(report.errors()).containsExactly(new RunReport.ObjectError("InfraDevice", "7", "rack missing"));
        assertThat(report.failure()).contains("InfraDevice 7: rack missing");
    }

    @Test
    void noFailureWhenNull() {
        RunReport report = RunReport.parse("{\"run_id\": \"r\", \"cache\": \"/c\", \"failure\": null, \"errors\": []}");
        assertThat(report.failure()).isEmpty();
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void rejectsTextThatIsNotARunSummary() {
        assertThatThrownBy(() -> RunReport.parse("diff 'x': 1 to create")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a run summary: diff 'x'");
        assertThatThrownBy(() -> RunReport.parse("{\"command\": \"diff\"}")).hasMessageContaining("not a run summary");
    }
}
