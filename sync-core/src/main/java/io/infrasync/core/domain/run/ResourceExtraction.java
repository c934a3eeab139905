package io.infrasync.core.domain.run;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * How one resource of one side was extracted in a run, as recorded in {@code run.json}.
 *
 * @param mode      full or warm
 * @param warmRuns  consecutive warm extracts of this resource up to and including this run (0 for a full one): the
 *                  counter that {@code incremental.full_resync_every} is checked against
 * @param reason    why a full extract was taken although {@code --no-full-extract} asked for a warm one; {@code null}
 *                  for warm extracts and for runs that asked for a full extract
 * @param read      records read from the system (all of them when full, the changed ones when warm)
 * @param deleted   records of the previous extract that the system no longer lists (warm only)
 */
public record ResourceExtraction(ExtractMode mode, int warmRuns, String reason, long read, long deleted) {

    public ResourceExtraction {
        requireNonNull(mode, "mode is null");
        if (warmRuns < 0 || (mode == ExtractMode.FULL && warmRuns != 0) || (mode == ExtractMode.WARM && warmRuns == 0)) {
            throw new IllegalArgumentException("a " + mode.wireName() + " extract cannot count " + warmRuns + " warm runs");
        }
        if (read < 0 || deleted < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** A full extract of {@code read} records, taken for {@code reason} (null when a full one was asked for). */
    public static ResourceExtraction full(long read, String reason) {
        return new ResourceExtraction(ExtractMode.FULL, 0, reason, read, 0);
    }

    /** The warm extract number {@code warmRuns} in a row. */
    public static ResourceExtraction warm(int warmRuns, long changed, long deleted) {
        return new ResourceExtraction(ExtractMode.WARM, warmRuns, null, changed, deleted);
    }

    /** Why a full extract was taken instead of a warm one, when it was. */
    public Optional<String> fallbackReason() {
        return Optional.ofNullable(reason);
    }
}
