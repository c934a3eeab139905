package io.infrasync.adapter.infrahub;

import io.infrasync.spi.model.ErrorKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Translates the host's neutral write data (attribute name to plain value, relationship name to a peer
 * reference or a list of them) into Infrahub mutation input: {@code {"value": v, "source": .., "owner": ..}} per
 * attribute and {@code RelatedNodeInput} per peer with {@code _relation__source} / {@code _relation__owner}, so
 * lineage is stamped on everything written.
 *
 * <p>Peer references (docs/adapter-guide.md, "Write data and peer references"): {@code {"id": ..}} is sent as
 * the node id;
 * {@code {"hfid": [..]}} as the human-friendly id, with the optional {@code "kind"} (or a read record's
 * {@code "__typename"}) passed along, which Infrahub needs when the relationship's peer is a generic;
 * {@code {"kind": K, "identifiers": {..}}} is turned into the hfid of {@code K} (or of the relationship's peer)
 * when every part of that kind's {@code human_friendly_id} is an attribute among the identifiers. Anything else
 * (no id, no hfid, identifiers that do not give the hfid, the host's {@code unique_id} of an unknown peer)
 * fails the operation with {@code INVALID_DATA} naming the peer: Infrahub could not resolve it unambiguously.
 */
final class MutationInputs {

    /** Fields of a read record that are not writable data; the host may pass them back unchanged. */
    private static final Set<String> IGNORED = Set.of("hfid", "display_label", "__typename");

    private final SchemaCatalog catalog;
    private final Optional<String> sourceId;
    private final Optional<String> ownerId;

    MutationInputs(SchemaCatalog catalog, Optional<String> sourceId, Optional<String> ownerId) {
        this.catalog = catalog;
        this.sourceId = sourceId;
        this.ownerId = ownerId;
    }

    /**
     * Upsert input of a create. When every part of the kind's human-friendly id is an attribute given in the
     * data, the {@code hfid} is sent too, so the upsert is keyed by it rather than by whatever uniqueness
     * constraint happens to match first.
     */
    Map<String, Object> create(SchemaCatalog.Kind kind, Map<String, Object> data) {
        Map<String, Object> input = new LinkedHashMap<>();
        Object clientId = data.get("id");
        if (clientId instanceof String id && !id.isBlank()) {
            input.put("id", id);
        }
        input.putAll(fields(kind, data));
        hfid(kind, data).ifPresent(hfid -> input.put("hfid", hfid));
        return input;
    }

    Map<String, Object> update(SchemaCatalog.Kind kind, Map<String, Object> data) {
        Map<String, Object> input = fields(kind, data);
        input.remove("id");
        return input;
    }

    private Map<String, Object> fields(SchemaCatalog.Kind kind, Map<String, Object> data) {
        Map<String, Object> input = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : data.entrySet()) {
            String name = entry.getKey();
            Object value = entry.getValue();
            if (IGNORED.contains(name) || name.equals("id")) {
                continue;
            }
            SchemaCatalog.Attribute attribute = kind.attributes().get(name);
            SchemaCatalog.Relationship relationship = kind.relationships().get(name);
            if (attribute != null) {
                if (attribute.readOnly()) {
                    throw invalid(kind.name() + "." + name + " is read-only in Infrahub");
                }
                Map<String, Object> wire = new LinkedHashMap<>();
                wire.put("value", value);
                sourceId.ifPresent(id -> wire.put("source", id));
                ownerId.ifPresent(id -> wire.put("owner", id));
                input.put(name, wire);
            } else if (relationship != null) {
                if (relationship.readOnly()) {
                    throw invalid(kind.name() + "." + name + " is read-only in Infrahub");
                }
                input.put(name, relationship.many() ? peers(kind, relationship, value) : peer(kind, relationship, value));
            } else {
                throw invalid(kind.name() + " has no attribute or relationship '" + name + "'");
            }
        }
        return input;
    }

    /** Cardinality one: a reference, or null to clear the relationship. */
    private Map<String, Object> peer(SchemaCatalog.Kind kind, SchemaCatalog.Relationship relationship, Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw invalid(kind.name() + "." + relationship.name() + " needs a peer reference {\"id\": ..} or {\"hfid\": [..]}, got "
                    + describe(value));
        }
        return related(kind, relationship, map);
    }

    /** Cardinality many: the full desired peer set, which Infrahub's Update replaces the current set with. */
    private List<Object> peers(SchemaCatalog.Kind kind, SchemaCatalog.Relationship relationship, Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw invalid(kind.name() + "." + relationship.name() + " has cardinality many and needs a list of peer references, got "
                    + describe(value));
        }
        List<Object> peers = new ArrayList<>(list.size());
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map)) {
                throw invalid(kind.name() + "." + relationship.name() + " holds " + describe(item)
                        + " where a peer reference {\"id\": ..} or {\"hfid\": [..]} is expected");
            }
            peers.add(related(kind, relationship, map));
        }
        return peers;
    }

    private Map<String, Object> related(SchemaCatalog.Kind kind, SchemaCatalog.Relationship relationship, Map<?, ?> reference) {
        Map<String, Object> input = new LinkedHashMap<>();
        Object id = reference.get("id");
        Object hfid = reference.get("hfid");
        Object peerKind = reference.get("kind") != null ? reference.get("kind") : reference.get("__typename");
        if (id != null && !(id instanceof Map) && !(id instanceof List)) {
            input.put("id", id.toString());
        } else if (hfid instanceof List<?> parts && !parts.isEmpty()) {
            input.put("hfid", parts.stream().map(String::valueOf).toList());
            if (peerKind != null) {
                input.put("kind", peerKind.toString());
            }
        } else if (reference.get("identifiers") instanceof Map<?, ?> identifiers) {
            SchemaCatalog.Kind peer = catalog.kind(String.valueOf(peerKind != null ? peerKind : relationship.peer()))
                    .orElseThrow(() -> invalid(kind.name() + "." + relationship.name() + ": peer kind " + peerKind
                            + " does not exist in the Infrahub schema"));
            input.put("hfid", hfidOf(peer, identifiers).orElseThrow(() -> invalid(kind.name() + "." + relationship.name()
                    + ": the peer " + peer.name() + " " + describe(identifiers) + " has no id, and its identifiers do not give "
                    + peer.name() + "'s human_friendly_id " + peer.humanFriendlyId() + ": Infrahub cannot resolve it")));
            input.put("kind", peer.name());
        } else if (reference.get("unique_id") != null) {
            throw invalid(kind.name() + "." + relationship.name() + ": the peer " + (peerKind != null ? peerKind : relationship.peer())
                    + " '" + reference.get("unique_id") + "' has no Infrahub id and nothing to resolve it by (it was not read"
                    + " from Infrahub, not created by this run, or was skipped)");
        } else {
            throw invalid(kind.name() + "." + relationship.name() + ": a peer reference needs \"id\", a non-empty \"hfid\" or"
                    + " \"identifiers\" giving the peer's human_friendly_id, got " + describe(reference));
        }
        sourceId.ifPresent(source -> input.put("_relation__source", source));
        ownerId.ifPresent(owner -> input.put("_relation__owner", owner));
        return input;
    }

    private static Optional<List<String>> hfid(SchemaCatalog.Kind kind, Map<String, Object> data) {
        List<String> paths = kind.humanFriendlyId();
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (String path : paths) {
            if (!path.endsWith("__value")) {
                return Optional.empty();
            }
            String attribute = path.substring(0, path.length() - "__value".length());
            Object value = data.get(attribute);
            if (!kind.attributes().containsKey(attribute) || value == null || value instanceof Map || value instanceof List) {
                return Optional.empty();
            }
            values.add(value.toString());
        }
        return Optional.of(List.copyOf(values));
    }

    /** The hfid of {@code peer} from identifier values, when every part is an attribute among them. */
    private static Optional<List<String>> hfidOf(SchemaCatalog.Kind peer, Map<?, ?> identifiers) {
        List<String> paths = peer.humanFriendlyId();
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>(paths.size());
        for (String path : paths) {
            String attribute = path.endsWith("__value") ? path.substring(0, path.length() - "__value".length()) : null;
            Object value = attribute == null ? null : identifiers.get(attribute);
            if (value == null || value instanceof Map || value instanceof List || !peer.attributes().containsKey(attribute)) {
                return Optional.empty();
            }
            values.add(value.toString());
        }
        return Optional.of(List.copyOf(values));
    }

    static boolean refersByHfid(Map<String, Object> input) {
        for (Map.Entry<String, Object> entry : input.entrySet()) {
            if (entry.getKey().equals("hfid")) {
                continue;
            }
            Object value = entry.getValue();
            if (value instanceof Map<?, ?> map && map.containsKey("hfid")) {
                return true;
            }
            if (value instanceof List<?> list && list.stream().anyMatch(item -> item instanceof Map<?, ?> m && m.containsKey("hfid"))) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    private static MutationWriter.InvalidOperation invalid(String message) {
        return new MutationWriter.InvalidOperation(ErrorKind.INVALID_DATA, message);
    }
}
