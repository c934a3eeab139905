package io.infrasync.sandbox.infrahub;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Applies {@code <Kind>Create/Update/Upsert/Delete} to one branch with Infrahub's checks: required
 * attributes and relationships, value types and constraints, peers that exist, lineage nodes that exist,
 * and uniqueness. Everything is validated before anything is changed, so a failed mutation leaves no trace.
 */
final class NodeWriter {

    /** Schema regexes, compiled once. */
    private static final Map<String, Pattern> REGEXES = new java.util.concurrent.ConcurrentHashMap<>();

    private final BranchData branch;
    private final InfrahubSchema schema;
    private final Instant now;
    private final Supplier<String> ids;

    NodeWriter(BranchData branch, Instant now, Supplier<String> ids) {
        this.branch = branch;
        this.schema = branch.schema;
        this.now = now;
        this.ids = ids;
    }

    NodeRecord create(String kind, Map<String, Object> data) {
        KindSchema schemaOf = nodeSchema(kind);
        String id = data.get("id") == null ? ids.get() : data.get("id").toString();
        if (branch.byId.containsKey(id)) {
            throw new InfrahubError("UNIQUENESS_VIOLATION", 422, "A node with the id " + id + " already exists.",
                    Map.of("node_kind", kind, "fields", List.of("id")));
        }
        NodeRecord draft = new NodeRecord(id, kind, now);
        for (AttributeSchema attribute : schemaOf.attributes.values()) {
            Object input = data.get(attribute.name());
            if (input instanceof Map<?, ?> map && map.get("value") != null) {
                draft.attributes.put(attribute.name(), attributeValue(schemaOf, attribute, asMap(map), null));
            } else if (attribute.defaultValue() != null) {
                draft.attributes.put(attribute.name(), new AttributeValue(coerce(schemaOf, attribute, attribute.defaultValue()),
                        lineage(input, "source"), lineage(input, "owner"), false, true, now));
            } else if (attribute.requiredOnCreate()) {
                throw InfrahubError.required(kind, attribute.name());
            } else {
                draft.attributes.put(attribute.name(), new AttributeValue(null, lineage(input, "source"),
                        lineage(input, "owner"), false, false, now));
            }
        }
        Map<String, List<PeerEdge>> edges = new LinkedHashMap<>();
        for (RelationshipSchema relationship : schemaOf.relationships.values()) {
            Object input = data.get(relationship.name());
            List<PeerEdge> resolved = input == null ? List.of() : resolvePeers(schemaOf, relationship, input);
            if (resolved.isEmpty() && !relationship.optional() && !relationship.readOnly()) {
                throw InfrahubError.required(kind, relationship.name());
            }
            if (!resolved.isEmpty()) {
                edges.put(relationship.name(), resolved);
            }
        }
        assignDefaultNamespace(schemaOf, edges);
        draft.relationships.putAll(edges);
        List<String> keys = checkUnique(schemaOf, draft, null);
        insert(draft, keys);
        return draft;
    }

    NodeRecord update(String kind, Map<String, Object> data) {
        KindSchema schemaOf = nodeSchema(kind);
        NodeRecord existing = find(schemaOf, data);
        if (existing == null) {
            throw InfrahubError.nodeNotFound(identifier(data), kind);
        }
        return apply(schemaOf, existing, data);
    }

    NodeRecord upsert(String kind, Map<String, Object> data) {
        KindSchema schemaOf = nodeSchema(kind);
        NodeRecord existing = find(schemaOf, data);
        if (existing == null && data.get("id") == null && data.get("hfid") == null) {
            existing = findByUniqueness(schemaOf, data);
        }
        return existing == null ? create(kind, data) : apply(schemaOf, existing, data);
    }

    void delete(String kind, Map<String, Object> data) {
        KindSchema schemaOf = nodeSchema(kind);
        NodeRecord existing = find(schemaOf, data);
        if (existing == null) {
            throw InfrahubError.nodeNotFound(identifier(data), kind);
        }
        remove(existing);
    }

    /** Finds a node of {@code kind} by {@code id} or {@code hfid} as the Update/Delete inputs carry them. */
    NodeRecord find(KindSchema schemaOf, Map<String, Object> data) {
        Object id = data.get("id");
        if (id != null) {
            NodeRecord record = branch.get(id.toString());
            return record != null && schema.isA(record.kind, schemaOf.kind) ? record : null;
        }
        Object hfid = data.get("hfid");
        if (hfid instanceof List<?> values) {
            return findByHfid(schemaOf.kind, values.stream().map(String::valueOf).toList());
        }
        return null;
    }

    NodeRecord findByHfid(String kind, List<String> hfid) {
        for (String concrete : schema.concreteKinds(kind)) {
            KindSchema node = schema.get(concrete);
            if (node.humanFriendlyId == null) {
                continue;
            }
            String key = indexKey(node.allUniquenessRules().indexOf(node.humanFriendlyId), hfid);
            String id = branch.table(concrete).uniqueIndex.get(key);
            if (id != null) {
                return branch.get(id);
            }
        }
        return null;
    }

    private NodeRecord findByUniqueness(KindSchema schemaOf, Map<String, Object> data) {
        NodeRecord probe = new NodeRecord("", schemaOf.kind, now);
        for (AttributeSchema attribute : schemaOf.attributes.values()) {
            if (data.get(attribute.name()) instanceof Map<?, ?> map && map.get("value") != null) {
                probe.attributes.put(attribute.name(), new AttributeValue(coerce(schemaOf, attribute, map.get("value")),
                        null, null, false, false, now));
            }
        }
        for (RelationshipSchema relationship : schemaOf.relationships.values()) {
            Object input = data.get(relationship.name());
            if (input != null && !relationship.many()) {
                probe.relationships.put(relationship.name(), resolvePeers(schemaOf, relationship, input));
            }
        }
        KindTable table = branch.table(schemaOf.kind);
        for (String key : keysOf(schemaOf, probe)) {
            String id = table.uniqueIndex.get(key);
            if (id != null) {
                return branch.get(id);
            }
        }
        return null;
    }

    private NodeRecord apply(KindSchema schemaOf, NodeRecord existing, Map<String, Object> data) {
        NodeRecord draft = existing.copy();
        Set<String> changedRelationships = new java.util.HashSet<>();
        boolean changed = false;
        for (AttributeSchema attribute : schemaOf.attributes.values()) {
            if (!(data.get(attribute.name()) instanceof Map<?, ?> map)) {
                continue;
            }
            Map<String, Object> input = asMap(map);
            AttributeValue before = existing.attributes.get(attribute.name());
            AttributeValue after;
            if (Boolean.TRUE.equals(input.get("is_default")) || (input.containsKey("value") && input.get("value") == null)) {
                Object fallback = attribute.defaultValue() == null ? null : coerce(schemaOf, attribute, attribute.defaultValue());
                if (fallback == null && !attribute.optional()) {
                    throw InfrahubError.required(schemaOf.kind, attribute.name());
                }
                after = new AttributeValue(fallback, lineage(input, "source"), lineage(input, "owner"),
                        Boolean.TRUE.equals(input.get("is_protected")), fallback != null, now);
            } else if (input.containsKey("value")) {
                after = attributeValue(schemaOf, attribute, input, before);
            } else {
                after = new AttributeValue(before == null ? null : before.value(),
                        input.containsKey("source") ? lineage(input, "source") : before == null ? null : before.source(),
                        input.containsKey("owner") ? lineage(input, "owner") : before == null ? null : before.owner(),
                        input.get("is_protected") != null ? (Boolean) input.get("is_protected") : before != null && before.isProtected(),
                        before != null && before.isDefault(), now);
            }
            if (before == null || !sameAttribute(before, after)) {
                draft.attributes.put(attribute.name(), after);
                changed = true;
            }
        }
        for (RelationshipSchema relationship : schemaOf.relationships.values()) {
            if (!data.containsKey(relationship.name()) || relationship.readOnly()) {
                continue;
            }
            Object input = data.get(relationship.name());
            List<PeerEdge> resolved = input == null ? List.of() : resolvePeers(schemaOf, relationship, input);
            if (resolved.isEmpty() && !relationship.optional()) {
                throw InfrahubError.required(schemaOf.kind, relationship.name());
            }
            List<PeerEdge> current = branch.peers(existing, relationship);
            if (!samePeers(current, resolved)) {
                draft.relationships.put(relationship.name(), resolved);
                changedRelationships.add(relationship.name());
                changed = true;
            }
        }
        if (!changed) {
            return existing;
        }
        List<String> keys = checkUnique(schemaOf, draft, existing.id);
        replace(existing, draft, keys, changedRelationships);
        return branch.get(existing.id);
    }

    private static boolean sameAttribute(AttributeValue a, AttributeValue b) {
        return java.util.Objects.equals(a.value(), b.value()) && java.util.Objects.equals(a.source(), b.source())
                && java.util.Objects.equals(a.owner(), b.owner()) && a.isProtected() == b.isProtected();
    }

    private static boolean samePeers(List<PeerEdge> current, List<PeerEdge> wanted) {
        if (current.size() != wanted.size()) {
            return false;
        }
        Set<String> ids = new java.util.HashSet<>();
        current.forEach(edge -> ids.add(edge.peerId()));
        for (PeerEdge edge : wanted) {
            if (!ids.contains(edge.peerId())) {
                return false;
            }
        }
        // Lineage given on an unchanged edge is stamped too (infrahub-sync 2.0.1 sends it on updates).
        for (PeerEdge edge : wanted) {
            if (edge.source() != null || edge.owner() != null) {
                PeerEdge old = current.stream().filter(c -> c.peerId().equals(edge.peerId())).findFirst().orElseThrow();
                if (!java.util.Objects.equals(old.source(), edge.source()) || !java.util.Objects.equals(old.owner(), edge.owner())) {
                    return false;
                }
            }
        }
        return true;
    }

    private AttributeValue attributeValue(KindSchema owner, AttributeSchema attribute, Map<String, Object> input,
            AttributeValue before) {
        Object value = coerce(owner, attribute, input.get("value"));
        String source = input.containsKey("source") ? lineage(input, "source") : before == null ? null : before.source();
        String ownerId = input.containsKey("owner") ? lineage(input, "owner") : before == null ? null : before.owner();
        boolean isProtected = input.get("is_protected") != null ? (Boolean) input.get("is_protected")
                : before != null && before.isProtected();
        return new AttributeValue(value, source, ownerId, isProtected, false, now);
    }

    /** Checks a value against the attribute's kind and constraints and normalises it. */
    Object coerce(KindSchema owner, AttributeSchema attribute, Object value) {
        if (value == null) {
            return null;
        }
        String kind = owner.kind;
        String field = attribute.name();
        Object normalised = switch (attribute.kind()) {
            case "Number", "NumberPool" -> {
                if (value instanceof Number number) {
                    yield number instanceof BigInteger big ? big.longValueExact() : number.longValue();
                }
                throw InfrahubError.invalidType(kind, field, "Integer", typeName(value));
            }
            case "Boolean", "Checkbox" -> {
                if (value instanceof Boolean) {
                    yield value;
                }
                throw InfrahubError.invalidType(kind, field, "Boolean", typeName(value));
            }
            case "JSON", "List", "Any" -> value;
            case "IPHost" -> IpValues.parse(value).map(IpValues::withPrefixlen)
                    .orElseThrow(() -> InfrahubError.invalidType(kind, field, "IPHost", typeName(value)));
            case "IPNetwork" -> IpValues.parse(value).map(IpValues::network)
                    .orElseThrow(() -> InfrahubError.invalidType(kind, field, "IPNetwork", typeName(value)));
            default -> {
                if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                    yield value.toString();
                }
                throw InfrahubError.invalidType(kind, field, "String", typeName(value));
            }
        };
        if (!attribute.enumValues().isEmpty() && attribute.enumValues().stream().noneMatch(v -> String.valueOf(v).equals(String.valueOf(normalised)))) {
            throw InfrahubError.constraint(kind, field, "enum", attribute.enumValues().toString(),
                    normalised + " must be one of " + attribute.enumValues() + " for " + kind + "." + field);
        }
        if (!attribute.choices().isEmpty() && attribute.choices().stream().noneMatch(c -> String.valueOf(c.get("name")).equals(normalised))) {
            List<Object> names = attribute.choices().stream().map(c -> c.get("name")).toList();
            throw InfrahubError.constraint(kind, field, "choices", names.toString(),
                    normalised + " must be one of " + names + " for " + kind + "." + field);
        }
        if (normalised instanceof String text) {
            if (attribute.regex() != null && !REGEXES.computeIfAbsent(attribute.regex(), Pattern::compile).matcher(text).find()) {
                throw InfrahubError.constraint(kind, field, "regex", attribute.regex(),
                        "Value for " + kind + "." + field + " does not conform to the regex '" + attribute.regex() + "'");
            }
            if (attribute.minLength() != null && text.length() < attribute.minLength()) {
                throw InfrahubError.constraint(kind, field, "min_length", attribute.minLength().toString(),
                        "Value for " + kind + "." + field + " is shorter than " + attribute.minLength() + " characters");
            }
            if (attribute.maxLength() != null && text.length() > attribute.maxLength()) {
                throw InfrahubError.constraint(kind, field, "max_length", attribute.maxLength().toString(),
                        "Value for " + kind + "." + field + " is longer than " + attribute.maxLength() + " characters");
            }
        }
        return normalised;
    }

    private static String typeName(Object value) {
        if (value instanceof String) {
            return "String";
        }
        if (value instanceof Boolean) {
            return "Boolean";
        }
        if (value instanceof Number) {
            return "Integer";
        }
        return value instanceof List<?> ? "List" : "Object";
    }

    /** Resolves {@code RelatedNodeInput} (one) or a list of them (many) to edges, checking each peer. */
    private List<PeerEdge> resolvePeers(KindSchema owner, RelationshipSchema relationship, Object input) {
        List<Object> items = input instanceof List<?> list ? new ArrayList<>(list) : List.of(input);
        List<PeerEdge> edges = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> map)) {
                continue;
            }
            Map<String, Object> related = asMap(map);
            String peerKind = related.get("kind") != null ? related.get("kind").toString() : relationship.peer();
            NodeRecord peer;
            String identifier;
            if (related.get("id") != null) {
                identifier = related.get("id").toString();
                peer = branch.get(identifier);
            } else if (related.get("hfid") instanceof List<?> hfid) {
                identifier = String.join(", ", hfid.stream().map(String::valueOf).toList());
                peer = findByHfid(peerKind, hfid.stream().map(String::valueOf).toList());
            } else {
                continue;
            }
            if (peer == null || !schema.isA(peer.kind, relationship.peer()) || !schema.isA(peer.kind, peerKind)) {
                throw InfrahubError.nodeNotFound(identifier, relationship.peer());
            }
            String source = lineage(related, "_relation__source");
            String ownerId = lineage(related, "_relation__owner");
            edges.add(new PeerEdge(peer.id, source, ownerId, Boolean.TRUE.equals(related.get("_relation__is_protected")), now));
        }
        if (!relationship.many() && edges.size() > 1) {
            throw InfrahubError.validation("Too many peers for " + owner.kind + "." + relationship.name()
                    + " (cardinality one), received " + edges.size());
        }
        return edges;
    }

    /** A lineage id ({@code source}/{@code owner}) must name an existing {@code LineageSource}/{@code LineageOwner} node. */
    private String lineage(Object input, String key) {
        if (!(input instanceof Map<?, ?> map) || map.get(key) == null) {
            return null;
        }
        String id = map.get(key).toString();
        String kind = key.contains("owner") ? "LineageOwner" : "LineageSource";
        NodeRecord node = branch.get(id);
        if (node == null || !schema.isA(node.kind, kind)) {
            throw InfrahubError.nodeNotFound(id, kind);
        }
        return id;
    }

    /** Infrahub puts IP prefixes and addresses without a namespace into the default namespace. */
    private void assignDefaultNamespace(KindSchema schemaOf, Map<String, List<PeerEdge>> edges) {
        RelationshipSchema namespace = schemaOf.relationship("ip_namespace");
        if (namespace == null || edges.containsKey("ip_namespace") || !namespace.peer().equals("BuiltinIPNamespace")) {
            return;
        }
        for (NodeRecord candidate : branch.rowsOf("BuiltinIPNamespace")) {
            if (Boolean.TRUE.equals(candidate.value("default"))) {
                edges.put("ip_namespace", List.of(new PeerEdge(candidate.id, null, null, false, now)));
                return;
            }
        }
    }

    private List<String> checkUnique(KindSchema schemaOf, NodeRecord draft, String selfId) {
        List<List<String>> rules = schemaOf.allUniquenessRules();
        List<String> keys = new ArrayList<>();
        KindTable table = branch.table(schemaOf.kind);
        for (int i = 0; i < rules.size(); i++) {
            List<String> values = ruleValues(draft, rules.get(i));
            if (values == null) {
                continue;
            }
            String key = indexKey(i, values);
            String holder = table.uniqueIndex.get(key);
            if (holder != null && !holder.equals(selfId)) {
                List<String> fields = rules.get(i).stream().map(path -> Paths.split(path)[0]).toList();
                String message = fields.size() == 1
                        ? "Node of kind " + schemaOf.kind + " already has " + fields.get(0) + " '" + values.get(0) + "'"
                        : "Node of kind " + schemaOf.kind + " already exists with " + String.join(", ", fields) + " "
                                + values.stream().map(v -> "'" + v + "'").toList();
                throw new InfrahubError("UNIQUENESS_VIOLATION", 422, message,
                        Map.of("node_kind", schemaOf.kind, "fields", fields));
            }
            keys.add(key);
        }
        return keys;
    }

    List<String> keysOf(KindSchema schemaOf, NodeRecord record) {
        List<List<String>> rules = schemaOf.allUniquenessRules();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            List<String> values = ruleValues(record, rules.get(i));
            if (values != null) {
                keys.add(indexKey(i, values));
            }
        }
        return keys;
    }

    /** Values of a rule's paths on a record not yet stored: peers are looked up through its own edges. */
    private List<String> ruleValues(NodeRecord record, List<String> rule) {
        List<String> values = new ArrayList<>(rule.size());
        for (String path : rule) {
            Object value = pathValue(record, path);
            if (value == null) {
                return null;
            }
            values.add(String.valueOf(value));
        }
        return values;
    }

    private Object pathValue(NodeRecord record, String path) {
        int separator = path.indexOf("__");
        String[] parts = separator < 0 ? new String[] {path} : new String[] {path.substring(0, separator), path.substring(separator + 2)};
        KindSchema kind = schema.get(record.kind);
        RelationshipSchema relationship = kind.relationship(parts[0]);
        if (relationship != null && !relationship.many()) {
            List<PeerEdge> edges = record.relationships.containsKey(parts[0]) ? record.edges(parts[0])
                    : branch.byId.containsKey(record.id) ? branch.peers(record, relationship) : List.of();
            if (edges.isEmpty()) {
                return null;
            }
            NodeRecord peer = branch.get(edges.get(0).peerId());
            if (peer == null) {
                return null;
            }
            return parts.length == 1 ? peer.id : branch.resolvePath(peer, parts[1]);
        }
        return branch.resolvePath(record, path);
    }

    static String indexKey(int rule, List<String> values) {
        return rule + "\u0001" + String.join("\u0001", values);
    }

    private void insert(NodeRecord record, List<String> keys) {
        branch.byId.put(record.id, record);
        KindTable table = branch.table(record.kind);
        table.rows.add(record);
        record.indexKeys = keys;
        keys.forEach(key -> table.uniqueIndex.put(key, record.id));
        record.relationships.forEach((name, edges) -> edges.forEach(edge -> branch.addReverse(edge.peerId(), record.id, name)));
        detachCounterparts(record);
        branch.version++;
    }

    private void replace(NodeRecord existing, NodeRecord draft, List<String> keys, Set<String> changedRelationships) {
        KindSchema kind = schema.get(existing.kind);
        KindTable table = branch.table(existing.kind);
        existing.indexKeys.forEach(key -> table.uniqueIndex.remove(key, existing.id));
        existing.relationships.forEach((name, edges) -> edges.forEach(edge -> branch.removeReverse(edge.peerId(), existing.id, name)));
        // An edge written on the peer's side is replaced too: drop it there.
        for (String name : changedRelationships) {
            RelationshipSchema relationship = kind.relationship(name);
            for (PeerEdge edge : branch.peers(existing, relationship)) {
                NodeRecord peer = branch.get(edge.peerId());
                if (peer != null && !existing.edges(name).contains(edge)) {
                    dropEdgesTo(peer, existing.id, relationship);
                }
            }
        }
        existing.attributes.clear();
        existing.attributes.putAll(draft.attributes);
        existing.relationships.clear();
        existing.relationships.putAll(draft.relationships);
        existing.updatedAt = now;
        existing.indexKeys = keys;
        keys.forEach(key -> table.uniqueIndex.put(key, existing.id));
        existing.relationships.forEach((name, edges) -> edges.forEach(edge -> branch.addReverse(edge.peerId(), existing.id, name)));
        detachCounterparts(existing);
        reindexDependants(existing);
        branch.version++;
    }

    /** A peer whose matching relationship has cardinality one can only point back at one node. */
    private void detachCounterparts(NodeRecord record) {
        KindSchema kind = schema.get(record.kind);
        record.relationships.forEach((name, edges) -> {
            RelationshipSchema relationship = kind.relationship(name);
            for (PeerEdge edge : edges) {
                NodeRecord peer = branch.get(edge.peerId());
                if (peer == null) {
                    continue;
                }
                for (RelationshipSchema other : schema.get(peer.kind).relationships.values()) {
                    if (!other.many() && other.identifier().equals(relationship.identifier())
                            && branch.counterpart(record, name, peer, other)) {
                        for (PeerEdge own : List.copyOf(peer.edges(other.name()))) {
                            if (!own.peerId().equals(record.id)) {
                                peer.relationships.put(other.name(), new ArrayList<>());
                                branch.removeReverse(own.peerId(), peer.id, other.name());
                            }
                        }
                    }
                }
            }
        });
    }

    private void dropEdgesTo(NodeRecord peer, String targetId, RelationshipSchema targetRelationship) {
        for (Map.Entry<String, List<PeerEdge>> entry : peer.relationships.entrySet()) {
            if (entry.getValue().removeIf(edge -> edge.peerId().equals(targetId))) {
                branch.removeReverse(targetId, peer.id, entry.getKey());
            }
        }
        peer.updatedAt = now;
    }

    /** Records whose HFID or uniqueness goes through this node's attributes get their index keys refreshed. */
    private void reindexDependants(NodeRecord changed) {
        Set<BranchData.ReverseRef> refs = branch.reverse.get(changed.id);
        if (refs == null) {
            return;
        }
        for (BranchData.ReverseRef ref : List.copyOf(refs)) {
            NodeRecord dependant = branch.get(ref.sourceId());
            if (dependant == null) {
                continue;
            }
            KindSchema kind = schema.get(dependant.kind);
            KindTable table = branch.table(dependant.kind);
            dependant.indexKeys.forEach(key -> table.uniqueIndex.remove(key, dependant.id));
            List<String> keys = keysOf(kind, dependant);
            dependant.indexKeys = keys;
            keys.forEach(key -> table.uniqueIndex.putIfAbsent(key, dependant.id));
        }
    }

    /** Removes a node and every edge that touches it. */
    void remove(NodeRecord record) {
        KindTable table = branch.table(record.kind);
        record.indexKeys.forEach(key -> table.uniqueIndex.remove(key, record.id));
        table.rows.remove(record);
        branch.byId.remove(record.id);
        record.relationships.forEach((name, edges) -> edges.forEach(edge -> branch.removeReverse(edge.peerId(), record.id, name)));
        Set<BranchData.ReverseRef> refs = branch.reverse.remove(record.id);
        if (refs != null) {
            for (BranchData.ReverseRef ref : refs) {
                NodeRecord source = branch.get(ref.sourceId());
                if (source != null) {
                    source.edges(ref.relationship()).removeIf(edge -> edge.peerId().equals(record.id));
                }
            }
        }
        branch.version++;
    }

    private KindSchema nodeSchema(String kind) {
        KindSchema schemaOf = schema.get(kind);
        if (schemaOf == null || schemaOf.generic) {
            throw new InfrahubError("SCHEMA_NOT_FOUND", 422, "Unable to find the schema " + kind + " in the database.",
                    Map.of("kind", kind));
        }
        return schemaOf;
    }

    private static String identifier(Map<String, Object> data) {
        if (data.get("id") != null) {
            return data.get("id").toString();
        }
        if (data.get("hfid") instanceof List<?> hfid) {
            return String.join(", ", hfid.stream().map(String::valueOf).toList());
        }
        return "None";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
