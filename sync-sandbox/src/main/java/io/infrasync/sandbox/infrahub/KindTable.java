package io.infrasync.sandbox.infrahub;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects of one node kind in creation order, with the uniqueness index (unique attributes,
 * uniqueness constraints, HFID) that makes uniqueness checks and HFID look-ups O(1).
 */
final class KindTable {

    final List<NodeRecord> rows = new ArrayList<>();
    final Map<String, String> uniqueIndex = new HashMap<>();

    KindTable copy(Map<String, NodeRecord> copiedById) {
        KindTable copy = new KindTable();
        for (NodeRecord row : rows) {
            copy.rows.add(copiedById.get(row.id));
        }
        copy.uniqueIndex.putAll(uniqueIndex);
        return copy;
    }
}
