package io.infrasync.sandbox;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * A misbehaviour the server injects instead of (or around) the emulator's answer. Each alternative
 * reproduces what clients meet in production: slow proxies, overloaded servers, rate limiters and
 * broken connections.
 */
public sealed interface Fault {

    /** Waits before answering normally. */
    record Latency(Duration delay) implements Fault {
        public Latency {
            requireNonNull(delay, "delay is null");
        }
    }

    /** Answers with a server error (for example 500, 502, 503) and the given JSON body instead of the real answer. */
    record ServerError(int status, String jsonBody) implements Fault {
        public ServerError {
            if (status < 500 || status > 599) {
                throw new IllegalArgumentException("ServerError needs a 5xx status, got " + status);
            }
            requireNonNull(jsonBody, "jsonBody is null");
        }
    }

    /** Answers 429 Too Many Requests, with {@code Retry-After} in seconds when {@code retryAfterSeconds >= 0}. */
    record TooManyRequests(int retryAfterSeconds) implements Fault {
    }

    /** Drops the connection without sending a status line, as a reset by a proxy or a crash would. */
    record ConnectionReset() implements Fault {
    }

    /** Sends the real status and headers ({@code Content-Length} of the whole body) but only part of the body, then closes. */
    record TruncatedBody(double fraction) implements Fault {
        public TruncatedBody {
            if (!(fraction >= 0.0 && fraction < 1.0)) {
                throw new IllegalArgumentException("fraction must be in [0, 1), got " + fraction);
            }
        }
    }

    /** Sends the real answer in chunks of {@code chunkBytes}, pausing {@code pause} between chunks. */
    record SlowBody(int chunkBytes, Duration pause) implements Fault {
        public SlowBody {
            if (chunkBytes <= 0) {
                throw new IllegalArgumentException("chunkBytes must be positive, got " + chunkBytes);
            }
            requireNonNull(pause, "pause is null");
        }
    }
}
