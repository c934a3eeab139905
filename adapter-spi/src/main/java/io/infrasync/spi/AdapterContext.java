package io.infrasync.spi;

import io.infrasync.spi.annotation.Stable;
import io.infrasync.spi.model.HttpSettings;
import io.infrasync.spi.model.SpiVersion;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * What the host hands an adapter when it opens it: logging, time, cancellation, HTTP settings, the
 * environment and the directory against which relative paths in settings are resolved. Adapters
 * use these instead of globals ({@code System.getenv}, {@code Clock.systemUTC()}, static loggers),
 * so that hosts and tests control them.
 *
 * <p>The host builds contexts with {@link #builder()}; tests do the same. All methods are
 * thread-safe and cheap.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public interface AdapterContext {

    /**
     * Where the adapter logs; the host routes it to its own log (verbosity, format, file). Adapters
     * must never log credentials.
     *
     * @return never {@code null}
     */
    System.Logger logger();

    /**
     * The host's clock: use it for timestamps, durations and for deciding cursor values, never
     * {@code Clock.systemUTC()} directly.
     *
     * @return never {@code null}
     */
    Clock clock();

    /**
     * Tells whether the host cancelled the run (for example on Ctrl-C); long reads check it between pages.
     *
     * @return {@code true} once cancelled
     */
    boolean isCancelled();

    /**
     * Throws if the host cancelled the run.
     *
     * @throws CancellationException if {@link #isCancelled()}
     */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("the run was cancelled");
        }
    }

    /**
     * The HTTP settings decided by the host.
     *
     * @return never {@code null}
     */
    HttpSettings http();

    /**
     * A proxy selector for {@link HttpSettings#proxy()}: the configured proxy for every request, or
     * direct connections when there is none. Pass it to {@code HttpClient.newBuilder().proxy(..)}.
     *
     * @return the selector; never {@code null}
     */
    default ProxySelector proxySelector() {
        return ProxySelector.of(http().proxy().map(uri -> InetSocketAddress.createUnresolved(uri.getHost(),
                uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80))
                .orElse(null));
    }

    /**
     * An environment variable, as the host sees it (tests provide their own environment).
     *
     * @param name the variable's name, for example {@code NETBOX_TOKEN}; must not be {@code null}
     * @return the value, or empty when unset
     */
    Optional<String> environment(String name);

    /**
     * The directory against which relative paths in settings are resolved: the folder of the
     * {@code config.yml} the adapter was configured in.
     *
     * @return an absolute path; never {@code null}
     */
    Path baseDirectory();

    /**
     * The SPI version the host provides.
     *
     * @return never {@code null}
     */
    default SpiVersion hostSpiVersion() {
        return Spi.current();
    }

    /**
     * Starts a context with defaults: a logger that discards, the UTC system clock, never
     * cancelled, {@link HttpSettings#defaults()}, an empty environment, the working directory.
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link AdapterContext}. Not thread-safe; each {@code build()} returns an immutable context.
     *
     * @since 1.0
     */
    @Stable(since = "1.0")
    final class Builder {
        private System.Logger logger = new DiscardingLogger("io.infrasync.adapter");
        private Clock clock = Clock.systemUTC();
        private BooleanSupplier cancelled = () -> false;
        private HttpSettings http = HttpSettings.defaults();
        private Map<String, String> environment = Map.of();
        private Path baseDirectory = Path.of("").toAbsolutePath();

        private Builder() {
        }

        /**
         * Sets the logger.
         *
         * @param logger the logger; must not be {@code null}
         * @return this builder
         */
        public Builder logger(System.Logger logger) {
            this.logger = Objects.requireNonNull(logger, "logger is null");
            return this;
        }

        /**
         * Sets the clock.
         *
         * @param clock the clock; must not be {@code null}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock is null");
            return this;
        }

        /**
         * Sets the cancellation signal.
         *
         * @param cancelled answers {@code true} once the run is cancelled; must not be {@code null}; thread-safe
         * @return this builder
         */
        public Builder cancellation(BooleanSupplier cancelled) {
            this.cancelled = Objects.requireNonNull(cancelled, "cancelled is null");
            return this;
        }

        /**
         * Sets the HTTP settings.
         *
         * @param http the settings; must not be {@code null}
         * @return this builder
         */
        public Builder http(HttpSettings http) {
            this.http = Objects.requireNonNull(http, "http is null");
            return this;
        }

        /**
         * Sets the environment.
         *
         * @param environment the variables; must not be {@code null}; copied
         * @return this builder
         */
        public Builder environment(Map<String, String> environment) {
            this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment is null"));
            return this;
        }

        /**
         * Sets the base directory.
         *
         * @param baseDirectory the directory; must not be {@code null}; made absolute
         * @return this builder
         */
        public Builder baseDirectory(Path baseDirectory) {
            this.baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory is null").toAbsolutePath();
            return this;
        }

        /**
         * Builds the context.
         *
         * @return an immutable context
         */
        public AdapterContext build() {
            return new ContextValue(logger, clock, cancelled, http, environment, baseDirectory);
        }
    }
}
