package io.infrasync.sandbox.infrahub;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All objects of one branch: records by id, a table per node kind, and the reverse edge index that
 * shows an edge written on one side ({@code interface.device}) on the other ({@code device.interfaces}).
 * Not thread-safe: {@link InfrahubStore} guards it with its lock.
 */
final class BranchData {

    /** Who points at a node: the writer's id and the relationship it wrote. */
    record ReverseRef(String sourceId, String relationship) {
    }

    /** Branch metadata as the {@code Branch} query shows it. */
    record BranchInfo(String id, String name, String description, String originBranch, Instant branchedFrom,
            Instant createdAt, boolean syncWithGit, boolean isDefault) {
    }

    final BranchInfo info;
    final InfrahubSchema schema;
    final Map<String, NodeRecord> byId = new HashMap<>();
    final Map<String, KindTable> tables = new HashMap<>();
    final Map<String, Set<ReverseRef>> reverse = new HashMap<>();
    /** Bumped by every write; list caches are valid for one version. */
    long version;
    /** Filled by concurrent readers (under the read lock), hence concurrent. */
    final Map<String, CachedList> sortedCache = new java.util.concurrent.ConcurrentHashMap<>();

    record CachedList(long version, List<NodeRecord> rows) {
    }

    BranchData(BranchInfo info, InfrahubSchema schema) {
        this.info = info;
        this.schema = schema;
    }

    /** A deep copy for a new branch (Infrahub branches start as a copy of their origin). */
    BranchData copy(BranchInfo newInfo) {
        BranchData copy = new BranchData(newInfo, schema);
        byId.forEach((id, record) -> copy.byId.put(id, record.copy()));
        tables.forEach((kind, table) -> copy.tables.put(kind, table.copy(copy.byId)));
        reverse.forEach((id, refs) -> copy.reverse.put(id, new LinkedHashSet<>(refs)));
        return copy;
    }

    KindTable table(String kind) {
        return tables.computeIfAbsent(kind, k -> new KindTable());
    }

    NodeRecord get(String id) {
        return id == null ? null : byId.get(id);
    }

    /** Every object a query on {@code kind} (node or generic) covers, in creation order per kind. */
    List<NodeRecord> rowsOf(String kind) {
        List<String> concrete = schema.concreteKinds(kind);
        if (concrete.size() == 1) {
            KindTable table = tables.get(concrete.get(0));
            return table == null ? List.of() : table.rows;
        }
        List<NodeRecord> rows = new ArrayList<>();
        for (String node : concrete) {
            KindTable table = tables.get(node);
            if (table != null) {
                rows.addAll(table.rows);
            }
        }
        return rows;
    }

    /**
     * The edges of a relationship as Infrahub shows them: those written on this node plus those written
     * on a peer through the matching relationship (same identifier, opposite direction).
     */
    List<PeerEdge> peers(NodeRecord node, RelationshipSchema relationship) {
        if (relationship.kind().equals("Hierarchy") && relationship.readOnly()
                && (relationship.name().equals("ancestors") || relationship.name().equals("descendants"))) {
            return lineage(node, relationship.name().equals("ancestors") ? "parent" : "children");
        }
        List<PeerEdge> own = node.edges(relationship.name());
        Set<ReverseRef> refs = reverse.get(node.id);
        if (refs == null || refs.isEmpty()) {
            return own;
        }
        Map<String, PeerEdge> merged = new LinkedHashMap<>();
        for (PeerEdge edge : own) {
            merged.put(edge.peerId(), edge);
        }
        for (ReverseRef ref : refs) {
            NodeRecord source = byId.get(ref.sourceId());
            if (source == null || merged.containsKey(source.id) || !counterpart(source, ref.relationship(), node, relationship)) {
                continue;
            }
            for (PeerEdge edge : source.edges(ref.relationship())) {
                if (edge.peerId().equals(node.id)) {
                    merged.put(source.id, new PeerEdge(source.id, edge.source(), edge.owner(), edge.isProtected(),
                            edge.createdAt()));
                    break;
                }
            }
        }
        return new ArrayList<>(merged.values());
    }

    /** Ancestors (following {@code parent}) or descendants (following {@code children}) of a hierarchical node. */
    private List<PeerEdge> lineage(NodeRecord node, String step) {
        List<PeerEdge> found = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>(Set.of(node.id));
        java.util.ArrayDeque<NodeRecord> queue = new java.util.ArrayDeque<>(List.of(node));
        while (!queue.isEmpty()) {
            NodeRecord current = queue.poll();
            RelationshipSchema relationship = schema.get(current.kind).relationship(step);
            if (relationship == null) {
                continue;
            }
            for (PeerEdge edge : peers(current, relationship)) {
                NodeRecord next = byId.get(edge.peerId());
                if (next != null && seen.add(next.id)) {
                    found.add(edge);
                    queue.add(next);
                }
            }
        }
        return found;
    }

    /** True when {@code source.sourceRelationship} is the other end of {@code target.targetRelationship}. */
    boolean counterpart(NodeRecord source, String sourceRelationship, NodeRecord target, RelationshipSchema targetRelationship) {
        RelationshipSchema written = schema.get(source.kind).relationship(sourceRelationship);
        if (written == null || !written.identifier().equals(targetRelationship.identifier())) {
            return false;
        }
        boolean directional = !written.direction().equals("bidirectional") || !targetRelationship.direction().equals("bidirectional");
        if (directional && written.direction().equals(targetRelationship.direction())) {
            return false;
        }
        return schema.isA(source.kind, targetRelationship.peer()) && schema.isA(target.kind, written.peer());
    }

    void addReverse(String targetId, String sourceId, String relationship) {
        reverse.computeIfAbsent(targetId, k -> new LinkedHashSet<>()).add(new ReverseRef(sourceId, relationship));
    }

    void removeReverse(String targetId, String sourceId, String relationship) {
        Set<ReverseRef> refs = reverse.get(targetId);
        if (refs != null) {
            refs.remove(new ReverseRef(sourceId, relationship));
            if (refs.isEmpty()) {
                reverse.remove(targetId);
            }
        }
    }

    /** The single peer of a cardinality-one relationship, or null. */
    NodeRecord peer(NodeRecord node, String relationshipName) {
        RelationshipSchema relationship = schema.get(node.kind).relationship(relationshipName);
        if (relationship == null) {
            return null;
        }
        List<PeerEdge> edges = peers(node, relationship);
        return edges.isEmpty() ? null : byId.get(edges.get(0).peerId());
    }

    /**
     * Resolves a schema path on a node: {@code name__value}, {@code prefix__version},
     * {@code site} (peer id), {@code site__name__value}; null when any step is missing.
     */
    Object resolvePath(NodeRecord node, String path) {
        KindSchema kind = schema.get(node.kind);
        String[] parts = Paths.split(path);
        if (kind.attribute(parts[0]) != null) {
            Object value = node.value(parts[0]);
            String property = parts.length > 1 ? parts[1] : "value";
            return attributeProperty(value, property);
        }
        if (kind.relationship(parts[0]) != null) {
            NodeRecord peer = peer(node, parts[0]);
            if (peer == null) {
                return null;
            }
            if (parts.length == 1 || parts[1].equals("id")) {
                return peer.id;
            }
            return resolvePath(peer, path.substring(parts[0].length() + 2));
        }
        if (parts[0].equals("node_metadata") && parts.length > 1) {
            return parts[1].equals("created_at") ? node.createdAt : node.updatedAt;
        }
        return null;
    }

    private static Object attributeProperty(Object value, String property) {
        return switch (property) {
            case "value" -> value;
            case "version" -> IpValues.parse(value).map(IpValues::version).orElse(null);
            case "binary_address" -> IpValues.parse(value).map(IpValues::address).orElse(null);
            case "prefixlen" -> IpValues.parse(value).map(IpValues::prefixlen).orElse(null);
            default -> null;
        };
    }

    /** The HFID of a node, or null when its kind has none or a component is unset. */
    List<String> hfid(NodeRecord node) {
        List<String> paths = schema.get(node.kind).humanFriendlyId;
        if (paths == null) {
            return null;
        }
        List<String> values = new ArrayList<>(paths.size());
        for (String path : paths) {
            Object value = resolvePath(node, path);
            if (value == null) {
                return null;
            }
            values.add(String.valueOf(value));
        }
        return values;
    }

    /** The display label: the {@code display_label} template, else {@code display_labels}, else Kind(ID: id). */
    String displayLabel(NodeRecord node) {
        KindSchema kind = schema.get(node.kind);
        if (kind.displayLabel != null) {
            return renderTemplate(node, kind.displayLabel);
        }
        if (kind.displayLabels != null && !kind.displayLabels.isEmpty()) {
            StringBuilder label = new StringBuilder();
            for (String path : kind.displayLabels) {
                Object value = resolvePath(node, path);
                if (value != null) {
                    if (!label.isEmpty()) {
                        label.append(' ');
                    }
                    label.append(value);
                }
            }
            return label.toString();
        }
        return node.kind + "(ID: " + node.id + ")";
    }

    /** {@code name__value} or a small Jinja template such as {@code "{{ name__value }} ({{ asn__value }})"}. */
    private String renderTemplate(NodeRecord node, String template) {
        if (!template.contains("{{")) {
            Object value = resolvePath(node, template.trim());
            return value == null ? "" : String.valueOf(value);
        }
        StringBuilder out = new StringBuilder();
        int position = 0;
        while (position < template.length()) {
            int open = template.indexOf("{{", position);
            int close = open < 0 ? -1 : template.indexOf("}}", open);
            if (open < 0 || close < 0) {
                out.append(template, position, template.length());
                break;
            }
            out.append(template, position, open);
            Object value = resolvePath(node, template.substring(open + 2, close).trim());
            out.append(value == null ? "" : value);
            position = close + 2;
        }
        return out.toString();
    }
}
