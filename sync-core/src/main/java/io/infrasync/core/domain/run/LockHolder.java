package io.infrasync.core.domain.run;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Who holds (or held) a sync's {@code .lock}: written into the lock file so that a waiting run can say who
 * it waits for.
 *
 * @param pid       the holder's process id
 * @param startedAt when the holder took the lock
 * @param host      the holder's host name (the cache may live on a shared disk)
 */
public record LockHolder(long pid, Instant startedAt, String host) {

    public LockHolder {
        requireNonNull(startedAt, "startedAt is null");
        requireNonNull(host, "host is null");
    }

    /** "pid 1234 on host h (since 2026-06-08T12:00:00Z)". */
    public String describe() {
        return "pid " + pid + " on host " + host + " (since " + startedAt + ")";
    }
}
