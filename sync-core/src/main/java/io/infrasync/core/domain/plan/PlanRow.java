package io.infrasync.core.domain.plan;

import static java.util.Objects.requireNonNull;

/**
 * One change of a diff plan: the ten columns of {@code plan.parquet}, in that order (seed 000).
 *
 * <p>{@code action}, {@code resource} and {@code sourceId} are always present; every other column is
 * nullable, because the original leaves them empty unless there is something to say. {@code oldValue}
 * and {@code newValue} hold the JSON of the element's {@code -} and {@code +} attribute maps; the engine
 * renders them so that the cache writes them verbatim.
 *
 * @param action        create, update or delete
 * @param resource      the kind name as declared in {@code schema_mapping[].name}
 * @param sourceId      the element's unique id as users see it (identifier values joined with {@code __})
 * @param destId        the destination's primary key, once known
 * @param attribute     the attribute, for per-attribute rows
 * @param oldValue      JSON of the {@code -} map (updates)
 * @param newValue      JSON of the {@code +} map (creates and updates)
 * @param owner         the sync identity owning the object, for ownership-based skips
 * @param skipReason    why the engine deliberately skipped the row
 * @param conflictClass the kind of write conflict the engine flagged
 */
public record PlanRow(
        PlanAction action,
        String resource,
        String sourceId,
        String destId,
        String attribute,
        String oldValue,
        String newValue,
        String owner,
        String skipReason,
        String conflictClass) {

    public PlanRow {
        requireNonNull(action, "action is null");
        requireNonNull(resource, "resource is null");
        requireNonNull(sourceId, "sourceId is null");
    }
}
