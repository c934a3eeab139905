package io.infrasync.adapter.nautobot;

import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.HttpSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The adapter's settings after environment overrides, defaults and validation.
 *
 * @param apiBase        {@code <url>/api}, without a trailing slash
 * @param token          the API token (never logged, never in a message)
 * @param http           the HTTP settings for this adapter (the host's, tightened by ours)
 * @param pageSize       records per page request, 1..1000
 * @param maxConcurrency page requests in flight per read
 * @param retry          the retry policy
 * @param cursorMargin   how far a safe cursor steps back from the server's clock
 * @param depth          the {@code depth} of nested objects in records, 0..10
 * @param apiVersion     the REST API version asked for in {@code Accept}, or empty for the server's default
 */
record NautobotConfig(URI apiBase, String token, HttpSettings http, int pageSize, int maxConcurrency,
                    RetryPolicy retry, Duration cursorMargin, int depth, Optional<String> apiVersion) {

    /** Nautobot's default MAX_PAGE_SIZE: larger limits are clamped by the server anyway. */
    static final int MAX_PAGE_SIZE = 1000;

    static NautobotConfig from(AdapterSettings settings, AdapterContext context) {
        // As the original: the first non-empty variable wins over the file.
        String url = firstEnv(context, "NAUTOBOT_ADDRESS", "NAUTOBOT_URL").or(() -> nonBlank(settings.string("url")))
                .orElseThrow(() -> configuration("setting 'url' is required (or set NAUTOBOT_ADDRESS / NAUTOBOT_URL)"));
        String token = firstEnv(context, "NAUTOBOT_TOKEN").or(() -> nonBlank(settings.string("token")))
                .orElseThrow(() -> configuration("setting 'token' is required (or set NAUTOBOT_TOKEN)"));
        HttpSettings http = context.http();
        if (!settings.bool("verify_ssl", true)) {
            http = http.withVerifyTls(false);
        }
        Optional<Duration> timeout = seconds(settings, "timeout");
        if (timeout.isPresent()) {
            http = http.withTimeouts(http.connectTimeout().compareTo(timeout.get()) < 0 ? http.connectTimeout()
                    : timeout.get(), timeout.get());
        }
        Optional<String> caBundle = nonBlank(settings.string("ca_bundle"));
        if (caBundle.isPresent()) {
            Path path = context.baseDirectory().resolve(caBundle.get()).normalize();
            if (!Files.isReadable(path)) {
                throw configuration("setting 'ca_bundle': file " + path + " is not readable");
            }
            http = http.withCaBundle(path);
        }
        Optional<String> proxy = nonBlank(settings.string("proxy"));
        if (proxy.isPresent()) {
            http = http.withProxy(uri("proxy", proxy.get()));
        }
        int pageSize = (int) range(settings, "page_size", MAX_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        int concurrency = (int) range(settings, "max_concurrency", 4, 1, 64);
        int maxRetries = (int) range(settings, "max_retries", 5, 0, 100);
        Duration deadline = seconds(settings, "retry_deadline").orElse(Duration.ofSeconds(300));
        Duration baseDelay = Duration.ofMillis(range(settings, "retry_base_delay_ms", 500, 1, 60_000));
        Duration margin = seconds(settings, "cursor_margin").orElse(Duration.ofSeconds(60));
        int depth = (int) range(settings, "depth", 1, 0, 10);
        Optional<String> apiVersion = nonBlank(settings.string("api_version"));
        if (apiVersion.isPresent() && !apiVersion.get().matches("\\d+\\.\\d+")) {
            throw configuration("setting 'api_version': expected <major>.<minor> such as 2.4, got " + apiVersion.get());
        }
        return new NautobotConfig(apiBase(url), token, http, pageSize, concurrency,
                new RetryPolicy(maxRetries, baseDelay, Duration.ofSeconds(30), deadline), margin, depth, apiVersion);
    }

    private static URI apiBase(String url) {
        String trimmed = url.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri = uri("url", trimmed + "/api");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw configuration("setting 'url': expected an http(s) URL such as https://nautobot.example.com, got "
                    + url.trim());
        }
        return uri;
    }

    private static URI uri(String setting, String text) {
        try {
            return new URI(text.trim());
        } catch (URISyntaxException e) {
            throw configuration("setting '" + setting + "': not a valid URL: " + text.trim());
        }
    }

    private static Optional<String> firstEnv(AdapterContext context, String... names) {
        for (String name : List.of(names)) {
            Optional<String> value = nonBlank(context.environment(name));
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nonBlank(Optional<String> value) {
        return value.map(String::trim).filter(text -> !text.isEmpty());
    }

    private static long range(AdapterSettings settings, String key, long defaultValue, long min, long max) {
        long value = settings.integer(key, defaultValue);
        if (value < min || value > max) {
            throw configuration("setting '" + key + "': expected " + min + ".." + max + ", got " + value);
        }
        return value;
    }

    private static Optional<Duration> seconds(AdapterSettings settings, String key) {
        Optional<String> text = nonBlank(settings.string(key));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            double seconds = Double.parseDouble(text.get());
            if (!(seconds > 0) || seconds > 86_400) {
                throw configuration("setting '" + key + "': expected seconds in (0, 86400], got " + text.get());
            }
            return Optional.of(Duration.ofMillis(Math.max(1, Math.round(seconds * 1000))));
        } catch (NumberFormatException e) {
            throw configuration("setting '" + key + "': expected a number of seconds, got " + text.get());
        }
    }

    private static AdapterException configuration(String message) {
        return new AdapterException(ErrorKind.CONFIGURATION, message);
    }

    /** The token is a secret: keep it out of any accidental string form of this record. */
    @Override
    public String toString() {
        return "NautobotConfig[apiBase=" + apiBase + ", pageSize=" + pageSize + ", maxConcurrency=" + maxConcurrency
                + ", depth=" + depth + "]";
    }
}
