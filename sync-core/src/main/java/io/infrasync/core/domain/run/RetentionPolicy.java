package io.infrasync.core.domain.run;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which runs {@code runs prune} may delete: those outside the newest {@code keep} runs and/or older than
 * {@code olderThan}. When both are given, a run must satisfy both to be deleted (the cautious reading).
 * Whatever the policy, the latest applied run and a run in progress are never deleted.
 *
 * @param keep      keep at least this many newest runs; {@code null} for no count limit
 * @param olderThan delete only runs that started longer ago than this; {@code null} for no age limit
 */
public record RetentionPolicy(Integer keep, Duration olderThan) {

    public RetentionPolicy {
        if (keep == null && olderThan == null) {
            throw new IllegalArgumentException("a retention policy needs --keep N, --older-than DURATION or both");
        }
        if (keep != null && keep < 0) {
            throw new IllegalArgumentException("--keep must not be negative (got " + keep + ")");
        }
        if (olderThan != null && olderThan.isNegative()) {
            throw new IllegalArgumentException("--older-than must not be negative (got " + olderThan + ")");
        }
    }

    /** Keep the newest {@code n} runs. */
    public static RetentionPolicy keepLatest(int n) {
        return new RetentionPolicy(n, null);
    }

    /** Delete runs older than {@code age}. */
    public static RetentionPolicy olderThan(Duration age) {
        return new RetentionPolicy(null, age);
    }

    /** The count limit, if any. */
    public OptionalInt keepCount() {
        return keep == null ? OptionalInt.empty() : OptionalInt.of(keep);
    }

    /** The age limit, if any. */
    public Optional<Duration> maxAge() {
        return Optional.ofNullable(olderThan);
    }
}
