package io.infrasync.rest;

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
 * The settings every REST source adapter shares, after environment overrides, defaults and validation.
 *
 * <p>Keys: {@code url} and {@code token} (required; the environment variables {@code <PREFIX>_ADDRESS},
 * then {@code <PREFIX>_URL}, and {@code <PREFIX>_TOKEN} win over the file, as in the original),
 * {@code verify_ssl}, {@code timeout} (seconds), {@code ca_bundle} (relative to the configuration's
 * directory), {@code proxy}, {@code page_size} (1..1000), {@code max_concurrency} (1..64, default 4),
 * {@code max_retries} (0..100, default 5), {@code retry_deadline} (seconds, default 300),
 * {@code retry_base_delay_ms} (1..60000, default 500) and {@code cursor_margin} (seconds, default 60).
 * Errors are {@link ErrorKind#CONFIGURATION} and name the setting.
 *
 * @param apiBase        {@code <url>/api}, without a trailing slash
 * @param token          the API token (never logged, never in a message, not in {@link #toString()})
 * @param http           the HTTP settings for this adapter (the host's, tightened by ours)
 * @param pageSize       records per page request, 1..{@value #MAX_PAGE_SIZE}
 * @param maxConcurrency page requests in flight per read
 * @param retry          the retry policy
 * @param cursorMargin   how far a safe cursor steps back from the server's clock
 */
public record RestSettings(URI apiBase, String token, HttpSettings http, int pageSize, int maxConcurrency,
                           RetryPolicy retry, Duration cursorMargin) {

    /** The default MAX_PAGE_SIZE of NetBox and Nautobot: larger limits are clamped by the server anyway. */
    public static final int MAX_PAGE_SIZE = 1000;

    /**
     * Reads the common settings.
     *
     * @param settings the adapter's {@code settings:}
     * @param context  environment, base directory and the host's HTTP settings
     * @param product  the system's names, for environment variables and messages
     * @return the validated settings
     * @throws AdapterException of kind {@code CONFIGURATION} naming the setting at fault
     */
    public static RestSettings from(AdapterSettings settings, AdapterContext context, RestProduct product) {
        String prefix = product.envPrefix();
        // As the original: the first non-empty variable wins over the file.
        String url = firstEnv(context, prefix + "_ADDRESS", prefix + "_URL").or(() -> text(settings, "url"))
                .orElseThrow(() -> configuration("setting 'url' is required (or set " + prefix + "_ADDRESS / " + prefix
                        + "_URL)"));
        String token = firstEnv(context, prefix + "_TOKEN").or(() -> text(settings, "token"))
                .orElseThrow(() -> configuration("setting 'token' is required (or set " + prefix + "_TOKEN)"));
        HttpSettings http = context.http();
        if (!settings.bool("verify_ssl", true)) {
            http = http.withVerifyTls(false);
        }
        Optional<Duration> timeout = seconds(settings, "timeout");
        if (timeout.isPresent()) {
            http = http.withTimeouts(http.connectTimeout().compareTo(timeout.get()) < 0 ? http.connectTimeout()
                    : timeout.get(), timeout.get());
        }
        Optional<String> caBundle = text(settings, "ca_bundle");
        if (caBundle.isPresent()) {
            Path path = context.baseDirectory().resolve(caBundle.get()).normalize();
            if (!Files.isReadable(path)) {
                throw configuration("setting 'ca_bundle': file " + path + " is not readable");
            }
            http = http.withCaBundle(path);
        }
        Optional<String> proxy = text(settings, "proxy");
        if (proxy.isPresent()) {
            http = http.withProxy(uri("proxy", proxy.get()));
        }
        int pageSize = (int) range(settings, "page_size", MAX_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        int concurrency = (int) range(settings, "max_concurrency", 4, 1, 64);
        int maxRetries = (int) range(settings, "max_retries", 5, 0, 100);
        Duration deadline = seconds(settings, "retry_deadline").orElse(Duration.ofSeconds(300));
        Duration baseDelay = Duration.ofMillis(range(settings, "retry_base_delay_ms", 500, 1, 60_000));
        Duration margin = seconds(settings, "cursor_margin").orElse(Duration.ofSeconds(60));
        return new RestSettings(apiBase(url, product), token, http, pageSize, concurrency,
                new RetryPolicy(maxRetries, baseDelay, Duration.ofSeconds(30), deadline), margin);
    }

    private static URI apiBase(String url, RestProduct product) {
        String trimmed = url.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri = uri("url", trimmed + "/api");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw configuration("setting 'url': expected an http(s) URL such as https://" + product.id()
                    + ".example.com, got " + url.trim());
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

    /**
     * A text setting, trimmed; blank counts as absent.
     *
     * @param settings the adapter's settings
     * @param key      the setting
     * @return the text, or empty
     */
    public static Optional<String> text(AdapterSettings settings, String key) {
        return nonBlank(settings.string(key));
    }

    /**
     * An integer setting within bounds.
     *
     * @param settings     the adapter's settings
     * @param key          the setting
     * @param defaultValue the value when the setting is absent
     * @param min          the smallest allowed value
     * @param max          the largest allowed value
     * @return the value
     * @throws AdapterException of kind {@code CONFIGURATION} when out of range (or not an integer)
     */
    public static long range(AdapterSettings settings, String key, long defaultValue, long min, long max) {
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

    /**
     * A {@code CONFIGURATION} error.
     *
     * @param message the one-line message, naming the setting
     * @return the exception, to throw
     */
    public static AdapterException configuration(String message) {
        return new AdapterException(ErrorKind.CONFIGURATION, message);
    }

    /** The token is a secret: keep it out of any accidental string form of this record. */
    @Override
    public String toString() {
        return "RestSettings[apiBase=" + apiBase + ", pageSize=" + pageSize + ", maxConcurrency=" + maxConcurrency + "]";
    }
}
