package io.infrasync.core.mapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** See {@link PeerLocator#standard()}. */
final class StandardPeerLocator implements PeerLocator {

    static final StandardPeerLocator INSTANCE = new StandardPeerLocator();

    private StandardPeerLocator() {
    }

    @Override
    public PeerKey locate(Object value, List<String> candidates) {
        if (value instanceof PeerKey key) {
            return key;
        }
        if (value instanceof Map<?, ?> nested) {
            Object id = nested.get("id");
            if (id == null || id instanceof Map<?, ?> || id instanceof List<?>) {
                throw new IllegalArgumentException("the nested peer object has no 'id'");
            }
            return new PeerKey(endpointOf(nested, candidates, id), localId(id));
        }
        if (value instanceof String || value instanceof Number) {
            if (candidates.size() == 1) {
                return new PeerKey(candidates.get(0), localId(value));
            }
            throw new IllegalArgumentException("the bare id " + localId(value) + " could be in any of "
                    + String.join(", ", candidates) + "; the source must nest {id, url} to say which");
        }
        throw new IllegalArgumentException("a peer must be a nested object or an id, not a "
                + PyValues.typeName(value));
    }

    private static String endpointOf(Map<?, ?> nested, List<String> candidates, Object id) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (nested.get("url") instanceof String url) {
            String path = normalize(url);
            for (String candidate : candidates) {
                if (path.contains("/" + normalize(candidate).replace('.', '/') + "/")) {
                    return candidate;
                }
            }
        }
        if (nested.get("object_type") instanceof String objectType) {
            String model = normalize(objectType).replace("-", "");
            for (String candidate : candidates) {
                if (normalize(candidate).replace("-", "").startsWith(model)) {
                    return candidate;
                }
            }
        }
        throw new IllegalArgumentException("cannot tell which of " + String.join(", ", candidates)
                + " holds peer " + localId(id) + ": its nested object has no matching 'url' or 'object_type'");
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Local ids are text; integral numbers print without a fraction ({@code 5}, not {@code 5.0}). */
    static String localId(Object id) {
        if (id instanceof Double || id instanceof Float || id instanceof BigDecimal) {
            BigDecimal decimal = new BigDecimal(id.toString());
            if (decimal.stripTrailingZeros().scale() <= 0) {
                return decimal.toBigInteger().toString();
            }
        }
        return id.toString();
    }
}
