package io.infrasync.core.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one side's mapping produced.
 *
 * @param objects     the mapped objects, kinds in write order, records in input order inside a kind
 * @param issues      per-object errors and warnings, in the order they were found
 * @param filteredOut how many records the source-side filters dropped
 */
public record MappingResult(List<MappedObject> objects, List<MappingIssue> issues, long filteredOut) {

    public MappingResult {
        objects = List.copyOf(objects);
        issues = List.copyOf(issues);
    }

    /** The objects grouped by kind, kinds in write order. */
    public Map<String, List<MappedObject>> objectsByKind() {
        Map<String, List<MappedObject>> byKind = new LinkedHashMap<>();
        objects.forEach(object -> byKind.computeIfAbsent(object.kind(), key -> new ArrayList<>()).add(object));
        return byKind;
    }

    /** The errors only. */
    public List<MappingIssue> errors() {
        return issues.stream().filter(issue -> issue.severity() == MappingIssue.Severity.ERROR).toList();
    }
}
