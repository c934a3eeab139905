package io.infrasync.core.mapping;

import static java.util.Objects.requireNonNull;

/**
 * Identifies a peer object by where it lives: its endpoint and its local id there. The reference index is
 * keyed by this pair, never by the id alone.
 */
public record PeerKey(String endpoint, String localId) {

    public PeerKey {
        requireNonNull(endpoint, "endpoint is null");
        requireNonNull(localId, "localId is null");
    }

    @Override
    public String toString() {
        return endpoint + "#" + localId;
    }
}
