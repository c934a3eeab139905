package io.infrasync.spi.model;

import io.infrasync.spi.annotation.Stable;

/**
 * Why an adapter operation failed; decides whether the host retries it and how the CLI reports it.
 *
 * <p>Adapters map their wire errors to a kind (for example HTTP 401/403 to {@link #AUTH}, 404 to
 * {@link #NOT_FOUND}, 409 or a uniqueness violation to {@link #CONFLICT}, 429 to
 * {@link #RATE_LIMITED}, 5xx and I/O timeouts to {@link #TRANSIENT}, 400 validation errors to
 * {@link #INVALID_DATA}).
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public enum ErrorKind {
    /** Credentials are missing, wrong, expired or lack a permission. Not retryable. */
    AUTH(false),
    /** The resource, kind or object does not exist. Not retryable. */
    NOT_FOUND(false),
    /** The write collides with existing state (uniqueness, concurrent change). Not retryable. */
    CONFLICT(false),
    /** The system asked the caller to slow down. Retryable, after the advised delay if any. */
    RATE_LIMITED(true),
    /** A temporary failure: timeout, connection reset, server error. Retryable. */
    TRANSIENT(true),
    /** The system rejected or returned data that does not fit the contract. Not retryable. */
    INVALID_DATA(false),
    /** The adapter does not support the operation (an undeclared {@link Capability}). Not retryable. */
    UNSUPPORTED(false),
    /** The adapter's settings are missing or invalid (for example no {@code url}). Not retryable. */
    CONFIGURATION(false);

    private final boolean retryable;

    ErrorKind(boolean retryable) {
        this.retryable = retryable;
    }

    /**
     * Tells whether repeating the same call later may succeed.
     *
     * @return {@code true} for {@link #RATE_LIMITED} and {@link #TRANSIENT}
     */
    public boolean isRetryable() {
        return retryable;
    }
}
