package io.infrasync.core.domain.diff;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts of a diff (the original's {@code Diff.summary()}): elements per action at every depth, and
 * {@code skip = modelsProcessed - create - 2*update - delete - 2*noChange} (skipped roots plus children
 * of child types only one side declares).
 *
 * @param create   elements to create
 * @param update   elements to update
 * @param delete   elements to delete
 * @param noChange elements without change
 * @param skip     skipped objects (may be negative for hand-built diffs)
 */
public record DiffSummary(long create, long update, long delete, long noChange, long skip) {

    /** The original's dict: keys {@code create, update, delete, no-change, skip} in that order. */
    public Map<String, Long> asMap() {
        Map<String, Long> map = new LinkedHashMap<>();
        map.put("create", create);
        map.put("update", update);
        map.put("delete", delete);
        map.put("no-change", noChange);
        map.put("skip", skip);
        return map;
    }
}
