package io.infrasync.adapter.nautobot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.sandbox.Fault;
import io.infrasync.sandbox.RequestLog;
import io.infrasync.sandbox.nautobot.NautobotOptions;
import io.infrasync.sandbox.nautobot.NautobotSandbox;
import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.Cursor;
import io.infrasync.spi.model.CursorTier;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.ReadRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter against the sandbox's Nautobot emulator with a generated inventory. */
class NautobotSandboxTest {

    /** The emulator stamps last_updated with this clock: in the past while seeding, then real time. */
    private static final class SwitchableClock extends Clock {
        volatile Instant fixed = Instant.parse("2024-01-01T00:00:00Z");

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
            Instant at = fixed;
            return at != null ? at : Clock.systemUTC().instant();
        }
    }

    private static final SwitchableClock CLOCK = new SwitchableClock();
    private static NautobotSandbox nautobot;
    private static int interfaces;

    @BeforeAll
    static void start() {
        nautobot = NautobotSandbox.start(NautobotOptions.defaults().withData(NautobotOptions.Data.generated(9, 3_000))
                .withClock(CLOCK));
        interfaces = nautobot.store().count("dcim/interfaces");
    }

    @AfterAll
    static void stop() {
        nautobot.close();
    }

    @BeforeEach
    void reset() {
        log(); // the previous test's last request is logged just after its answer
        nautobot.server().faults().clear();
        nautobot.server().requestLog().clear();
    }

    private static Adapter open(Map<String, Object> extra) {
        Map<String, Object> settings = new HashMap<>(Map.of("url", nautobot.baseUrl(), "token", nautobot.token(),
                "retry_base_delay_ms", 10));
        settings.putAll(extra);
        return new NautobotAdapterFactory().open(AdapterSettings.of(settings), AdapterContext.builder().build());
    }

    private static <T> List<T> all(PageStream<T> stream) {
        try (stream) {
            List<T> items = new ArrayList<>();
            stream.forEachRemaining(items::add);
            return items;
        }
    }

    /** The requests to one path, once the log stopped growing (a timed-out request is logged late). */
    private static List<RequestLog.Entry> log(String path) {
        return log().stream().filter(e -> e.path().equals(path)).toList();
    }

    private static List<RequestLog.Entry> log() {
        List<RequestLog.Entry> entries = nautobot.server().requestLog().entries();
        try {
            for (int settled = 0; settled < 3; ) {
                Thread.sleep(20);
                List<RequestLog.Entry> now = nautobot.server().requestLog().entries();
                settled = now.size() == entries.size() ? settled + 1 : 0;
                entries = now;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return entries;
    }

    @Test
    void readsEveryInterfaceAtDepthOneWithOneRequestPerPage() {
        try (Adapter adapter = open(Map.of("page_size", 300))) {
            List<AdapterRecord> records = all(adapter.read(ReadRequest.of("dcim.interfaces")));
            assertThat(records).hasSize(interfaces);
            assertThat(records.stream().map(AdapterRecord::localId).collect(Collectors.toSet()))
                    .isEqualTo(nautobot.store().ids("dcim/interfaces").stream().map(UUID::toString)
                            .collect(Collectors.toSet()));
            // depth=1 nests the device with its name
            assertThat(records.get(0).data().get("device")).asInstanceOf(
                    org.assertj.core.api.InstanceOfAssertFactories.MAP).containsKey("name");
            assertThat(log("/api/dcim/interfaces/")).hasSize((interfaces + 299) / 300)
                    .allSatisfy(e -> assertThat(e.query()).contains("depth=1"));
        }
    }

    @Test
    void faultsEndInSuccess() {
        nautobot.server().faults().route("GET", "/api/dcim/devices/", new Fault.ServerError(503, "{\"detail\": \"x\"}"), 1);
        nautobot.server().faults().route("GET", "/api/dcim/devices/", new Fault.TooManyRequests(1), 1);
        nautobot.server().faults().route("GET", "/api/dcim/devices/", new Fault.ConnectionReset(), 1);
        nautobot.server().faults().route("GET", "/api/dcim/devices/", new Fault.TruncatedBody(0.5), 1);
        nautobot.server().faults().route("GET", "/api/dcim/devices/", new Fault.Latency(Duration.ofSeconds(3)), 1);
        try (Adapter adapter = open(Map.of("timeout", 2, "page_size", 50))) {
            assertThat(all(adapter.read(ReadRequest.of("dcim.devices"))))
                    .hasSize(nautobot.store().count("dcim/devices"));
        }
    }

    @Test
    void aWrongTokenIsAnAuthErrorAtOnce() {
        try (Adapter adapter = open(Map.of("token", "nope"))) {
            assertThatThrownBy(() -> all(adapter.read(ReadRequest.of("dcim.locations"))))
                    .isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.AUTH))
                    .hasMessageContaining("check the token");
            assertThat(log().stream().filter(e -> e.status() == 403).count()).isEqualTo(1);
        }
    }

    @Test
    void theApiVersionIsNegotiated() {
        try (Adapter adapter = open(Map.of("api_version", "2.0"))) {
            assertThat(all(adapter.read(ReadRequest.of("extras.statuses")))).isNotEmpty();
        }
        try (Adapter adapter = open(Map.of("api_version", "1.3"))) {
            assertThatThrownBy(() -> all(adapter.read(ReadRequest.of("extras.statuses"))))
                    .isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_DATA))
                    .hasMessageContaining("406");
        }
    }

    @Test
    void listIdsUsesDepthZero() {
        try (Adapter adapter = open(Map.of())) {
            assertThat(all(adapter.listIds("dcim.interfaces"))).hasSize(interfaces).doesNotHaveDuplicates();
            assertThat(log("/api/dcim/interfaces/")).hasSize((interfaces + 999) / 1000).allSatisfy(e -> assertThat(e.query()).contains("depth=0"));
        }
    }

    @Test
    void changesSinceASafeCursorAreExactlyTheUpdatedObjects() {
        try (Adapter adapter = open(Map.of("cursor_margin", 5))) {
            assertThat(adapter.cursorTier("dcim.locations")).isEqualTo(CursorTier.TIMESTAMP);
            Cursor cursor = adapter.safeCursor("dcim.locations");
            List<UUID> ids = nautobot.store().ids("dcim/locations");
            Set<UUID> changed = Set.of(ids.get(1), ids.get(ids.size() - 1));
            CLOCK.fixed = null;
            try {
                changed.forEach(id -> nautobot.store().update("dcim/locations", id, Map.of("description", "renovated")));
            } finally {
                CLOCK.fixed = Instant.parse("2024-01-01T00:00:00Z");
            }
            List<AdapterRecord> changes = all(adapter.readChangesSince(ReadRequest.of("dcim.locations"), cursor));
            assertThat(changes).extracting(AdapterRecord::localId)
                    .containsExactlyInAnyOrderElementsOf(changed.stream().map(UUID::toString).toList());
        }
    }
}
