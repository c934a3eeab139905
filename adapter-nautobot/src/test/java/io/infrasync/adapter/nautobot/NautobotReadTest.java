package io.infrasync.adapter.nautobot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.sandbox.Fault;
import io.infrasync.sandbox.RequestLog;
import io.infrasync.sandbox.SandboxServer;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a small spec-faithful Nautobot: UUIDs, depth, strict filters, fallbacks, faults. */
class NautobotReadTest {

    private final MiniNautobot nautobot = new MiniNautobot().with("/dcim/locations/", 1_234)
            .with("/extras/statuses/", 5).with("/ipam/ip-addresses/", 0);
    private SandboxServer server;
    private final List<Adapter> opened = new ArrayList<>();

    @BeforeEach
    void start() {
        nautobot.withoutLastUpdated.add("/extras/statuses/");
        server = SandboxServer.start("nautobot-test", 0, nautobot);
    }

    @AfterEach
    void stop() {
        opened.forEach(Adapter::close);
        server.close();
    }

    private Adapter open(Map<String, Object> extra) {
        return open(extra, AdapterContext.builder().build());
    }

    private Adapter open(Map<String, Object> extra, AdapterContext context) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("url", server.baseUrl() + "/");
        settings.put("token", MiniNautobot.TOKEN);
        settings.put("retry_base_delay_ms", 10);
        settings.putAll(extra);
        Adapter adapter = new NautobotAdapterFactory().open(AdapterSettings.of(settings), context);
        opened.add(adapter);
        return adapter;
    }

    private static <T> List<T> all(PageStream<T> stream) {
        try (stream) {
            List<T> items = new ArrayList<>();
            stream.forEachRemaining(items::add);
            return items;
        }
    }

    /** The server logs a request just after answering it: wait until the log stops growing. */
    private List<RequestLog.Entry> log() {
        List<RequestLog.Entry> entries = server.requestLog().entries();
        try {
            for (int settled = 0; settled < 3; ) {
                Thread.sleep(20);
                List<RequestLog.Entry> now = server.requestLog().entries();
                settled = now.size() == entries.size() ? settled + 1 : 0;
                entries = now;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return entries;
    }

    @Test
    void readsUuidRecordsConcurrentlyInServerOrderWithDepthOne() {
        nautobot.delayMillis = 20;
        Adapter adapter = open(Map.of("page_size", 100, "max_concurrency", 3));
        List<AdapterRecord> records = all(adapter.read(ReadRequest.of("dcim.locations")));
        assertThat(records).extracting(AdapterRecord::localId)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 1_234).mapToObj(MiniNautobot::uuid).toList());
        assertThat(records.get(0).data()).containsEntry("name", "Zürich").containsEntry("description", null);
        assertThat(records.get(0).data().get("status")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("name", "Active");
        assertThat(log()).hasSize(13).allSatisfy(e -> assertThat(e.query()).contains("depth=1"));
        assertThat(nautobot.maxInFlight.get()).isBetween(2, 3);
    }

    @Test
    void depthIsConfigurableAndValidated() {
        List<AdapterRecord> records = all(open(Map.of("depth", 0)).read(ReadRequest.of("dcim.locations")));
        assertThat(records.get(0).data().get("status")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).doesNotContainKey("name");
        assertThatThrownBy(() -> open(Map.of("depth", 11))).isInstanceOfSatisfying(AdapterException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFIGURATION)).hasMessageContaining("'depth'");
    }

    @Test
    void theApiVersionIsSentInAccept() {
        assertThat(all(open(Map.of("api_version", "2.4")).read(ReadRequest.of("extras.statuses")))).hasSize(5);
        assertThatThrownBy(() -> all(open(Map.of("api_version", "9.9")).read(ReadRequest.of("extras.statuses"))))
                .isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_DATA))
                .hasMessageContaining("406").hasMessageContaining("Invalid version");
    }

    @Test
    void faultsAreRetried() {
        server.faults().route("GET", "/api/dcim/locations/", new Fault.ServerError(502, "{\"detail\": \"bad gateway\"}"), 1);
        server.faults().route("GET", "/api/dcim/locations/", new Fault.TooManyRequests(0), 1);
        server.faults().route("GET", "/api/dcim/locations/", new Fault.ConnectionReset(), 1);
        server.faults().route("GET", "/api/dcim/locations/", new Fault.TruncatedBody(0.3), 1);
        List<AdapterRecord> records = all(open(Map.of("page_size", 500)).read(ReadRequest.of("dcim.locations")));
        assertThat(records).hasSize(1_234);
        assertThat(log()).hasSize(3 + 4);
    }

    @Test
    void aRefusedTokenFailsAtOnceAndNamesTheVariable() {
        assertThatThrownBy(() -> all(open(Map.of("token", "nope")).read(ReadRequest.of("dcim.locations"))))
                .isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.AUTH))
                .hasMessageContaining("check the token").hasMessageContaining("NAUTOBOT_TOKEN");
        assertThat(log()).hasSize(1);
    }

    @Test
    void environmentWinsOverSettings() {
        AdapterContext context = AdapterContext.builder().environment(Map.of("NAUTOBOT_ADDRESS", server.baseUrl(),
                "NAUTOBOT_URL", "http://127.0.0.1:1", "NAUTOBOT_TOKEN", MiniNautobot.TOKEN)).build();
        assertThat(all(open(Map.of("url", "http://127.0.0.1:1"), context).read(ReadRequest.of("extras.statuses"))))
                .hasSize(5);
    }

    @Test
    void changesSinceReturnExactlyTheChangedObjects() {
        Instant t = Instant.parse("2024-05-05T10:00:00Z");
        nautobot.touch("/dcim/locations/", 3, t);
        nautobot.touch("/dcim/locations/", 1_000, t.plusSeconds(1));
        Adapter adapter = open(Map.of());
        assertThat(adapter.cursorTier("dcim.locations")).isEqualTo(CursorTier.TIMESTAMP);
        assertThat(all(adapter.readChangesSince(ReadRequest.of("dcim.locations"), Cursor.timestamp(t))))
                .extracting(AdapterRecord::localId).containsExactly(MiniNautobot.uuid(3), MiniNautobot.uuid(1_000));
    }

    @Test
    void endpointsWithoutTheTimestampFilterAreReadInFull() {
        Adapter adapter = open(Map.of());
        List<AdapterRecord> changes = all(adapter.readChangesSince(ReadRequest.of("extras.statuses"),
                Cursor.timestamp(Instant.parse("2030-01-01T00:00:00Z"))));
        assertThat(changes).hasSize(5);
        assertThat(adapter.cursorTier("extras.statuses")).isEqualTo(CursorTier.NONE);
        assertThatThrownBy(() -> adapter.safeCursor("extras.statuses")).isInstanceOfSatisfying(AdapterException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.UNSUPPORTED));
    }

    @Test
    void theTierIsProbedOnce() {
        Adapter adapter = open(Map.of());
        assertThat(adapter.cursorTier("extras.statuses")).isEqualTo(CursorTier.NONE);
        assertThat(adapter.cursorTier("dcim.locations")).isEqualTo(CursorTier.TIMESTAMP);
        assertThat(adapter.cursorTier("dcim.locations")).isEqualTo(CursorTier.TIMESTAMP);
        assertThat(log()).hasSize(2);
    }

    @Test
    void theSafeCursorComesFromTheServersClock() {
        Instant before = Instant.now();
        Cursor cursor = open(Map.of("cursor_margin", 30)).safeCursor("dcim.locations");
        Instant after = Instant.now();
        // the Date header has one-second precision and is taken while the request runs
        assertThat(cursor.instant()).isBetween(before.minusSeconds(31), after.minusSeconds(30));
    }

    @Test
    void listIdsUsesDepthZeroAndFullPages() {
        List<String> ids = all(open(Map.of("page_size", 10)).listIds("dcim.locations"));
        assertThat(ids).hasSize(1_234).doesNotHaveDuplicates();
        assertThat(log()).hasSize(2).allSatisfy(e -> assertThat(e.query()).contains("depth=0").contains("limit=1000"));
        assertThat(all(open(Map.of()).listIds("ipam.ip_addresses"))).isEmpty();
    }

    @Test
    void aPersistentOutageEndsInAClearError() {
        server.faults().route("GET", "/api/dcim/locations/", new Fault.ServerError(503, "{\"detail\": \"down\"}"), 100);
        assertThatThrownBy(() -> all(open(Map.of("max_retries", 2)).read(ReadRequest.of("dcim.locations"))))
                .isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.TRANSIENT))
                .hasMessageContaining("/api/dcim/locations/").hasMessageContaining("503")
                .hasMessageContaining("gave up after 3 attempts").hasMessageNotContaining(MiniNautobot.TOKEN);
    }
}
