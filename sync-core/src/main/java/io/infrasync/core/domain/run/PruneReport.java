package io.infrasync.core.domain.run;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code runs prune} did.
 *
 * @param deleted       the runs deleted, oldest first
 * @param protectedRuns runs the policy selected but that were kept, with the reason (latest applied, in progress)
 */
public record PruneReport(List<RunId> deleted, Map<RunId, String> protectedRuns) {

    public PruneReport {
        deleted = List.copyOf(requireNonNull(deleted, "deleted is null"));
        protectedRuns = Collections.unmodifiableMap(new TreeMap<>(requireNonNull(protectedRuns, "protectedRuns is null")));
    }
}
