package io.infrasync.rest;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How failed requests are retried: exponential backoff with "equal jitter", at most {@code maxRetries}
 * retries, and never past a total deadline counted from the first attempt.
 *
 * @param maxRetries retries after the first attempt
 * @param baseDelay  the delay cap of the first retry; doubled for every further one
 * @param maxDelay   the largest computed delay
 * @param deadline   total time budget of one request including its retries
 */
public record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay, Duration deadline) {

    /**
     * The delay before retry number {@code retry} (1-based): uniformly random in [cap/2, cap], where
     * {@code cap = min(maxDelay, baseDelay * 2^(retry-1))}.
     *
     * @param retry the retry's number, {@code >= 1}
     * @return the delay
     */
    public Duration backoff(int retry) {
        long cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(retry - 1, 20));
        // "Equal jitter": half fixed, half random, so concurrent clients spread out yet still back off.
        return Duration.ofMillis(cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1));
    }
}
