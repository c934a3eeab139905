package io.infrasync.core.engine.run;

import io.infrasync.core.mapping.PeerKey;
import io.infrasync.core.mapping.PeerLocator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locates a destination peer. On the destination side the endpoints are kind names, and a peer is a
 * destination id (a bare id, or a nested object with {@code id} and optionally {@code kind},
 * {@code __typename} or {@code typename}). Without a kind, the kinds in which that id was read decide, which
 * works because destination ids (Infrahub UUIDs) are unique across kinds.
 */
final class DestinationPeerLocator implements PeerLocator {

    private final Map<String, Set<String>> kindsById = new ConcurrentHashMap<>();

    void seen(String kind, String localId) {
        kindsById.computeIfAbsent(localId, key -> ConcurrentHashMap.newKeySet()).add(kind);
    }

    @Override
    public PeerKey locate(Object value, List<String> candidates) {
        Object id = value;
        String kind = null;
        if (value instanceof Map<?, ?> nested) {
            id = nested.get("id");
            for (String key : List.of("kind", "__typename", "typename")) {
                if (nested.get(key) instanceof String named && candidates.contains(named)) {
                    kind = named;
                }
            }
        }
        if (!(id instanceof String || id instanceof Number)) {
            throw new IllegalArgumentException("a destination peer must be an id or an object with an 'id'");
        }
        String localId = id.toString();
        if (kind != null) {
            return new PeerKey(kind, localId);
        }
        if (candidates.size() == 1) {
            return new PeerKey(candidates.get(0), localId);
        }
        Set<String> kinds = kindsById.getOrDefault(localId, Set.of());
        List<String> matching = candidates.stream().filter(kinds::contains).toList();
        if (matching.size() == 1) {
            return new PeerKey(matching.get(0), localId);
        }
        throw new IllegalArgumentException("destination peer " + localId + " is "
                + (matching.isEmpty() ? "not among the objects read from " : "ambiguous among ") + String.join(", ", candidates));
    }
}
