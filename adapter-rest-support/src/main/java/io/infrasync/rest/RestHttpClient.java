package io.infrasync.rest;

import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.HttpSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * GETs against a REST API with authentication, retries and error classification. Thread-safe: one
 * client serves every concurrent page request of an adapter.
 *
 * <p>Retried, with {@link RetryPolicy#backoff} waits, until {@code max_retries} or the deadline: connection
 * errors, timeouts, truncated bodies, 5xx, and 429 (after its {@code Retry-After} when given). At once:
 * 401/403 ({@code AUTH}, saying to check the token), 404 ({@code NOT_FOUND}), 3xx ({@code CONFIGURATION}:
 * redirects are never followed, so the token never travels elsewhere) and other 4xx ({@link Rejected}).
 * Messages name the method, URL (which never holds the token), status, a one-line body excerpt with the
 * token masked, and the number of attempts.
 */
public final class RestHttpClient implements AutoCloseable {

    private static final int EXCERPT = 200;

    private final RestSettings config;
    private final RestProduct product;
    private final AdapterContext context;
    private final ExecutorService executor;
    private final HttpClient http;
    private final String authorization;
    private final String accept;

    /**
     * Opens a client (its own daemon threads and keep-alive connections; {@link #close()} releases them).
     *
     * @param config        the settings (TLS, proxy, timeouts, retries, token)
     * @param product       the system's names, for messages and thread names
     * @param authorization the whole {@code Authorization} header value ({@code Token <t>})
     * @param accept        the {@code Accept} header value ({@code application/json}, maybe with a version)
     * @param context       cancellation and logging
     * @throws AdapterException of kind {@code CONFIGURATION} when TLS cannot be set up (unreadable CA bundle)
     */
    public RestHttpClient(RestSettings config, RestProduct product, String authorization, String accept,
                          AdapterContext context) {
        this.config = config;
        this.product = product;
        this.context = context;
        this.executor = DaemonThreads.cachedPool(product.id() + "-http");
        HttpSettings settings = config.http();
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .proxy(proxySelector(settings))
                .sslContext(sslContext(settings))
                .executor(executor)
                // Never follow redirects: the Authorization header would travel to wherever they point.
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.authorization = authorization;
        this.accept = accept;
    }

    /**
     * A successful answer.
     *
     * @param body       the body's bytes
     * @param serverDate the server's {@code Date} header, if it sent a valid one
     */
    public record Response(byte[] body, Optional<Instant> serverDate) {
    }

    /**
     * GETs a URL, retrying connection errors, timeouts, truncated bodies, 5xx and 429 until the
     * policy gives up, and returns the 2xx answer.
     *
     * @param uri the URL (carries no secret: the token travels in a header)
     * @param resource the resource named in error messages
     * @throws AdapterException classified as the guide's error table says
     */
    public Response get(URI uri, String resource) {
        RetryPolicy policy = config.retry();
        long start = System.nanoTime();
        long deadline = start + policy.deadline().toNanos();
        for (int attempt = 0; ; attempt++) {
            context.throwIfCancelled();
            Failure failure;
            try {
                HttpResponse<byte[]> response = http.send(request(uri), HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return new Response(response.body(), date(response));
                }
                failure = failure(uri, resource, response);
            } catch (HttpTimeoutException e) {
                failure = new Failure(new AdapterException(ErrorKind.TRANSIENT, "GET " + uri + " (resource '" + resource
                        + "') timed out after " + config.http().requestTimeout().toMillis() + " ms", e), null);
            } catch (IOException e) {
                failure = new Failure(new AdapterException(ErrorKind.TRANSIENT, "GET " + uri + " (resource '" + resource
                        + "') failed: " + describe(e) + " (" + e.getClass().getSimpleName() + ")", e), null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while reading " + resource);
            }
            AdapterException error = failure.error();
            if (!error.isRetryable() || attempt >= policy.maxRetries()) {
                throw attempt == 0 ? error : after(error, attempt + 1);
            }
            Duration wait = failure.retryAfter() != null ? failure.retryAfter() : policy.backoff(attempt + 1);
            long remaining = deadline - System.nanoTime();
            if (wait.toNanos() > remaining) {
                throw after(error, attempt + 1);
            }
            context.logger().log(System.Logger.Level.DEBUG, "{0}; retrying in {1} ms", error.getMessage(),
                    wait.toMillis());
            sleep(wait);
        }
    }

    /** Same message, prefixed with the number of attempts, keeping kind and Retry-After. */
    private static AdapterException after(AdapterException error, int attempts) {
        String message = error.getMessage() + " (gave up after " + attempts + " attempts)";
        if (error.kind() == ErrorKind.RATE_LIMITED) {
            return AdapterException.rateLimited(message, error.retryAfter().orElse(Duration.ZERO));
        }
        return new AdapterException(error.kind(), message, error.getCause());
    }

    /** A failed attempt and the delay the server asked for (429 Retry-After), or null. */
    private record Failure(AdapterException error, Duration retryAfter) {
    }

    private Failure failure(URI uri, String resource, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String where = "GET " + uri + " (resource '" + resource + "') answered " + status;
        String excerpt = excerpt(response.body());
        String withBody = excerpt.isEmpty() ? where : where + ": " + excerpt;
        if (status == 401 || status == 403) {
            return new Failure(new AdapterException(ErrorKind.AUTH, withBody
                    + "; check the token (setting 'token' or " + product.envPrefix() + "_TOKEN) and its permissions"),
                    null);
        }
        if (status == 404) {
            return new Failure(new AdapterException(ErrorKind.NOT_FOUND, withBody + "; is '" + resource
                    + "' a " + product.displayName() + " endpoint (app.model or plugins.app.model)?"), null);
        }
        if (status >= 300 && status < 400) {
            return new Failure(new AdapterException(ErrorKind.CONFIGURATION, where + " redirecting to "
                    + response.headers().firstValue("Location").orElse("?")
                    + "; set 'url' to the address the API is served at"), null);
        }
        if (status == 429) {
            Duration retryAfter = retryAfter(response).orElse(null);
            return new Failure(AdapterException.rateLimited(withBody, retryAfter == null ? Duration.ZERO : retryAfter),
                    retryAfter);
        }
        if (status >= 500) {
            return new Failure(new AdapterException(ErrorKind.TRANSIENT, withBody), null);
        }
        return new Failure(new Rejected(status, withBody), null);
    }

    /**
     * A request the server refused as invalid (4xx other than 401, 403, 404 and 429): kind
     * {@code INVALID_DATA}, with the status, so that an adapter can react to one (Nautobot's 400 for an
     * unknown filter).
     */
    public static final class Rejected extends AdapterException {
        private static final long serialVersionUID = 1L;
        private final int status;

        Rejected(int status, String message) {
            super(ErrorKind.INVALID_DATA, message);
            this.status = status;
        }

        /**
         * The HTTP status.
         *
         * @return a 4xx status
         */
        public int status() {
            return status;
        }
    }

    /** {@code Retry-After} as seconds or as an HTTP date, relative to the server's own {@code Date}. */
    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> value = response.headers().firstValue("Retry-After").map(String::trim);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.get()))));
        } catch (NumberFormatException notSeconds) {
            Optional<Instant> at = parseHttpDate(value.get());
            Optional<Instant> now = date(response);
            if (at.isPresent() && now.isPresent()) {
                Duration delay = Duration.between(now.get(), at.get());
                return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
            }
            return Optional.empty();
        }
    }

    private static Optional<Instant> date(HttpResponse<?> response) {
        return response.headers().firstValue("Date").flatMap(RestHttpClient::parseHttpDate);
    }

    /**
     * Parses an HTTP date ({@code Tue, 15 Nov 1994 08:12:31 GMT}).
     *
     * @param text the header value
     * @return the instant, or empty when it is not an RFC 1123 date
     */
    public static Optional<Instant> parseHttpDate(String text) {
        try {
            return Optional.of(ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private String excerpt(byte[] body) {
        String text = oneLine(new String(body, 0, Math.min(body.length, EXCERPT * 4), StandardCharsets.UTF_8));
        // A misconfigured proxy may echo request headers: never let the token through.
        text = text.replace(config.token(), "***");
        return text.length() > EXCERPT ? text.substring(0, EXCERPT) + "..." : text;
    }

    /** The JDK leaves the message of a refused connection empty; say what happened instead of "null". */
    private static String describe(IOException e) {
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            return oneLine(e.getMessage());
        }
        Throwable cause = e.getCause();
        if (e instanceof java.net.ConnectException || cause instanceof java.net.ConnectException) {
            return "connection refused (is the server running and the url right?)";
        }
        return cause != null && cause.getMessage() != null ? oneLine(cause.getMessage()) : "no detail from the JDK";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(config.http().requestTimeout())
                .header("Accept", accept)
                .header("Authorization", authorization)
                .header("User-Agent", config.http().userAgent())
                .GET()
                .build();
    }

    private void sleep(Duration wait) {
        long end = System.nanoTime() + wait.toNanos();
        try {
            for (long left = wait.toNanos(); left > 0; left = end - System.nanoTime()) {
                context.throwIfCancelled();
                Thread.sleep(Math.max(1, Math.min(100, left / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting to retry");
        }
    }

    private java.net.ProxySelector proxySelector(HttpSettings settings) {
        return settings.proxy().isPresent() ? java.net.ProxySelector.of(java.net.InetSocketAddress.createUnresolved(
                settings.proxy().get().getHost(), settings.proxy().get().getPort() != -1 ? settings.proxy().get().getPort()
                        : "https".equalsIgnoreCase(settings.proxy().get().getScheme()) ? 443 : 80))
                : HttpClient.Builder.NO_PROXY;
    }

    private static SSLContext sslContext(HttpSettings settings) {
        try {
            SSLContext ssl = SSLContext.getInstance("TLS");
            if (!settings.verifyTls()) {
                ssl.init(null, new TrustManager[] {new TrustEverything()}, new SecureRandom());
            } else if (settings.caBundle().isPresent()) {
                ssl.init(null, withBundle(settings).getTrustManagers(), new SecureRandom());
            } else {
                return SSLContext.getDefault();
            }
            return ssl;
        } catch (GeneralSecurityException | IOException e) {
            throw new AdapterException(ErrorKind.CONFIGURATION, "cannot set up TLS"
                    + settings.caBundle().map(path -> " with ca_bundle " + path).orElse("") + ": " + e.getMessage(), e);
        }
    }

    /** Trusts the JDK's authorities plus every certificate of the PEM bundle. */
    private static TrustManagerFactory withBundle(HttpSettings settings) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        TrustManagerFactory defaults = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        defaults.init((KeyStore) null);
        int n = 0;
        for (TrustManager manager : defaults.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                for (X509Certificate issuer : x509.getAcceptedIssuers()) {
                    store.setCertificateEntry("default-" + n++, issuer);
                }
            }
        }
        try (InputStream in = Files.newInputStream(settings.caBundle().get())) {
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("bundle-" + n++, certificate);
            }
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory;
    }

    /** verify_ssl: false. Being an extended manager, it also skips HttpClient's host-name check. */
    private static final class TrustEverything extends X509ExtendedTrustManager {
        @Override public void checkClientTrusted(X509Certificate[] chain, String type, Socket socket) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String type, Socket socket) { }
        @Override public void checkClientTrusted(X509Certificate[] chain, String type, SSLEngine engine) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String type, SSLEngine engine) { }
        @Override public void checkClientTrusted(X509Certificate[] chain, String type) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String type) { }
        @Override public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    /** Stops the client's threads; requests in flight fail. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
