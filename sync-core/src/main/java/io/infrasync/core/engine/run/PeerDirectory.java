package io.infrasync.core.engine.run;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the writer knows about objects by (kind, unique id): their destination id (from the destination load,
 * then from the results of creates in earlier tiers) and their identifier values (from the source side).
 */
final class PeerDirectory {

    private final Map<String, Map<String, String>> destIds = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Map<String, Object>>> identifiers;

    PeerDirectory(Map<String, Map<String, String>> loadedDestIds, Map<String, Map<String, Map<String, Object>>> identifiers) {
        loadedDestIds.forEach((kind, ids) -> destIds.put(kind, new ConcurrentHashMap<>(ids)));
        this.identifiers = identifiers;
    }

    Optional<String> destId(String kind, String uid) {
        return Optional.ofNullable(destIds.getOrDefault(kind, Map.of()).get(uid));
    }

    void created(String kind, String uid, String destId) {
        destIds.computeIfAbsent(kind, key -> new ConcurrentHashMap<>()).put(uid, destId);
    }

    Optional<Map<String, Object>> identifiers(String kind, String uid) {
        return Optional.ofNullable(identifiers.getOrDefault(kind, Map.of()).get(uid));
    }
}
