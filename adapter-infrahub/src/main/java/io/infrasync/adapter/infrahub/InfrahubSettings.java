package io.infrasync.adapter.infrahub;

import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.model.ErrorKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The adapter's validated settings. Values in {@code config.yml} win; the environment
 * ({@code INFRAHUB_ADDRESS}/{@code INFRAHUB_URL}, {@code INFRAHUB_API_TOKEN}) only fills what is unset,
 * so that two Infrahub instances (source and destination) can be addressed in one run.
 */
record InfrahubSettings(URI url, Optional<String> token, String branch, boolean createBranch, boolean verifySsl,
        Optional<Path> caBundle, Duration timeout, int pageSize, int batchSize, int maxConcurrency,
        Optional<String> source, Optional<String> owner, int maxRetries, Duration retryBackoff,
        Duration retryDeadline, Duration cursorMargin) {

    static final String MAIN = "main";

    static InfrahubSettings from(AdapterSettings settings, AdapterContext context) {
        String address = settings.string("url").filter(s -> !s.isBlank())
                .or(() -> context.environment("INFRAHUB_ADDRESS").filter(s -> !s.isBlank()))
                .or(() -> context.environment("INFRAHUB_URL").filter(s -> !s.isBlank()))
                .orElseThrow(() -> new AdapterException(ErrorKind.CONFIGURATION,
                        "setting 'url' is required (or set INFRAHUB_ADDRESS / INFRAHUB_URL)"));
        URI url = parseUrl(address);
        Optional<String> token = settings.string("token").filter(s -> !s.isBlank())
                .or(() -> context.environment("INFRAHUB_API_TOKEN").filter(s -> !s.isBlank()));
        String branch = settings.branch().or(() -> settings.string("branch").filter(s -> !s.isBlank())).orElse(MAIN);
        boolean verify = settings.bool("verify_ssl", context.http().verifyTls());
        Optional<Path> caBundle = settings.string("ca_bundle").filter(s -> !s.isBlank())
                .map(p -> context.baseDirectory().resolve(p).normalize()).or(() -> context.http().caBundle());
        caBundle.ifPresent(path -> {
            if (!Files.isRegularFile(path)) {
                throw new AdapterException(ErrorKind.CONFIGURATION, "setting 'ca_bundle': file " + path + " does not exist");
            }
        });
        Duration timeout = Duration.ofSeconds(positive(settings, "timeout", 60, 86_400));
        return new InfrahubSettings(url, token, branch, settings.bool("create_branch", false), verify, caBundle, timeout,
                (int) positive(settings, "page_size", 500, 100_000), (int) positive(settings, "batch_size", 50, 10_000),
                (int) positive(settings, "max_concurrency", 4, 64),
                settings.string("source").filter(s -> !s.isBlank()), settings.string("owner").filter(s -> !s.isBlank()),
                (int) nonNegative(settings, "max_retries", 5), Duration.ofMillis(positive(settings, "retry_backoff_ms", 500, 600_000)),
                Duration.ofSeconds(positive(settings, "retry_deadline", 120, 86_400)),
                Duration.ofSeconds(nonNegative(settings, "cursor_margin", 60)));
    }

    private static URI parseUrl(String address) {
        String trimmed = address.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                throw new AdapterException(ErrorKind.CONFIGURATION,
                        "setting 'url' must be an http(s) address such as http://localhost:8000, got '" + trimmed + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new AdapterException(ErrorKind.CONFIGURATION, "setting 'url' is not a valid address: '" + trimmed + "'", e);
        }
    }

    private static long positive(AdapterSettings settings, String key, long defaultValue, long max) {
        long value = settings.integer(key, defaultValue);
        if (value < 1 || value > max) {
            throw new AdapterException(ErrorKind.CONFIGURATION,
                    "setting '" + key + "' must be between 1 and " + max + ", got " + value);
        }
        return value;
    }

    private static long nonNegative(AdapterSettings settings, String key, long defaultValue) {
        long value = settings.integer(key, defaultValue);
        if (value < 0) {
            throw new AdapterException(ErrorKind.CONFIGURATION, "setting '" + key + "' must not be negative, got " + value);
        }
        return value;
    }

    /** Never prints the token: records would, by default. */
    @Override
    public String toString() {
        return "InfrahubSettings[url=" + url + ", branch=" + branch + ", token=" + (token.isPresent() ? "***" : "none") + "]";
    }
}
