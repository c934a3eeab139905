package io.infrasync.core.engine.run;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a reference value (a peer's unique id) into the peer reference a destination adapter receives, the
 * documented write form of a relationship (docs/adapter-guide.md, "Write data and peer references"). In order
 * of preference:
 *
 * <ol>
 *   <li>{@code {"id": "<destination id>", "kind": K}} when the peer's destination id is known (read from the
 *       destination, or returned by a create in an earlier tier of this run);
 *   <li>{@code {"hfid": ["..", ..], "kind": K}} when the destination schema gives {@code K} a human-friendly id
 *       and every part of it follows from the peer's identifier values ({@code name__value} from the identifier
 *       {@code name}; {@code site__name__value} from the identifier {@code site}, a reference, through that
 *       peer's own identifiers), in the order of the schema's {@code human_friendly_id};
 *   <li>{@code {"kind": K, "identifiers": {field: value, ..}}}: the peer's identifier values (references as
 *       their peers' unique ids), for a destination that can look a node up by them;
 *   <li>{@code {"kind": K, "unique_id": ".."}} when the host knows nothing else about the peer; no destination
 *       can resolve it, and adapters reject it naming the peer.
 * </ol>
 *
 * {@code kind} is the concrete mapped kind of the peer; adapters may ignore it.
 */
final class PeerReferences {

    private final RunModel model;
    private final PeerDirectory peers;

    PeerReferences(RunModel model, PeerDirectory peers) {
        this.model = model;
        this.peers = peers;
    }

    /**
     * The reference to the peer {@code uidValue} of one of {@code kinds} (the mapped kinds the relationship may
     * point at, never empty).
     */
    Map<String, Object> of(List<String> kinds, Object uidValue) {
        String uid = String.valueOf(uidValue);
        for (String kind : kinds) {
            Optional<String> destId = peers.destId(kind, uid);
            if (destId.isPresent()) {
                return reference("id", destId.get(), kind);
            }
        }
        for (String kind : kinds) {
            Optional<Map<String, Object>> ids = peers.identifiers(kind, uid);
            if (ids.isEmpty()) {
                continue;
            }
            Optional<List<String>> hfid = hfid(kind, ids.get());
            if (hfid.isPresent()) {
                return reference("hfid", hfid.get(), kind);
            }
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("kind", kind);
            ref.put("identifiers", ids.get());
            return ref;
        }
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("kind", kinds.get(0));
        ref.put("unique_id", uid);
        return ref;
    }

    private static Map<String, Object> reference(String key, Object value, String kind) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put(key, value);
        ref.put("kind", kind);
        return ref;
    }

    /** The human-friendly id of the object of {@code kind} with the given identifier values, when it follows. */
    Optional<List<String>> hfid(String kind, Map<String, Object> identifiers) {
        List<String> paths = model.schema.humanFriendlyId(kind);
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>(paths.size());
        for (String path : paths) {
            Optional<String> value = part(kind, identifiers, path.split("__"), 0, 0);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.get());
        }
        return Optional.of(List.copyOf(values));
    }

    /** One part of a human-friendly id: {@code attr__value}, or {@code rel__...} through the peer's identifiers. */
    private Optional<String> part(String kind, Map<String, Object> identifiers, String[] parts, int at, int depth) {
        if (depth > 8 || at >= parts.length) {
            return Optional.empty(); // a reference cycle in identifiers, or a malformed path
        }
        Object value = identifiers.get(parts[at]);
        if (value == null || value instanceof Map || value instanceof List) {
            return Optional.empty();
        }
        if (parts.length == at + 2 && parts[at + 1].equals("value")) {
            return model.schema.relationship(kind, parts[at]).isPresent() ? Optional.empty() : Optional.of(text(value));
        }
        if (model.schema.relationship(kind, parts[at]).isEmpty()) {
            return Optional.empty();
        }
        String peerUid = String.valueOf(value);
        for (String peerKind : model.peerKinds(kind, parts[at])) {
            Optional<Map<String, Object>> peerIds = peers.identifiers(peerKind, peerUid);
            if (peerIds.isPresent()) {
                return part(peerKind, peerIds.get(), parts, at + 1, depth + 1);
            }
        }
        return Optional.empty();
    }

    /** A value as a human-friendly id part: text as is, integral numbers without a fraction. */
    private static String text(Object value) {
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            BigDecimal decimal = new BigDecimal(value.toString()).stripTrailingZeros();
            return decimal.scale() <= 0 ? decimal.toBigInteger().toString() : decimal.toPlainString();
        }
        return String.valueOf(value);
    }
}
