package io.infrasync.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.model.Cursor;
import io.infrasync.spi.model.ErrorKind;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shared pieces on their own; the adapters' tests cover them against servers. */
class RestSupportTest {

    private static final RestProduct PRODUCT = new RestProduct("Acme IPAM", "ACME");

    private static AdapterException configurationError(Map<String, Object> settings, Map<String, String> env) {
        try {
            RestSettings.from(AdapterSettings.of(settings), AdapterContext.builder().environment(env).build(), PRODUCT);
        } catch (AdapterException e) {
            assertThat(e.kind()).isEqualTo(ErrorKind.CONFIGURATION);
            return e;
        }
        throw new AssertionError("no configuration error for " + settings);
    }

    @Test
    void settingsTakeTheEnvironmentFirstAndKeepTheTokenOutOfToString() {
        RestSettings settings = RestSettings.from(AdapterSettings.of(Map.of("url", "http://file/", "token", "secret-1",
                        "page_size", 250)),
                AdapterContext.builder().environment(Map.of("ACME_URL", "https://env.example/x//")).build(), PRODUCT);

        assertThat(settings.apiBase()).isEqualTo(URI.create("https://env.example/x/api"));
        assertThat(settings.token()).isEqualTo("secret-1");
        assertThat(settings.pageSize()).isEqualTo(250);
        assertThat(settings.maxConcurrency()).isEqualTo(4);
        assertThat(settings.retry()).isEqualTo(new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30),
                Duration.ofSeconds(300)));
        assertThat(settings.cursorMargin()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.toString()).doesNotContain("secret-1");
    }

    @Test
    void settingsErrorsNameTheSettingAndTheProductsVariables() {
        assertThat(configurationError(Map.of("token", "t"), Map.of()))
                .hasMessage("setting 'url' is required (or set ACME_ADDRESS / ACME_URL)");
        assertThat(configurationError(Map.of("url", "http://x"), Map.of()))
                .hasMessage("setting 'token' is required (or set ACME_TOKEN)");
        assertThat(configurationError(Map.of("url", "ftp://x", "token", "t"), Map.of()))
                .hasMessageContaining("https://acme.example.com");
        assertThat(configurationError(Map.of("url", "http://x", "token", "t", "page_size", 1001), Map.of()))
                .hasMessage("setting 'page_size': expected 1..1000, got 1001");
        assertThat(configurationError(Map.of("url", "http://x", "token", "t", "timeout", "soon"), Map.of()))
                .hasMessage("setting 'timeout': expected a number of seconds, got soon");
        assertThat(RestSettings.text(AdapterSettings.of(Map.of("x", "  ")), "x")).isEmpty();
    }

    @Test
    void endpointsFollowTheMappingPath() {
        RestEndpoint endpoint = RestEndpoint.of("ipam.ip_addresses", PRODUCT);
        assertThat(endpoint.path()).isEqualTo("/ipam/ip-addresses/");
        assertThat(RestEndpoint.of("plugins.bgp.bgp_sessions", PRODUCT).path()).isEqualTo("/plugins/bgp/bgp-sessions/");
        Map<String, String> query = new LinkedHashMap<>();
        query.put("fields", "id,name");
        query.put("limit", "10");
        assertThat(endpoint.uri(URI.create("http://h/api"), query))
                .isEqualTo(URI.create("http://h/api/ipam/ip-addresses/?fields=id%2Cname&limit=10"));
        assertThatThrownBy(() -> RestEndpoint.of("sites", PRODUCT)).isInstanceOfSatisfying(AdapterException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND)).hasMessageContaining("not a Acme IPAM endpoint");
    }

    @Test
    void backoffDoublesWithinHalfToFullCap() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMinutes(1));
        for (int i = 0; i < 200; i++) {
            assertThat(policy.backoff(1).toMillis()).isBetween(50L, 100L);
            assertThat(policy.backoff(3).toMillis()).isBetween(200L, 400L);
            assertThat(policy.backoff(30).toMillis()).isBetween(500L, 1000L);
        }
    }

    @Test
    void cursorsComeFromTheServersDateMinusTheMargin() {
        AdapterContext context = AdapterContext.builder().build();
        Instant date = Instant.parse("2026-01-02T03:04:05Z");
        assertThat(TimestampCursors.fromServerDate(new RestHttpClient.Response(new byte[0], Optional.of(date)),
                Duration.ofSeconds(60), PRODUCT, "dcim.sites", context))
                .isEqualTo(Cursor.timestamp(Instant.parse("2026-01-02T03:03:05Z")));
        assertThat(TimestampCursors.fromServerDate(new RestHttpClient.Response(new byte[0], Optional.empty()),
                Duration.ofSeconds(60), PRODUCT, "dcim.sites", context)).isEqualTo(Cursor.timestamp(Instant.EPOCH));
        assertThat(RestHttpClient.parseHttpDate("Fri, 02 Jan 2026 03:04:05 GMT")).hasValue(date);
        assertThat(RestHttpClient.parseHttpDate("yesterday")).isEmpty();
        assertThatThrownBy(() -> TimestampCursors.instant(Cursor.of(io.infrasync.spi.model.CursorTier.PAGE_TOKEN, "x"),
                "acme")).hasMessage("cursor of tier PAGE_TOKEN was not produced by the acme adapter (expected TIMESTAMP)");
        assertThat(TimestampCursors.instant(Cursor.timestamp(date), "acme")).isEqualTo(date);
    }
}
