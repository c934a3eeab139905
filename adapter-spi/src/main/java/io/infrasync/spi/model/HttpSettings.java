package io.infrasync.spi.model;

import io.infrasync.spi.annotation.Stable;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The HTTP settings the host decides for every adapter (from command-line flags, the environment
 * such as {@code REQUESTS_CA_BUNDLE} and {@code HTTPS_PROXY}, and defaults), so that adapters do
 * not read them from globals. An adapter's own settings (for example {@code verify_ssl: false})
 * may tighten or override them for that adapter.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public sealed interface HttpSettings permits Values.HttpValue {

    /**
     * How long to wait for a connection.
     *
     * @return a positive duration; never {@code null}
     */
    Duration connectTimeout();

    /**
     * How long to wait for one response.
     *
     * @return a positive duration; never {@code null}
     */
    Duration requestTimeout();

    /**
     * Tells whether TLS certificates and host names must be verified.
     *
     * @return {@code false} only when the user disabled verification
     */
    boolean verifyTls();

    /**
     * The proxy to use, such as {@code http://proxy:3128}.
     *
     * @return the proxy URI, or empty for a direct connection
     */
    Optional<URI> proxy();

    /**
     * A PEM file of extra trusted certificate authorities.
     *
     * @return the path, or empty to trust the JDK's defaults only
     */
    Optional<Path> caBundle();

    /**
     * The {@code User-Agent} the adapter should send.
     *
     * @return never {@code null} or blank, for example {@code "infrahub-sync/0.1.0"}
     */
    String userAgent();

    /**
     * Returns a copy with other timeouts.
     *
     * @param connect the connect timeout; positive
     * @param request the request timeout; positive
     * @return new settings
     */
    HttpSettings withTimeouts(Duration connect, Duration request);

    /**
     * Returns a copy with TLS verification on or off.
     *
     * @param verify whether to verify certificates
     * @return new settings
     */
    HttpSettings withVerifyTls(boolean verify);

    /**
     * Returns a copy with a proxy.
     *
     * @param proxy the proxy URI, or {@code null} for a direct connection
     * @return new settings
     */
    HttpSettings withProxy(URI proxy);

    /**
     * Returns a copy with a CA bundle.
     *
     * @param caBundle the PEM file, or {@code null} for the JDK's defaults
     * @return new settings
     */
    HttpSettings withCaBundle(Path caBundle);

    /**
     * Returns a copy with another user agent.
     *
     * @param userAgent the user agent; must not be {@code null} or blank
     * @return new settings
     */
    HttpSettings withUserAgent(String userAgent);

    /**
     * The defaults: 10 s connect timeout, 60 s request timeout (the Infrahub SDK's), TLS verified,
     * no proxy, no CA bundle, user agent {@code infrahub-sync}.
     *
     * @return the default settings
     */
    static HttpSettings defaults() {
        return new Values.HttpValue(Duration.ofSeconds(10), Duration.ofSeconds(60), true, Optional.empty(),
                Optional.empty(), "infrahub-sync");
    }
}
