package io.infrasync.sandbox.netbox;

import static java.util.Objects.requireNonNull;

import java.time.Clock;

/**
 * How to start a {@link NetboxSandbox}. Start from {@link #defaults()} and change what matters:
 * {@code NetboxOptions.defaults().withData(NetboxOptions.Data.generated(42, 10_000)).withVersion("4.2")}.
 *
 * @param port          TCP port on 127.0.0.1; 0 picks a free one
 * @param token         the v1 token ({@code Authorization: Token <token>})
 * @param v2Key         the key of the v2 token ({@code Authorization: Bearer nbt_<v2Key>.<token>}, 4.5+)
 * @param version       the NetBox release imitated, {@code 4.0} to {@code 4.6} (with optional patch)
 * @param data          what the store is seeded with
 * @param maxPageSize   MAX_PAGE_SIZE (1000 in NetBox); {@code limit} is clamped to it, {@code limit=0} means it
 * @param loginRequired LOGIN_REQUIRED: anonymous requests get 403 (NetBox 4.x default: true)
 * @param clock         the time source of {@code created} / {@code last_updated} on writes
 * @param cacheJson     keep each object's rendered JSON until data changes (faster repeated reads, more memory)
 */
public record NetboxOptions(int port, String token, String v2Key, String version, Data data, int maxPageSize,
        boolean loginRequired, Clock clock, boolean cacheJson) {

    /** The token every sandbox accepts unless told otherwise (40 hex digits, like NetBox's). */
    public static final String DEFAULT_TOKEN = "0123456789abcdef0123456789abcdef01234567";

    public NetboxOptions {
        requireNonNull(token, "token is null");
        requireNonNull(v2Key, "v2Key is null");
        NetboxVersion.parse(requireNonNull(version, "version is null"));
        requireNonNull(data, "data is null");
        requireNonNull(clock, "clock is null");
        if (maxPageSize < 1) {
            throw new IllegalArgumentException("maxPageSize must be positive, got " + maxPageSize);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
    }

    /** Ephemeral port, default token, NetBox 4.6.8, demo data, pages of at most 1000, login required. */
    public static NetboxOptions defaults() {
        return new NetboxOptions(0, DEFAULT_TOKEN, "sandbox12345", "4.6.8", Data.demo(), 1000, true,
                Clock.systemUTC(), true);
    }

    public NetboxOptions withPort(int newPort) {
        return new NetboxOptions(newPort, token, v2Key, version, data, maxPageSize, loginRequired, clock, cacheJson);
    }

    public NetboxOptions withToken(String newToken) {
        return new NetboxOptions(port, newToken, v2Key, version, data, maxPageSize, loginRequired, clock, cacheJson);
    }

    public NetboxOptions withVersion(String newVersion) {
        return new NetboxOptions(port, token, v2Key, newVersion, data, maxPageSize, loginRequired, clock, cacheJson);
    }

    public NetboxOptions withData(Data newData) {
        return new NetboxOptions(port, token, v2Key, version, newData, maxPageSize, loginRequired, clock, cacheJson);
    }

    public NetboxOptions withMaxPageSize(int newMax) {
        return new NetboxOptions(port, token, v2Key, version, data, newMax, loginRequired, clock, cacheJson);
    }

    public NetboxOptions withLoginRequired(boolean required) {
        return new NetboxOptions(port, token, v2Key, version, data, maxPageSize, required, clock, cacheJson);
    }

    public NetboxOptions withClock(Clock newClock) {
        return new NetboxOptions(port, token, v2Key, version, data, maxPageSize, loginRequired, newClock, cacheJson);
    }

    public NetboxOptions withCacheJson(boolean cache) {
        return new NetboxOptions(port, token, v2Key, version, data, maxPageSize, loginRequired, clock, cache);
    }

    /** The v2 token as a client sends it after {@code Bearer }: {@code nbt_<key>.<token>}. */
    public String v2Token() {
        return "nbt_" + v2Key + "." + token;
    }

    /** What the store starts with. */
    public sealed interface Data {

        /** The NetBox demo data (netbox-demo-data v3.6 subset, converted to API shapes). */
        static Data demo() {
            return new Demo();
        }

        /** A synthetic inventory of about {@code size} objects, reproducible from {@code seed}. */
        static Data generated(long seed, int size) {
            return new Generated(seed, size);
        }

        /** No objects at all. */
        static Data empty() {
            return new Empty();
        }

        /** See {@link Data#demo()}. */
        record Demo() implements Data {
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
