package io.infrasync.core.domain.run;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How one side was extracted in a run.
 *
 * @param endpoint  a fingerprint of the system the side was read from (adapter, settings without secrets, branch):
 *                  a warm run only builds on an extract of the same system
 * @param resources the extraction of each resource, sorted by name
 */
public record SideExtraction(String endpoint, Map<String, ResourceExtraction> resources) {

    public SideExtraction {
        requireNonNull(endpoint, "endpoint is null");
        TreeMap<String, ResourceExtraction> sorted = new TreeMap<>();
        requireNonNull(resources, "resources is null").forEach((resource, extraction) -> sorted.put(
                requireNonNull(resource, "resource is null"),
                requireNonNull(extraction, "extraction of " + resource + " is null")));
        resources = Collections.unmodifiableMap(sorted);
    }

    /** The extraction of {@code resource}, if recorded. */
    public Optional<ResourceExtraction> get(String resource) {
        return Optional.ofNullable(resources.get(resource));
    }
}
