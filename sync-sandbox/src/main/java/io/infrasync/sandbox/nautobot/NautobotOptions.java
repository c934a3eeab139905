package io.infrasync.sandbox.nautobot;

import static java.util.Objects.requireNonNull;

import java.time.Clock;

/**
 * How to start a {@link NautobotSandbox}: {@code NautobotOptions.defaults().withData(NautobotOptions.Data.generated(42, 10_000))}.
 *
 * @param port        TCP port on 127.0.0.1; 0 picks a free one
 * @param token       the API token ({@code Authorization: Token <token>})
 * @param version     the Nautobot release imitated, 2.0.0 to 2.4.x; its minor is the highest API version
 * @param data        what the store is seeded with
 * @param maxPageSize MAX_PAGE_SIZE (1000); {@code limit} is clamped to it, {@code limit=0} means it
 * @param clock       the time source of {@code created} / {@code last_updated} on writes
 */
public record NautobotOptions(int port, String token, String version, Data data, int maxPageSize, Clock clock) {

    /** The token every sandbox accepts unless told otherwise (40 hex digits). */
    public static final String DEFAULT_TOKEN = "0123456789abcdef0123456789abcdef01234567";

    public NautobotOptions {
        requireNonNull(token, "token is null");
        requireNonNull(version, "version is null");
        if (!version.matches("2\\.[0-4](\\.\\d+)?")) {
            throw new IllegalArgumentException("Nautobot sandbox version must be 2.0 to 2.4, got " + version);
        }
        requireNonNull(data, "data is null");
        requireNonNull(clock, "clock is null");
        if (maxPageSize < 1) {
            throw new IllegalArgumentException("maxPageSize must be positive, got " + maxPageSize);
        }
    }

    /** Ephemeral port, default token, Nautobot 2.4.36, a generated inventory of 1000 objects (seed 1). */
    public static NautobotOptions defaults() {
        return new NautobotOptions(0, DEFAULT_TOKEN, "2.4.36", Data.generated(1, 1000), 1000, Clock.systemUTC());
    }

    public NautobotOptions withPort(int newPort) {
        return new NautobotOptions(newPort, token, version, data, maxPageSize, clock);
    }

    public NautobotOptions withToken(String newToken) {
        return new NautobotOptions(port, newToken, version, data, maxPageSize, clock);
    }

    public NautobotOptions withVersion(String newVersion) {
        return new NautobotOptions(port, token, newVersion, data, maxPageSize, clock);
    }

    public NautobotOptions withData(Data newData) {
        return new NautobotOptions(port, token, version, newData, maxPageSize, clock);
    }

    public NautobotOptions withMaxPageSize(int newMax) {
        return new NautobotOptions(port, token, version, data, newMax, clock);
    }

    public NautobotOptions withClock(Clock newClock) {
        return new NautobotOptions(port, token, version, data, maxPageSize, newClock);
    }

    /** The highest API version served, e.g. {@code 2.4}. */
    public String apiVersion() {
        String[] parts = version.split("\\.");
        return parts[0] + "." + parts[1];
    }

    /** What the store starts with. */
    public sealed interface Data {

        /** A synthetic inventory of about {@code size} objects, reproducible (UUIDs included) from {@code seed}. */
        static Data generated(long seed, int size) {
            return new Generated(seed, size);
        }

        /** Only the objects every Nautobot has: statuses, the Global namespace, a Site location type. */
        static Data empty() {
            return new Empty();
        }

        /** See {@link Data#generated(long, int)}. */
        record Generated(long seed, int size) implements Data {
            public Generated {
                if (size < 1) {
                    throw new IllegalArgumentException("generated inventory size must be at least 1, got " + size);
                }
            }
        }

        /** See {@link Data#empty()}. */
        record Empty() implements Data {
        }
    }
}
