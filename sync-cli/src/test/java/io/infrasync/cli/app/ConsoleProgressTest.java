package io.infrasync.cli.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrasync.core.port.out.RunProgress.Stage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What each style of {@link ConsoleProgress} writes, on a clock the test moves. */
class ConsoleProgressTest {

    private static final String ERASE = "\r\u001b[K";

    private final StringWriter written = new StringWriter();
    private final StepClock clock = new StepClock();

    private ConsoleProgress progress(ConsoleProgress.Style style, boolean json) {
        return new ConsoleProgress(new PrintWriter(written), style, json, clock);
    }

    @Test
    void liveRedrawsOneLineInPlaceAndLeavesOneFinalLinePerResource() {
        ConsoleProgress live = progress(ConsoleProgress.Style.LIVE, false);

        live.started(Stage.LOAD_SOURCE, "dcim.sites", -1);
        clock.advance(Duration.ofMillis(500));
        live.advanced(Stage.LOAD_SOURCE, "dcim.sites", 1000);
        clock.advance(Duration.ofMillis(500));
        live.advanced(Stage.LOAD_SOURCE, "dcim.sites", 3000);
        live.finished(Stage.LOAD_SOURCE, "dcim.sites", 3000);

        assertThat(written.toString()).isEqualTo(
                ERASE + "load A  dcim.sites                            1,000  2,000/s  0.5s"
                + ERASE + "load A  dcim.sites                            3,000  3,000/s  1.0s"
                + ERASE + "load A  dcim.sites                            3,000  3,000/s  1.0s" + System.lineSeparator());
    }

    @Test
    void liveDrawsABarWhenTheTotalIsKnown() {
        ConsoleProgress live = progress(ConsoleProgress.Style.LIVE, false);

        live.started(Stage.WRITE, "InfraDevice", 200);
        clock.advance(Duration.ofSeconds(2));
        live.advanced(Stage.WRITE, "InfraDevice", 50);

        assertThat(written.toString()).isEqualTo(
                ERASE + "write   InfraDevice              [##........] 50/200  25/s  2.0s");
        live.advanced(Stage.WRITE, "InfraDevice", 200);
        assertThat(written.toString()).endsWith("[##########] 200/200  100/s  2.0s");
    }

    @Test
    void liveLinesFitAnEightyColumnTerminalSoThatRedrawsDoNotWrap() {
        ConsoleProgress live = progress(ConsoleProgress.Style.LIVE, false);
        String resource = "plugins.netbox_bgp.bgp-sessions-with-a-long-name";
        live.started(Stage.WRITE, resource, 1_234_567);
        clock.advance(Duration.ofMillis(1500));
        live.advanced(Stage.WRITE, resource, 1_000_000);
        live.started(Stage.LOAD_SOURCE, resource, -1);
        live.advanced(Stage.LOAD_SOURCE, resource, 1_000_000);

        String[] frames = written.toString().split(java.util.regex.Pattern.quote(ERASE));
        assertThat(frames).hasSize(3);
        // The name gives way, the numbers stay.
        assertThat(frames[1]).hasSize(79).isEqualTo("write   plugins.netbox_bgp.b~ [########..] 1,000,000/1,234,567  666,667/s  1.5s");
        assertThat(frames[2]).hasSizeLessThanOrEqualTo(79).startsWith("load A  plugins.netbox_bgp.").contains("~")
                .contains(" 1,000,000  ").endsWith("/s  0.0s");
    }

    @Test
    void aWarningErasesTheLiveLineBeforeItIsPrinted() {
        ConsoleProgress live = progress(ConsoleProgress.Style.LIVE, false);
        live.started(Stage.LOAD_DESTINATION, "InfraDevice", -1);
        live.advanced(Stage.LOAD_DESTINATION, "InfraDevice", 10);

        live.warning("something to review");
        live.info("and something to read");

        assertThat(written.toString()).endsWith(ERASE + "warning: something to review" + System.lineSeparator()
                + "info: and something to read" + System.lineSeparator());
    }

    @Test
    void linesPrintEveryFiveSecondsAndOncePerFinishedResourceWithoutEscapes() {
        ConsoleProgress lines = progress(ConsoleProgress.Style.LINES, false);

        lines.started(Stage.LOAD_SOURCE, "dcim.devices", -1);
        clock.advance(Duration.ofSeconds(1));
        lines.advanced(Stage.LOAD_SOURCE, "dcim.devices", 100);
        assertThat(written.toString()).as("not yet five seconds").isEmpty();
        clock.advance(Duration.ofSeconds(4));
        lines.advanced(Stage.LOAD_SOURCE, "dcim.devices", 500);
        clock.advance(Duration.ofSeconds(1));
        lines.advanced(Stage.LOAD_SOURCE, "dcim.devices", 600);
        lines.finished(Stage.LOAD_SOURCE, "dcim.devices", 600);

        assertThat(written.toString().lines()).containsExactly(
                "load A  dcim.devices                            500  100/s  5.0s",
                "load A  dcim.devices                            600  100/s  6.0s");
        assertThat(written.toString()).doesNotContain("\r").doesNotContain("\u001b");
    }

    @Test
    void jsonLinesCarryTheEventStageResourceAndCount() {
        ConsoleProgress json = progress(ConsoleProgress.Style.LIVE, true);
        json.started(Stage.WRITE, "BuiltinTag", 3);
        json.advanced(Stage.WRITE, "BuiltinTag", 1);
        json.finished(Stage.WRITE, "BuiltinTag", 3);

        assertThat(written.toString().lines()).singleElement().asString()
                .isEqualTo("{\"ts\":\"2026-01-01T00:00:00Z\",\"level\":\"info\",\"event\":\"done\",\"stage\":\"write\","
                        + "\"resource\":\"BuiltinTag\",\"count\":3}");
    }

    @Test
    void quietShowsWarningsOnly() {
        ConsoleProgress quiet = progress(ConsoleProgress.Style.QUIET, false);
        quiet.started(Stage.LOAD_SOURCE, "dcim.sites", -1);
        quiet.advanced(Stage.LOAD_SOURCE, "dcim.sites", 10);
        quiet.finished(Stage.LOAD_SOURCE, "dcim.sites", 10);
        quiet.info("hidden");
        quiet.warning("shown");

        assertThat(written.toString()).isEqualTo("warning: shown" + System.lineSeparator());
    }

    @Test
    void projectLogWarningsAreShownOnceInTheConsolesFormatUntilClosed() {
        ConsoleProgress json = progress(ConsoleProgress.Style.LINES, true);
        System.Logger logger = System.getLogger("io.infrasync.core.mapping.Example");
        try (ConsoleProgress.LogWarnings forwarding = json.showLogWarnings()) {
            logger.log(System.Logger.Level.WARNING, "sync-a: kind {0} is not synced", "InfraIPAddress");
            logger.log(System.Logger.Level.WARNING, "sync-a: kind {0} is not synced", "InfraIPAddress");
            logger.log(System.Logger.Level.INFO, "not a warning");
        }
        assertThat(java.util.logging.Logger.getLogger("io.infrasync").getHandlers()).as("removed when closed").isEmpty();

        assertThat(written.toString().lines()).singleElement().asString().isEqualTo("{\"ts\":\"2026-01-01T00:00:00Z\","
                + "\"level\":\"warning\",\"message\":\"sync-a: kind InfraIPAddress is not synced\"}");
    }

    /** A clock that only moves when told. */
    private static final class StepClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
