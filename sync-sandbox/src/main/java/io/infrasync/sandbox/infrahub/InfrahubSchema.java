package io.infrasync.sandbox.infrahub;

import io.infrasync.sandbox.SandboxJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The resolved schema of one emulated server: every node and generic by kind, and their
 * {@code GET /api/schema} rendering with per-kind hashes and the overall {@code main} hash.
 */
final class InfrahubSchema {

    static final String CORE_NODE = "CoreNode";
    static final String CORE_GROUP = "CoreGroup";

    private final Map<String, KindSchema> kinds;
    private final List<KindSchema> ordered;
    private final Map<String, Object> apiJson;
    private final String hash;

    InfrahubSchema(Map<String, KindSchema> kinds) {
        this.kinds = Map.copyOf(kinds);
        this.ordered = List.copyOf(kinds.values());
        List<Object> nodes = new ArrayList<>();
        List<Object> generics = new ArrayList<>();
        List<String> namespaces = new ArrayList<>();
        StringBuilder hashes = new StringBuilder();
        for (KindSchema schema : ordered) {
            Map<String, Object> rendered = SchemaJson.render(schema);
            hashes.append(rendered.get("hash"));
            (schema.generic ? generics : nodes).add(rendered);
            if (!namespaces.contains(schema.namespace)) {
                namespaces.add(schema.namespace);
            }
        }
        this.hash = md5(hashes.toString());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("main", hash);
        json.put("nodes", nodes);
        json.put("generics", generics);
        json.put("profiles", List.of());
        json.put("templates", List.of());
        json.put("namespaces", namespaces.stream()
                .map(name -> Map.of("name", name, "user_editable", !name.equals("Core") && !name.equals("Builtin")
                        && !name.equals("Lineage") && !name.equals("Ipam")))
                .toList());
        this.apiJson = json;
    }

    /** Every kind, nodes and generics, in load order. */
    Collection<KindSchema> all() {
        return ordered;
    }

    KindSchema get(String kind) {
        return kinds.get(kind);
    }

    /** True when an object of node kind {@code nodeKind} can stand where {@code kind} is expected. */
    boolean isA(String nodeKind, String kind) {
        if (nodeKind.equals(kind) || kind.equals(CORE_NODE)) {
            return true;
        }
        KindSchema node = kinds.get(nodeKind);
        return node != null && node.inheritFrom.contains(kind);
    }

    /** The node kinds whose objects a query on {@code kind} returns. */
    List<String> concreteKinds(String kind) {
        KindSchema schema = kinds.get(kind);
        if (schema == null) {
            return List.of();
        }
        return schema.generic ? List.copyOf(schema.usedBy) : List.of(kind);
    }

    /** The {@code GET /api/schema} body (filtered by namespace when {@code namespaces} is not empty). */
    Map<String, Object> apiJson(List<String> namespaces) {
        if (namespaces.isEmpty()) {
            return apiJson;
        }
        Map<String, Object> filtered = new LinkedHashMap<>(apiJson);
        for (String section : List.of("nodes", "generics")) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) apiJson.get(section);
            filtered.put(section, items.stream().filter(item -> namespaces.contains(item.get("namespace"))).toList());
        }
        return filtered;
    }

    String hash() {
        return hash;
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JVM", e);
        }
    }

    /** A stable UUID for a schema element, so that {@code /api/schema} is identical across restarts. */
    static String stableId(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String toJson(Object value) {
        return new String(SandboxJson.write(value), StandardCharsets.UTF_8);
    }
}
