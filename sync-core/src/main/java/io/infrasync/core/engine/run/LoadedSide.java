package io.infrasync.core.engine.run;

import io.infrasync.core.domain.model.Dataset;
import io.infrasync.core.domain.run.Cursor;
import io.infrasync.core.mapping.MappingIssue;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One side after loading: its objects, the local id of each (by kind and unique id), the mapping issues,
 * the records read per resource, the cursors taken before reading, how each resource was extracted, and when
 * the extract started.
 */
record LoadedSide(Dataset dataset, Map<String, Map<String, String>> localIds, List<MappingIssue> issues,
        Map<String, Long> recordsRead, Map<String, Cursor> cursors,
        Map<String, io.infrasync.core.domain.run.ResourceExtraction> extraction, Instant extractedAt) {

    String localId(String kind, String uid) {
        return localIds.getOrDefault(kind, Map.of()).get(uid);
    }

    boolean hasErrors() {
        return issues.stream().anyMatch(issue -> issue.severity() == MappingIssue.Severity.ERROR);
    }
}
