package io.infrasync.core.mapping;

import static java.util.Objects.requireNonNull;

/**
 * A resolved peer.
 *
 * @param kind     the peer's destination kind (a concrete kind, even when the reference names a generic)
 * @param uniqueId the peer's unique id (its identifier values joined with {@code __})
 * @param origin   where the peer was read from
 */
public record PeerRef(String kind, String uniqueId, PeerKey origin) {

    public PeerRef {
        requireNonNull(kind, "kind is null");
        requireNonNull(uniqueId, "uniqueId is null");
        requireNonNull(origin, "origin is null");
    }
}
