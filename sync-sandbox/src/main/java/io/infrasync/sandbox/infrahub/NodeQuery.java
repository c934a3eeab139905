package io.infrasync.sandbox.infrahub;

import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Runs the filters, ordering and pagination of a list query ({@code InfraDevice(offset:, limit:, name__value:, …)})
 * or of a many-relationship field. Unfiltered lists in default order are cached per branch version, so
 * that paging through 100k objects costs O(page) per page.
 */
final class NodeQuery {

    private static final Set<String> PAGING = Set.of("offset", "limit", "order", "partial_match");

    /** One page of matches and the total number of matches. */
    record Page(List<NodeRecord> rows, int count) {
    }

    private final BranchData branch;

    NodeQuery(BranchData branch) {
        this.branch = branch;
    }

    Page list(String kind, Map<String, Object> arguments) {
        KindSchema schema = branch.schema.get(kind);
        boolean partial = Boolean.TRUE.equals(arguments.get("partial_match"));
        List<Predicate<NodeRecord>> filters = new ArrayList<>();
        List<NodeRecord> candidates = null;
        for (Map.Entry<String, Object> argument : arguments.entrySet()) {
            String name = argument.getKey();
            Object value = argument.getValue();
            if (PAGING.contains(name) || value == null) {
                continue;
            }
            if (name.equals("ids")) {
                candidates = byIds(kind, asList(value));
                continue;
            }
            filters.add(filter(schema, name, value, partial));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> order = (Map<String, Object>) arguments.get("order");
        List<NodeRecord> matches;
        if (candidates == null && filters.isEmpty()) {
            matches = sortedAll(schema, order);
        } else {
            List<NodeRecord> pool = candidates != null ? candidates : branch.rowsOf(kind);
            matches = new ArrayList<>();
            for (NodeRecord record : pool) {
                if (filters.stream().allMatch(f -> f.test(record))) {
                    matches.add(record);
                }
            }
            sort(schema, order, matches);
        }
        return paginate(matches, arguments);
    }

    /** Filters and pages the peers of a many-relationship field. */
    Page nested(KindSchema peerSchema, List<NodeRecord> peers, Map<String, Object> arguments) {
        boolean partial = Boolean.TRUE.equals(arguments.get("partial_match"));
        List<NodeRecord> matches = new ArrayList<>();
        Set<String> ids = arguments.get("ids") == null ? null : new HashSet<>(asList(arguments.get("ids")));
        List<Predicate<NodeRecord>> filters = new ArrayList<>();
        for (Map.Entry<String, Object> argument : arguments.entrySet()) {
            String name = argument.getKey();
            if (PAGING.contains(name) || name.equals("ids") || name.equals("isnull") || argument.getValue() == null
                    || name.equals("include_descendants")) {
                continue;
            }
            filters.add(filter(peerSchema, name, argument.getValue(), partial));
        }
        for (NodeRecord peer : peers) {
            if ((ids == null || ids.contains(peer.id)) && filters.stream().allMatch(f -> f.test(peer))) {
                matches.add(peer);
            }
        }
        return paginate(matches, arguments);
    }

    private Page paginate(List<NodeRecord> matches, Map<String, Object> arguments) {
        int offset = arguments.get("offset") instanceof Number n ? Math.max(0, n.intValue()) : 0;
        Integer limit = arguments.get("limit") instanceof Number n ? n.intValue() : null;
        int from = Math.min(offset, matches.size());
        int to = limit == null || limit < 0 ? matches.size() : (int) Math.min((long) from + limit, matches.size());
        return new Page(matches.subList(from, to), matches.size());
    }

    private List<NodeRecord> byIds(String kind, List<String> ids) {
        List<NodeRecord> found = new ArrayList<>();
        for (String id : ids) {
            NodeRecord record = branch.get(id);
            if (record != null && branch.schema.isA(record.kind, kind) && !found.contains(record)) {
                found.add(record);
            }
        }
        return found;
    }

    private List<NodeRecord> sortedAll(KindSchema schema, Map<String, Object> order) {
        String key = schema.kind + "|" + order;
        BranchData.CachedList cached = branch.sortedCache.get(key);
        if (cached != null && cached.version() == branch.version) {
            return cached.rows();
        }
        List<NodeRecord> rows = new ArrayList<>(branch.rowsOf(schema.kind));
        sort(schema, order, rows);
        branch.sortedCache.put(key, new BranchData.CachedList(branch.version, rows));
        return rows;
    }

    @SuppressWarnings("unchecked")
    private void sort(KindSchema schema, Map<String, Object> order, List<NodeRecord> rows) {
        if (order != null && Boolean.TRUE.equals(order.get("disable"))) {
            return;
        }
        List<String> fields = new ArrayList<>();
        List<Boolean> descending = new ArrayList<>();
        if (order != null && order.get("by") instanceof List<?> by && !by.isEmpty()) {
            for (Object item : by) {
                Map<String, Object> entry = (Map<String, Object>) item;
                fields.add(String.valueOf(entry.get("field")));
                descending.add("DESC".equals(String.valueOf(entry.get("direction"))));
            }
        } else if (order != null && order.get("node_metadata") instanceof Map<?, ?> metadata && !metadata.isEmpty()) {
            ((Map<String, Object>) metadata).forEach((field, direction) -> {
                if (direction != null) {
                    fields.add("node_metadata__" + field);
                    descending.add("DESC".equals(String.valueOf(direction)));
                }
            });
        } else if (schema.orderBy != null) {
            fields.addAll(schema.orderBy);
            schema.orderBy.forEach(f -> descending.add(false));
        }
        if (fields.isEmpty()) {
            return;
        }
        // Keys are computed once per row, not once per comparison.
        int width = fields.size();
        List<Object[]> keyed = new ArrayList<>(rows.size());
        for (NodeRecord record : rows) {
            Object[] keys = new Object[width + 1];
            for (int i = 0; i < width; i++) {
                keys[i] = sortKey(record, fields.get(i));
            }
            keys[width] = record;
            keyed.add(keys);
        }
        keyed.sort((a, b) -> {
            for (int i = 0; i < width; i++) {
                int result = compareValues(a[i], b[i]);
                if (result != 0) {
                    return descending.get(i) ? -result : result;
                }
            }
            return 0;
        });
        for (int i = 0; i < keyed.size(); i++) {
            rows.set(i, (NodeRecord) keyed.get(i)[width]);
        }
    }

    private Object sortKey(NodeRecord record, String field) {
        // Concrete kinds under a generic may not all have the field; they sort as null.
        return branch.schema.get(record.kind) == null ? null : branch.resolvePath(record, field);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if ((a instanceof Long || a instanceof Integer) && (b instanceof Long || b instanceof Integer)) {
            return Long.compare(((Number) a).longValue(), ((Number) b).longValue());
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new BigInteger(x.toString()).compareTo(new BigInteger(y.toString()));
        }
        if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
            return ca.compareTo(b);
        }
        return a.toString().compareTo(b.toString());
    }

    private Predicate<NodeRecord> filter(KindSchema schema, String name, Object argument, boolean partial) {
        if (name.equals("hfid")) {
            List<String> wanted = asList(argument);
            return record -> wanted.equals(branch.hfid(record));
        }
        if (name.startsWith("node_metadata__")) {
            return metadataFilter(name.substring("node_metadata__".length()), argument);
        }
        if (name.equals("kinds")) {
            List<String> kinds = asList(argument);
            return record -> kinds.stream().anyMatch(kind -> branch.schema.isA(record.kind, kind));
        }
        String[] parts = Paths.split(name);
        if (parts[0].equals("display_label")) {
            return valueFilter(branch::displayLabel, parts[1], argument, partial);
        }
        if (parts[0].equals("any")) {
            String property = parts[1];
            return record -> branch.schema.get(record.kind).attributes.keySet().stream()
                    .anyMatch(attribute -> attributeFilter(attribute, property, argument, partial).test(record));
        }
        if (schema.attribute(parts[0]) != null) {
            return attributeFilter(parts[0], name.substring(parts[0].length() + 2), argument, partial);
        }
        RelationshipSchema relationship = schema.relationship(parts[0]);
        if (relationship != null) {
            String rest = name.substring(parts[0].length() + 2);
            if (rest.equals("ids")) {
                Set<String> ids = new HashSet<>(asList(argument));
                return record -> peersOf(record, relationship).stream().anyMatch(peer -> ids.contains(peer.id));
            }
            if (rest.equals("isnull")) {
                boolean wantNull = Boolean.TRUE.equals(argument);
                return record -> peersOf(record, relationship).isEmpty() == wantNull;
            }
            KindSchema peerSchema = branch.schema.get(relationship.peer());
            Predicate<NodeRecord> peerFilter = filter(peerSchema, rest, argument, partial);
            return record -> peersOf(record, relationship).stream().anyMatch(peerFilter);
        }
        // A field of a concrete kind queried through a generic that lacks it matches nothing.
        return record -> false;
    }

    private List<NodeRecord> peersOf(NodeRecord record, RelationshipSchema relationship) {
        KindSchema kind = branch.schema.get(record.kind);
        RelationshipSchema own = kind.relationship(relationship.name());
        if (own == null) {
            return List.of();
        }
        List<NodeRecord> peers = new ArrayList<>();
        for (PeerEdge edge : branch.peers(record, own)) {
            NodeRecord peer = branch.get(edge.peerId());
            if (peer != null) {
                peers.add(peer);
            }
        }
        return peers;
    }

    private Predicate<NodeRecord> attributeFilter(String attribute, String property, Object argument, boolean partial) {
        return switch (property) {
            case "source__id" -> record -> stored(record, attribute) != null
                    && argument.toString().equals(stored(record, attribute).source());
            case "owner__id" -> record -> stored(record, attribute) != null
                    && argument.toString().equals(stored(record, attribute).owner());
            case "is_protected" -> record -> stored(record, attribute) != null
                    && argument.equals(stored(record, attribute).isProtected());
            default -> valueFilter(record -> record.value(attribute), property, argument, partial);
        };
    }

    private static AttributeValue stored(NodeRecord record, String attribute) {
        return record.attributes.get(attribute);
    }

    private static Predicate<NodeRecord> valueFilter(java.util.function.Function<NodeRecord, Object> getter, String property,
            Object argument, boolean partial) {
        return switch (property) {
            case "isnull" -> record -> (getter.apply(record) == null) == Boolean.TRUE.equals(argument);
            case "values" -> {
                List<String> wanted = asList(argument);
                yield record -> {
                    Object value = getter.apply(record);
                    return value != null && wanted.stream().anyMatch(w -> matches(value, w, partial));
                };
            }
            default -> record -> {
                Object value = getter.apply(record);
                return value != null && matches(value, argument.toString(), partial);
            };
        };
    }

    private static boolean matches(Object value, String wanted, boolean partial) {
        String text = String.valueOf(value);
        if (partial) {
            return text.toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT));
        }
        return text.equals(wanted);
    }

    private static Predicate<NodeRecord> metadataFilter(String name, Object argument) {
        if (name.endsWith("__id") || name.endsWith("__ids")) {
            // No account is recorded as creator or updater, so these filters match nothing.
            return record -> false;
        }
        Instant bound = parseInstant(argument);
        boolean created = name.startsWith("created_at");
        return switch (name.replace("created_at", "at").replace("updated_at", "at")) {
            case "at__after" -> record -> (created ? record.createdAt : record.updatedAt).isAfter(bound);
            case "at__before" -> record -> (created ? record.createdAt : record.updatedAt).isBefore(bound);
            default -> record -> (created ? record.createdAt : record.updatedAt).equals(bound);
        };
    }

    static Instant parseInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        String text = String.valueOf(value);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(text + "Z").toInstant();
        }
    }

    private static List<String> asList(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
