package io.infrasync.spi;

import io.infrasync.spi.annotation.Stable;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.ErrorKind;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The one exception an adapter throws: a failure of a whole call (a read, a schema request, a
 * batch that could not be sent at all), classified by an {@link ErrorKind}.
 *
 * <p>Failures of single write operations are not thrown but returned as
 * {@link io.infrasync.spi.model.OperationResult.Failed}. The message is one line and names the
 * object, resource or setting concerned; it never contains credentials. The host decides on retries
 * with {@link #isRetryable()} and {@link #retryAfter()}.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public class AdapterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final transient Duration retryAfter;

    /**
     * Creates an exception.
     *
     * @param kind why the call failed; must not be {@code null}
     * @param message a one-line message naming the object; must not be {@code null}
     */
    public AdapterException(ErrorKind kind, String message) {
        this(kind, message, null, null);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param kind why the call failed; must not be {@code null}
     * @param message a one-line message naming the object; must not be {@code null}
     * @param cause the underlying failure, or {@code null}
     */
    public AdapterException(ErrorKind kind, String message, Throwable cause) {
        this(kind, message, cause, null);
    }

    private AdapterException(ErrorKind kind, String message, Throwable cause, Duration retryAfter) {
        super(Objects.requireNonNull(message, "message is null"), cause);
        this.kind = Objects.requireNonNull(kind, "kind is null");
        this.retryAfter = retryAfter;
    }

    /**
     * The canonical failure of a call whose capability the adapter does not declare. The default
     * methods of {@link Adapter} throw it; adapters throw it too when a declared capability does not
     * apply to one resource.
     *
     * @param capability the missing capability; must not be {@code null}
     * @return an exception of kind {@link ErrorKind#UNSUPPORTED} with
     *     {@link Capability#unsupportedMessage()} as its message
     */
    public static AdapterException unsupported(Capability capability) {
        return new AdapterException(ErrorKind.UNSUPPORTED, capability.unsupportedMessage());
    }

    /**
     * A {@link ErrorKind#RATE_LIMITED} failure with the delay the system advised (HTTP {@code Retry-After}).
     *
     * @param message a one-line message; must not be {@code null}
     * @param retryAfter how long to wait before retrying; must not be {@code null} or negative
     * @return the exception
     */
    public static AdapterException rateLimited(String message, Duration retryAfter) {
        if (Objects.requireNonNull(retryAfter, "retryAfter is null").isNegative()) {
            throw new IllegalArgumentException("retryAfter is negative: " + retryAfter);
        }
        return new AdapterException(ErrorKind.RATE_LIMITED, message, null, retryAfter);
    }

    /**
     * Why the call failed.
     *
     * @return never {@code null}
     */
    public ErrorKind kind() {
        return kind;
    }

    /**
     * Tells whether repeating the call later may succeed; derived from {@link #kind()}.
     *
     * @return {@code true} for {@link ErrorKind#RATE_LIMITED} and {@link ErrorKind#TRANSIENT}
     */
    public boolean isRetryable() {
        return kind.isRetryable();
    }

    /**
     * The delay the system advised before a retry.
     *
     * @return the delay, or empty when the system gave none
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
