package io.infrasync.sandbox.infrahub;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrasync.sandbox.SandboxJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON dump format of the emulator's data:
 * <pre>{"branches": [{"name": "main", "description": "…", "nodes": [
 *   {"id": "…", "kind": "BuiltinTag", "created_at": "…", "updated_at": "…",
 *    "attributes": {"name": "red"} or {"name": {"value": "red", "source": "…", "owner": "…", "is_protected": true}},
 *    "relationships": {"tags": ["id", …] or [{"id": "…", "source": "…"}], "site": "id"}}]}]}</pre>
 * Loading validates kinds, attribute values, peers and uniqueness and names the offending object.
 */
final class DataDump {

    private DataDump() {
    }

    static Map<String, Object> export(Collection<BranchData> branches) {
        List<Object> out = new ArrayList<>();
        for (BranchData branch : branches) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("name", branch.info.name());
            json.put("description", branch.info.description());
            json.put("origin_branch", branch.info.originBranch());
            List<Object> nodes = new ArrayList<>();
            for (KindSchema kind : branch.schema.all()) {
                KindTable table = branch.tables.get(kind.kind);
                if (table == null) {
                    continue;
                }
                for (NodeRecord record : table.rows) {
                    nodes.add(node(record));
                }
            }
            json.put("nodes", nodes);
            out.add(json);
        }
        return Map.of("branches", out);
    }

    private static Map<String, Object> node(NodeRecord record) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", record.id);
        json.put("kind", record.kind);
        json.put("created_at", Views.timestamp(record.createdAt));
        json.put("updated_at", Views.timestamp(record.updatedAt));
        Map<String, Object> attributes = new LinkedHashMap<>();
        record.attributes.forEach((name, value) -> {
            Map<String, Object> attribute = new LinkedHashMap<>();
            attribute.put("value", value.value());
            attribute.put("source", value.source());
            attribute.put("owner", value.owner());
            attribute.put("is_protected", value.isProtected());
            attribute.put("is_default", value.isDefault());
            attributes.put(name, attribute);
        });
        json.put("attributes", attributes);
        Map<String, Object> relationships = new LinkedHashMap<>();
        record.relationships.forEach((name, edges) -> {
            if (!edges.isEmpty()) {
                relationships.put(name, edges.stream().map(edge -> {
                    Map<String, Object> peer = new LinkedHashMap<>();
                    peer.put("id", edge.peerId());
                    peer.put("source", edge.source());
                    peer.put("owner", edge.owner());
                    peer.put("is_protected", edge.isProtected());
                    return peer;
                }).toList());
            }
        });
        json.put("relationships", relationships);
        return json;
    }

    /** JSON scalars straight to Java values (dumps hold 100k+ objects; tree conversion is too slow for them). */
    private static Object plain(JsonNode value) {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isNull()) {
            return null;
        }
        return SandboxJson.mapper().convertValue(value, Object.class);
    }

    /** Loads a dump into the store; call under the store's write lock. */
    static void load(InfrahubStore store, JsonNode root) {
        JsonNode branches = root.path("branches");
        if (!branches.isArray()) {
            throw new IllegalArgumentException("Infrahub data dump: 'branches' must be a list");
        }
        for (JsonNode branchJson : branches) {
            String name = branchJson.path("name").asText(InfrahubStore.MAIN);
            BranchData branch = store.branch(name).orElseGet(() -> store.createBranchLocked(name,
                    branchJson.path("description").asText(null), InfrahubStore.MAIN, false));
            loadNodes(store, branch, branchJson.path("nodes"));
        }
    }

    private static void loadNodes(InfrahubStore store, BranchData branch, JsonNode nodes) {
        InfrahubSchema schema = branch.schema;
        Instant now = store.now();
        NodeWriter writer = new NodeWriter(branch, now, store::newId);
        List<NodeRecord> loaded = new ArrayList<>();
        List<JsonNode> sources = new ArrayList<>();
        for (JsonNode json : nodes) {
            String kind = json.path("kind").asText();
            KindSchema kindSchema = schema.get(kind);
            String id = json.hasNonNull("id") ? json.get("id").asText() : store.newId();
            String where = "Infrahub data dump: " + kind + " " + id + " on branch " + branch.info.name();
            if (kindSchema == null || kindSchema.generic) {
                throw new IllegalArgumentException(where + ": unknown node kind");
            }
            if (branch.byId.containsKey(id)) {
                continue; // already present (a branch copied from main holds main's objects)
            }
            NodeRecord record = new NodeRecord(id, kind, json.hasNonNull("created_at")
                    ? NodeQuery.parseInstant(json.get("created_at").asText()) : now);
            record.updatedAt = json.hasNonNull("updated_at") ? NodeQuery.parseInstant(json.get("updated_at").asText())
                    : record.createdAt;
            for (AttributeSchema attribute : kindSchema.attributes.values()) {
                JsonNode value = json.path("attributes").get(attribute.name());
                Object plain = value == null || value.isNull() ? null
                        : plain(value.isObject() && value.has("value") ? value.get("value") : value);
                if (plain == null && attribute.defaultValue() != null) {
                    plain = attribute.defaultValue();
                }
                if (plain == null && attribute.requiredOnCreate()) {
                    throw new IllegalArgumentException(where + ": attribute " + attribute.name() + " is required");
                }
                Object coerced;
                try {
                    coerced = writer.coerce(kindSchema, attribute, plain);
                } catch (InfrahubError e) {
                    throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
                }
                boolean detailed = value != null && value.isObject() && value.has("value");
                record.attributes.put(attribute.name(), new AttributeValue(coerced,
                        detailed ? value.path("source").asText(null) : null, detailed ? value.path("owner").asText(null) : null,
                        detailed && value.path("is_protected").asBoolean(false),
                        detailed && value.path("is_default").asBoolean(false), record.updatedAt));
            }
            Iterator<String> names = json.path("attributes").fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (kindSchema.attribute(name) == null) {
                    throw new IllegalArgumentException(where + ": " + kind + " has no attribute " + name);
                }
            }
            branch.byId.put(id, record);
            branch.table(kind).rows.add(record);
            loaded.add(record);
            sources.add(json);
        }
        for (int i = 0; i < loaded.size(); i++) {
            NodeRecord record = loaded.get(i);
            KindSchema kindSchema = schema.get(record.kind);
            Iterator<Map.Entry<String, JsonNode>> fields = sources.get(i).path("relationships").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String where = "Infrahub data dump: " + record.kind + " " + record.id + " relationship " + field.getKey();
                RelationshipSchema relationship = kindSchema.relationship(field.getKey());
                if (relationship == null) {
                    throw new IllegalArgumentException(where + ": unknown relationship");
                }
                List<PeerEdge> edges = new ArrayList<>();
                JsonNode value = field.getValue();
                for (JsonNode peer : value.isArray() ? value : List.of(value)) {
                    if (peer.isNull()) {
                        continue;
                    }
                    String peerId = peer.isObject() ? peer.path("id").asText() : peer.asText();
                    NodeRecord target = branch.get(peerId);
                    if (target == null || !schema.isA(target.kind, relationship.peer())) {
                        throw new IllegalArgumentException(where + ": peer " + peerId + " is not a stored " + relationship.peer());
                    }
                    edges.add(new PeerEdge(peerId, peer.isObject() ? peer.path("source").asText(null) : null,
                            peer.isObject() ? peer.path("owner").asText(null) : null,
                            peer.isObject() && peer.path("is_protected").asBoolean(false), record.updatedAt));
                    branch.addReverse(peerId, record.id, relationship.name());
                }
                record.relationships.put(relationship.name(), edges);
            }
        }
        for (NodeRecord record : loaded) {
            KindSchema kindSchema = schema.get(record.kind);
            KindTable table = branch.table(record.kind);
            List<String> keys = writer.keysOf(kindSchema, record);
            for (String key : keys) {
                String holder = table.uniqueIndex.putIfAbsent(key, record.id);
                if (holder != null && !holder.equals(record.id)) {
                    throw new IllegalArgumentException("Infrahub data dump: " + record.kind + " " + record.id
                            + " violates a uniqueness constraint already held by " + holder);
                }
            }
            record.indexKeys = keys;
        }
        branch.version++;
    }
}
