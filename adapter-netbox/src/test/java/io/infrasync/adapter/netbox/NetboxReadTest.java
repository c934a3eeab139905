package io.infrasync.adapter.netbox;

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
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.ReadRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a small spec-faithful NetBox: pagination, concurrency, faults, auth, increments. */
class NetboxReadTest {

    private final MiniNetbox netbox = new MiniNetbox().with("/dcim/sites/", 0).with("/dcim/interfaces/", 2_345)
            .with("/ipam/ip-addresses/", 7).with("/plugins/bgp/bgp-sessions/", 3);
    private SandboxServer server;
    private final List<Adapter> opened = new ArrayList<>();

    @BeforeEach
    void start() {
        server = SandboxServer.start("netbox-test", 0, netbox);
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
        settings.put("url", server.baseUrl());
        settings.put("token", MiniNetbox.TOKEN);
        settings.put("retry_base_delay_ms", 10);
        settings.putAll(extra);
        Adapter adapter = new NetboxAdapterFactory().open(AdapterSettings.of(settings), context);
        opened.add(adapter);
        return adapter;
    }

    private static <T> List<List<T>> pages(PageStream<T> stream) {
        try (stream) {
            List<List<T>> pages = new ArrayList<>();
            for (var page = stream.nextPage(); page.isPresent(); page = stream.nextPage()) {
                pages.add(page.get());
            }
            return pages;
        }
    }

    private static <T> List<T> all(PageStream<T> stream) {
        return pages(stream).stream().flatMap(List::stream).toList();
    }

    private long listRequests(String path) {
        return log().stream().filter(e -> e.path().equals("/api" + path)).count();
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
    void readsEveryPageConcurrentlyInIdOrderWithOneRequestPerPage() {
        netbox.delayMillis = 30;
        Adapter adapter = open(Map.of("page_size", 100, "max_concurrency", 4));
        List<List<AdapterRecord>> pages = pages(adapter.read(ReadRequest.of("dcim.interfaces")));
        List<AdapterRecord> records = pages.stream().flatMap(List::stream).toList();
        assertThat(pages).hasSize(24);
        assertThat(records).hasSize(2_345);
        assertThat(records).extracting(AdapterRecord::localId)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 2_345).mapToObj(Long::toString).toList());
        assertThat(records.get(0).origin()).isEqualTo("dcim.interfaces");
        assertThat(records.get(0).data()).containsEntry("name", "obj-1").containsEntry("description", null);
        assertThat(listRequests("/dcim/interfaces/")).isEqualTo(24);
        assertThat(netbox.maxInFlight.get()).isBetween(2, 4);
        assertThat(log()).allSatisfy(e -> assertThat(e.query()).contains("ordering=id"));
    }

    @Test
    void pageSizeHintIsClampedAndTheServersClampIsFollowed() {
        Adapter adapter = open(Map.of());
        assertThat(all(adapter.read(ReadRequest.of("dcim.interfaces").withPageSizeHint(5_000)))).hasSize(2_345);
        assertThat(listRequests("/dcim/interfaces/")).isEqualTo(3);
        assertThat(log()).allSatisfy(e -> assertThat(e.query()).contains("limit=1000"));
    }

    @Test
    void resourceSpellingsMapToEndpoints() {
        Adapter adapter = open(Map.of());
        assertThat(all(adapter.read(ReadRequest.of("ipam.ip_addresses")))).hasSize(7);
        assertThat(all(adapter.read(ReadRequest.of("ipam.ip-addresses")))).hasSize(7);
        List<AdapterRecord> sessions = all(adapter.read(ReadRequest.of("plugins.bgp.bgp_sessions")));
        assertThat(sessions).hasSize(3).allSatisfy(r -> assertThat(r.origin()).isEqualTo("plugins.bgp.bgp_sessions"));
        assertThat(all(adapter.read(ReadRequest.of("dcim.sites")))).isEmpty();
    }

    @Test
    void unknownResourcesAreNotFound() {
        Adapter adapter = open(Map.of());
        assertThatThrownBy(() -> all(adapter.read(ReadRequest.of("dcim.nothing"))))
                .isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND))
                .hasMessageContaining("/api/dcim/nothing/").hasMessageContaining("404");
        assertThatThrownBy(() -> all(adapter.read(ReadRequest.of("sites"))))
                .isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND))
                .hasMessageContaining("'sites'");
    }

    @Test
    void serverErrorsAreRetriedUntilSuccess() {
        server.faults().route("GET", "/api/dcim/interfaces/", new Fault.ServerError(503,
                "{\"detail\": \"Service temporarily unavailable, please try again later.\"}"), 2);
        server.faults().route("GET", "/api/dcim/interfaces/", new Fault.ServerError(500,
                "{\"error\": \"boom\", \"exception\": \"ValueError\"}"), 1);
        Adapter adapter = open(Map.of("page_size", 500));
        assertThat(all(adapter.read(ReadRequest.of("dcim.interfaces")))).hasSize(2_345);
        assertThat(listRequests("/dcim/interfaces/")).isEqualTo(5 + 3);
    }

    @Test
    void tooManyRequestsHonoursRetryAfter() {
        server.faults().route("GET", "/api/ipam/ip-addresses/", new Fault.TooManyRequests(1), 1);
        Adapter adapter = open(Map.of());
        long start = System.nanoTime();
        assertThat(all(adapter.read(ReadRequest.of("ipam.ip-addresses")))).hasSize(7);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(log()).extracting(RequestLog.Entry::status).containsExactly(429, 200);
    }

    @Test
    void aRetryAfterBeyondTheDeadlineFailsRateLimited() {
        server.faults().route("GET", "/api/ipam/ip-addresses/", new Fault.TooManyRequests(120), 1);
        Adapter adapter = open(Map.of("retry_deadline", 5));
        assertThatThrownBy(() -> all(adapter.read(ReadRequest.of("ipam.ip-addresses"))))
                .isInstanceOfSatisfying(AdapterException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
                })
                .hasMessageContaining("429").hasMessageContaining("throttled");
    }

    @Test
    void connectionResetsAndTruncatedBodiesAreRetried() {
        server.faults().route("GET", "/api/dcim/interfaces/", new Fault.ConnectionReset(), 2);
        server.faults().route("GET", "/api/dcim/interfaces/", new Fault.TruncatedBody(0.5), 2);
        Adapter adapter = open(Map.of("page_size", 1000));
        List<AdapterRecord> records = all(adapter.read(ReadRequest.of("dcim.interfaces")));
        assertThat(records).hasSize(2_345);
        assertThat(records.stream().map(AdapterRecord::localId).distinct().count()).isEqualTo(2_345);
        assertThat(listRequests("/dcim/interfaces/")).isEqualTo(3 + 4);
    }

    @Test
    void slowAnswersTimeOutAndAreRetried() {
        server.faults().route("GET", "/api/ipam/ip-addresses/", new Fault.Latency(Duration.ofSeconds(2)), 1);
        Adapter adapter = open(Map.of("timeout", 1));
        assertThat(all(adapter.read(ReadRequest.of("ipam.ip-addresses")))).hasSize(7);
    }

    @Test
    void persistentFailuresEndInAClearErrorWithoutTheToken() {
        server.faults().route("GET", "/api/ipam/ip-addresses/", new Fault.ServerError(500,
                "{\"error\": \"database is down, token " + MiniNetbox.TOKEN + "\", \"exception\": \"OperationalError\"}"),
                100);
        Adapter adapter = open(Map.of("max_retries", 3));
        assertThatThrownBy(() -> all(adapter.read(ReadRequest.of("ipam.ip-addresses"))))
                .isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.TRANSIENT))
                .hasMessageContaining("GET " + server.baseUrl() + "/api/ipam/ip-addresses/?")
                .hasMessageContaining("answered 500").hasMessageContaining("database is down")
                .hasMessageContaining("gave up after 4 attempts")
                .hasMessageNotContaining(MiniNetbox.TOKEN);
        assertThat(listRequests("/ipam/ip-addresses/")).isEqualTo(4);
    }

    @Test
    void aRefusedTokenFailsAtOnce() {
        Adapter adapter = open(Map.of("token", "ffffffffffffffffffffffffffffffffffffffff"));
        assertThatThrownBy(() -> all(adapter.read(ReadRequest.of("dcim.interfaces"))))
                .isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.AUTH))
                .hasMessageContaining("403").hasMessageContaining("Invalid token")
                .hasMessageContaining("check the token").hasMessageNotContaining("ffffffff");
        assertThat(log()).hasSize(1);
    }

    @Test
    void v2TokensAreSentAsBearer() {
        String token = "nbt_abc123.s3cr3tvalue";
        netbox.acceptedAuthorization = "Bearer " + token;
        assertThat(all(open(Map.of("token", token)).read(ReadRequest.of("ipam.ip-addresses")))).hasSize(7);
        assertThat(RestClient.authorization("nbt_nodot")).isEqualTo("Token nbt_nodot");
        assertThat(RestClient.authorization(MiniNetbox.TOKEN)).isEqualTo("Token " + MiniNetbox.TOKEN);
    }

    @Test
    void environmentWinsOverSettingsAsInTheOriginal() {
        AdapterContext context = AdapterContext.builder()
                .environment(Map.of("NETBOX_URL", server.baseUrl(), "NETBOX_TOKEN", MiniNetbox.TOKEN)).build();
        Adapter adapter = open(Map.of("url", "http://127.0.0.1:1", "token", "wrong"), context);
        assertThat(all(adapter.read(ReadRequest.of("ipam.ip-addresses")))).hasSize(7);
    }

    @Test
    void missingSettingsAreConfigurationErrors() {
        assertThatThrownBy(() -> new NetboxAdapterFactory().open(AdapterSettings.of(Map.of("url", "http://x")),
                AdapterContext.builder().build()))
                .isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFIGURATION))
                .hasMessageContaining("'token'").hasMessageContaining("NETBOX_TOKEN");
        assertThatThrownBy(() -> open(Map.of("page_size", 5_000)))
                .isInstanceOf(AdapterException.class).hasMessageContaining("page_size");
    }

    @Test
    void listIdsRequestsOnlyIds() {
        Adapter adapter = open(Map.of());
        List<String> ids = all(adapter.listIds("dcim.interfaces"));
        assertThat(ids).hasSize(2_345).doesNotHaveDuplicates().startsWith("1", "2");
        assertThat(log()).hasSize(3)
                .allSatisfy(e -> assertThat(e.query()).contains("fields=id"));
    }

    @Test
    void changesSinceReturnExactlyTheChangedObjects() {
        Instant serverNow = Instant.parse("2024-06-01T12:00:00Z");
        netbox.touch("/dcim/interfaces/", 17, serverNow);
        netbox.touch("/dcim/interfaces/", 2_000, serverNow.plusSeconds(5));
        netbox.touch("/dcim/interfaces/", 9, serverNow.minusSeconds(3_600));
        Adapter adapter = open(Map.of("page_size", 100));
        List<AdapterRecord> changes = all(adapter.readChangesSince(ReadRequest.of("dcim.interfaces"),
                Cursor.timestamp(serverNow.minusSeconds(60))));
        assertThat(changes).extracting(AdapterRecord::localId).containsExactly("17", "2000");
        assertThat(log()).hasSize(1)
                .allSatisfy(e -> assertThat(e.query()).contains("last_updated__gte=2024-06-01T11%3A59%3A00Z"));
    }

    @Test
    void theSafeCursorComesFromTheServersClock() {
        // The host's clock is decades off: the cursor must not depend on it.
        Clock wrong = Clock.fixed(Instant.parse("1999-01-01T00:00:00Z"), ZoneOffset.UTC);
        Adapter adapter = open(Map.of("cursor_margin", 120), AdapterContext.builder().clock(wrong).build());
        Instant before = Instant.now();
        Cursor cursor = adapter.safeCursor("dcim.interfaces");
        Instant after = Instant.now();
        // the Date header has one-second precision and is taken while the request runs
        assertThat(cursor.instant()).isBetween(before.minusSeconds(121), after.minusSeconds(120));
        assertThat(log()).singleElement()
                .satisfies(e -> assertThat(e.query()).contains("limit=1").contains("fields=id"));
    }

    @Test
    void foreignCursorsAreRejected() {
        Adapter adapter = open(Map.of());
        assertThatThrownBy(() -> adapter.readChangesSince(ReadRequest.of("dcim.interfaces"),
                Cursor.of(io.infrasync.spi.model.CursorTier.TIMESTAMP, "yesterday")))
                .isInstanceOfSatisfying(AdapterException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_DATA));
    }

    @Test
    void redirectsAreNotFollowedSoTheTokenStaysHome() {
        try (SandboxServer redirecting = SandboxServer.start("redirect", 0, request -> io.infrasync.sandbox.SandboxResponse
                .empty(301).withHeader("Location", "http://elsewhere.example/api/dcim/sites/"))) {
            Adapter adapter = new NetboxAdapterFactory().open(AdapterSettings.of(Map.of("url", redirecting.baseUrl(),
                    "token", MiniNetbox.TOKEN)), AdapterContext.builder().build());
            opened.add(adapter);
            assertThatThrownBy(() -> all(adapter.read(ReadRequest.of("dcim.sites"))))
                    .isInstanceOfSatisfying(AdapterException.class,
                            e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFIGURATION))
                    .hasMessageContaining("301").hasMessageContaining("http://elsewhere.example/api/dcim/sites/")
                    .hasMessageContaining("set 'url'");
        }
    }

    @Test
    void objectsCreatedDuringAReadAreReadAndShiftedOnesAreNotDuplicated() {
        List<Map<String, Object>> objects = netbox.endpoints.get("/ipam/ip-addresses/");
        objects.clear();
        for (int id = 1; id <= 250; id++) {
            objects.add(MiniNetbox.object(id, "ip-" + id, Instant.parse("2024-01-01T00:00:00Z")));
        }
        netbox.afterFirstPage = () -> {
            // One object sorted before the read position shifts every later page by one (the next page
            // repeats its predecessor's last object); fifty more appended make the read longer than planned.
            objects.add(0, MiniNetbox.object(1_000, "moved", Instant.parse("2024-01-01T00:00:00Z")));
            for (int id = 251; id <= 300; id++) {
                objects.add(MiniNetbox.object(id, "ip-" + id, Instant.parse("2024-01-01T00:00:00Z")));
            }
        };
        List<String> ids = all(open(Map.of("page_size", 100, "max_concurrency", 1)).read(ReadRequest.of("ipam.ip-addresses")))
                .stream().map(AdapterRecord::localId).toList();
        assertThat(ids).doesNotHaveDuplicates()
                .containsAll(java.util.stream.LongStream.rangeClosed(1, 300).mapToObj(Long::toString).toList());
        assertThat(listRequests("/ipam/ip-addresses/")).isEqualTo(4);
    }
}
