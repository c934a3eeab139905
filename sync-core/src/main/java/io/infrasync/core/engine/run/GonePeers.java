package io.infrasync.core.engine.run;

import io.infrasync.core.mapping.MappingPlan.ReferenceSource;
import io.infrasync.core.mapping.PeerKey;
import io.infrasync.core.mapping.PeerLocator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records deleted since the base run, per endpoint, and what their deletion did to the records that pointed
 * at them. Systems null a foreign key or drop a many-to-many link when the peer goes (NetBox: SET_NULL, tag
 * removal) without touching the referring record's change stamp; a record rebuilt from the base extract must
 * show the same, or the warm run would see a reference to a peer that no longer exists where a full read sees
 * none.
 */
final class GonePeers {

    private final Map<String, Set<String>> goneByEndpoint = new HashMap<>();
    /** Locates a peer among several candidate endpoints; {@code null}: ids are unique across endpoints. */
    private final PeerLocator locator;

    GonePeers(PeerLocator locator) {
        this.locator = locator;
    }

    /** Records that {@code ids} of {@code endpoint} were deleted since the base run. */
    void record(String endpoint, Set<String> ids) {
        goneByEndpoint.put(endpoint, ids);
    }

    /** Whether the deletions of every endpoint the references may point into are known. */
    boolean knowsAll(List<ReferenceSource> references) {
        for (ReferenceSource reference : references) {
            if (!goneByEndpoint.keySet().containsAll(reference.endpoints())) {
                return false;
            }
        }
        return true;
    }

    /** Whether any endpoint the references point into lost records. */
    boolean touches(List<ReferenceSource> references) {
        for (ReferenceSource reference : references) {
            for (String endpoint : reference.endpoints()) {
                if (!goneByEndpoint.getOrDefault(endpoint, Set.of()).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code data} without the references to deleted peers: a single reference becomes null, a list loses the
     * element. Only simple (single-key) reference paths are rewritten; the caller reads resources with dotted
     * reference paths into changed endpoints in full.
     */
    Map<String, Object> strip(Map<String, Object> data, List<ReferenceSource> references) {
        Map<String, Object> result = data;
        for (ReferenceSource reference : references) {
            if (!reference.simple() || !result.containsKey(reference.path())) {
                continue;
            }
            Object value = result.get(reference.path());
            Object stripped = value;
            if (value instanceof List<?> list) {
                List<Object> kept = new ArrayList<>(list.size());
                for (Object element : list) {
                    if (!gone(element, reference.endpoints())) {
                        kept.add(element);
                    }
                }
                stripped = kept.size() == list.size() ? value : kept;
            } else if (value != null && gone(value, reference.endpoints())) {
                stripped = null;
            }
            if (stripped != value) {
                if (result == data) {
                    result = new LinkedHashMap<>(data);
                }
                result.put(reference.path(), stripped);
            }
        }
        return result;
    }

    private boolean gone(Object value, List<String> endpoints) {
        if (endpoints.size() == 1 || locator == null) {
            String id = localId(value);
            if (id == null) {
                return false;
            }
            for (String endpoint : endpoints) {
                if (goneByEndpoint.getOrDefault(endpoint, Set.of()).contains(id)) {
                    return true;
                }
            }
            return false;
        }
        try {
            PeerKey key = locator.locate(value, endpoints);
            return goneByEndpoint.getOrDefault(key.endpoint(), Set.of()).contains(key.localId());
        } catch (IllegalArgumentException unlocatable) {
            return false; // the mapping reports it the same way a full read would
        }
    }

    private static String localId(Object value) {
        Object id = value instanceof Map<?, ?> map ? map.get("id") : value;
        return id == null || id instanceof Map<?, ?> || id instanceof List<?> ? null : String.valueOf(id);
    }
}
