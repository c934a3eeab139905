package io.infrasync.adapter.netbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.sandbox.Fault;
import io.infrasync.sandbox.RequestLog;
import io.infrasync.sandbox.netbox.NetboxOptions;
import io.infrasync.sandbox.netbox.NetboxSandbox;
import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.Cursor;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.ReadRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter against the sandbox's NetBox emulator with a generated inventory. */
class NetboxSandboxTest {

    /** The emulator stamps last_updated with this clock: in the past while seeding, then "now". */
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
    private static NetboxSandbox netbox;
    private static int interfaces;

    @BeforeAll
    static void start() {
        netbox = NetboxSandbox.start(NetboxOptions.defaults().withData(NetboxOptions.Data.generated(7, 4_000))
                .withClock(CLOCK));
        interfaces = netbox.store().count("dcim/interfaces");
    }

    @AfterAll
    static void stop() {
        netbox.close();
    }

    @BeforeEach
    void reset() {
        log(); // the previous test's last request is logged just after its answer
        netbox.server().faults().clear();
        netbox.server().requestLog().clear();
    }

    private static Adapter open(Map<String, Object> extra) {
        Map<String, Object> settings = new HashMap<>(Map.of("url", netbox.baseUrl(), "token", netbox.token(),
                "retry_base_delay_ms", 10));
        settings.putAll(extra);
        return new NetboxAdapterFactory().open(AdapterSettings.of(settings), AdapterContext.builder().build());
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
        List<RequestLog.Entry> entries = netbox.server().requestLog().entries();
        try {
            for (int settled = 0; settled < 3; ) {
                Thread.sleep(20);
                List<RequestLog.Entry> now = netbox.server().requestLog().entries();
                settled = now.size() == entries.size() ? settled + 1 : 0;
                entries = now;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return entries;
    }

    @Test
    void readsEveryInterfaceInIdOrderWithOneRequestPerPage() {
        try (Adapter adapter = open(Map.of("page_size", 250))) {
            List<AdapterRecord> records = all(adapter.read(ReadRequest.of("dcim.interfaces")));
            assertThat(records).hasSize(interfaces);
            List<Long> ids = records.stream().map(r -> Long.parseLong(r.localId())).toList();
            assertThat(ids).isSorted().isEqualTo(netbox.store().ids("dcim/interfaces"));
            assertThat(records.get(0).data()).containsKeys("device", "name", "type", "last_updated");
            assertThat(log("/api/dcim/interfaces/")).hasSize((interfaces + 249) / 250);
        }
    }

    @Test
    void aFieldHintAsksForThoseFieldsAndIdOnly() {
        try (Adapter adapter = open(Map.of("page_size", 500))) {
            List<AdapterRecord> full = all(adapter.read(ReadRequest.of("dcim.interfaces")));
            netbox.server().requestLog().clear();
            ReadRequest hinted = ReadRequest.of("dcim.interfaces").withFields(Set.of("name", "device", "tags", "mode",
                    "no_such_field"));

            List<AdapterRecord> records = all(adapter.read(hinted));

            assertThat(log("/api/dcim/interfaces/")).hasSize((interfaces + 499) / 500).allSatisfy(e ->
                    assertThat(URLDecoder.decode(e.query(), StandardCharsets.UTF_8))
                            .contains("fields=device,id,mode,name,no_such_field,tags"));
            assertThat(records).hasSameSizeAs(full);
            for (int i = 0; i < records.size(); i++) {
                AdapterRecord record = records.get(i);
                Map<String, Object> expected = new LinkedHashMap<>();
                for (String key : List.of("id", "name", "device", "mode", "tags")) {
                    expected.put(key, full.get(i).data().get(key));
                }
                assertThat(record.localId()).isEqualTo(full.get(i).localId());
                // Exactly the asked keys (id added, the unknown one ignored), nested objects as in a full read.
                assertThat(record.data()).containsOnlyKeys(expected.keySet()).isEqualTo(expected);
            }
        }
    }

    @Test
    void faultsEndInSuccess() {
        netbox.server().faults().route("GET", "/api/dcim/devices/", new Fault.ServerError(500,
                "{\"error\": \"x\", \"exception\": \"ValueError\", \"netbox_version\": \"4.6.8\"}"), 1);
        netbox.server().faults().route("GET", "/api/dcim/devices/", new Fault.TooManyRequests(1), 1);
        netbox.server().faults().route("GET", "/api/dcim/devices/", new Fault.ConnectionReset(), 1);
        netbox.server().faults().route("GET", "/api/dcim/devices/", new Fault.TruncatedBody(0.6), 1);
        netbox.server().faults().route("GET", "/api/dcim/devices/", new Fault.Latency(Duration.ofSeconds(3)), 1);
        try (Adapter adapter = open(Map.of("timeout", 2))) {
            List<AdapterRecord> records = all(adapter.read(ReadRequest.of("dcim.devices")));
            assertThat(records).hasSize(netbox.store().count("dcim/devices"));
            assertThat(records.stream().map(AdapterRecord::localId).distinct().count()).isEqualTo(netbox.store().count("dcim/devices"));
        }
    }

    @Test
    void aWrongTokenIsAnAuthErrorAtOnce() {
        try (Adapter adapter = open(Map.of("token", "ffffffffffffffffffffffffffffffffffffffff"))) {
            assertThatThrownBy(() -> all(adapter.read(ReadRequest.of("dcim.sites"))))
                    .isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.AUTH))
                    .hasMessageContaining("403").hasMessageContaining("check the token");
            assertThat(log().stream().filter(e -> e.status() == 403).count()).isEqualTo(1);
        }
    }

    @Test
    void v2TokensWork() {
        try (Adapter adapter = open(Map.of("token", netbox.v2Token()))) {
            assertThat(all(adapter.read(ReadRequest.of("dcim.sites")))).isNotEmpty();
        }
    }

    @Test
    void listIdsEqualsTheStoresIds() {
        try (Adapter adapter = open(Map.of())) {
            List<String> ids = all(adapter.listIds("dcim.interfaces"));
            assertThat(ids).isEqualTo(netbox.store().ids("dcim/interfaces").stream().map(String::valueOf).toList());
            assertThat(log("/api/dcim/interfaces/")).hasSize((interfaces + 999) / 1000)
                    .allSatisfy(e -> assertThat(e.query()).contains("fields=id"));
        }
    }

    @Test
    void changesSinceASafeCursorAreExactlyTheUpdatedObjects() {
        try (Adapter adapter = open(Map.of("cursor_margin", 5))) {
            Cursor cursor = adapter.safeCursor("dcim.interfaces");
            List<Long> ids = netbox.store().ids("dcim/interfaces");
            Set<String> changed = Set.of(ids.get(3), ids.get(ids.size() / 2), ids.get(ids.size() - 1)).stream()
                    .map(String::valueOf).collect(Collectors.toSet());
            CLOCK.fixed = null; // now stamped with the real time, which the server's Date header also shows
            try {
                changed.forEach(id -> netbox.store().update("dcim/interfaces", Long.parseLong(id),
                        Map.of("description", "changed ☃")));
            } finally {
                CLOCK.fixed = Instant.parse("2024-01-01T00:00:00Z");
            }
            List<AdapterRecord> changes = all(adapter.readChangesSince(ReadRequest.of("dcim.interfaces"), cursor));
            assertThat(changes).extracting(AdapterRecord::localId).containsExactlyInAnyOrderElementsOf(changed);
            assertThat(changes).allSatisfy(r -> assertThat(r.data()).containsEntry("description", "changed ☃"));
            List<AdapterRecord> hinted = all(adapter.readChangesSince(ReadRequest.of("dcim.interfaces")
                    .withFields(Set.of("description")), cursor));
            assertThat(hinted).extracting(AdapterRecord::localId).containsExactlyInAnyOrderElementsOf(changed);
            assertThat(hinted).allSatisfy(r -> assertThat(r.data()).containsOnlyKeys("id", "description"));
        }
    }
}
