package io.infrasync.sandbox.infrahub;

import java.time.Instant;
import java.util.List;

/**
 * Replays one branch's changes onto another: objects created or changed on {@code from} after
 * {@code since} replace their counterpart on {@code into}, and objects that existed at {@code since}
 * but are gone from {@code from} are deleted from {@code into}. Conflicts resolve to {@code from}.
 */
final class BranchMerger {

    private BranchMerger() {
    }

    static void apply(BranchData from, BranchData into, Instant since) {
        NodeWriter writer = new NodeWriter(into, since, () -> {
            throw new IllegalStateException("a merge never creates ids");
        });
        for (NodeRecord source : List.copyOf(from.byId.values())) {
            boolean changed = source.updatedAt.isAfter(since) || source.createdAt.isAfter(since);
            if (!changed && into.byId.containsKey(source.id)) {
                continue;
            }
            NodeRecord existing = into.get(source.id);
            if (existing != null) {
                // Replace in place: edges others wrote towards it stay, its own edges come from the branch.
                existing.relationships.forEach((name, edges) ->
                        edges.forEach(edge -> into.removeReverse(edge.peerId(), existing.id, name)));
                into.table(existing.kind).rows.remove(existing);
            }
            NodeRecord copy = source.copy();
            into.byId.put(copy.id, copy);
            into.table(copy.kind).rows.add(copy);
            copy.relationships.forEach((name, edges) -> edges.forEach(edge -> into.addReverse(edge.peerId(), copy.id, name)));
        }
        for (NodeRecord target : List.copyOf(into.byId.values())) {
            if (!from.byId.containsKey(target.id) && !target.createdAt.isAfter(since)) {
                writer.remove(target);
            }
        }
        // Edges copied from the branch may point at objects the target lacks; drop them, then rebuild the indexes.
        for (NodeRecord record : into.byId.values()) {
            record.relationships.forEach((name, edges) -> edges.removeIf(edge -> !into.byId.containsKey(edge.peerId())));
        }
        for (KindTable table : into.tables.values()) {
            table.uniqueIndex.clear();
            for (NodeRecord record : table.rows) {
                List<String> keys = writer.keysOf(into.schema.get(record.kind), record);
                keys.forEach(key -> table.uniqueIndex.putIfAbsent(key, record.id));
                record.indexKeys = keys;
            }
        }
        into.version++;
    }
}
