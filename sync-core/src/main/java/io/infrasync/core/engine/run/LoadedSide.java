package io.infrasync.core.engine.run;

import io.infrasync.core.domain.model.Dataset;
import io.infrasync.core.domain.run.Cursor;
import io.infrasync.core.mapping.MappingIssue;
import io.infrasync.core.mapping.PeerKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One side after loading: its objects, the local id of each (by kind and unique id), the mapping issues,
 * the records read per resource, the cursors taken before reading, how each resource was extracted, when the
 * extract started, and where each object came from (by kind and unique id: resource and local id; empty when
 * the loader did not keep it).
 */
record LoadedSide(Dataset dataset, Map<String, Map<String, String>> localIds, List<MappingIssue> issues,
        Map<String, Long> recordsRead, Map<String, Cursor> cursors,
        Map<String, io.infrasync.core.domain.run.ResourceExtraction> extraction, Instant extractedAt,
        Map<String, Map<String, PeerKey>> origins) {

    /** Where the object {@code uid} of {@code kind} was read: its resource and local id, when the loader kept it. */
    java.util.Optional<PeerKey> origin(String kind, String uid) {
        return java.util.Optional.ofNullable(origins.getOrDefault(kind, Map.of()).get(uid));
    }

    String localId(String kind, String uid) {
        return localIds.getOrDefault(kind, Map.of()).get(uid);
    }

    boolean hasErrors() {
        return issues.stream().anyMatch(issue -> issue.severity() == MappingIssue.Severity.ERROR);
    }
}
