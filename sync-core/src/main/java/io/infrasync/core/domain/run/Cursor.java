package io.infrasync.core.domain.run;

import static java.util.Objects.requireNonNull;

/**
 * Where the next incremental extraction of one resource starts, packed in {@code cursors.json} as
 * {@code "<TIER_NAME>:<value>"} (for example {@code "TIMESTAMP:2026-06-08T12:00:00+00:00"}).
 *
 * @param tier  how the value is to be interpreted
 * @param value the tier-specific position (may itself contain {@code :})
 */
public record Cursor(CursorTier tier, String value) {

    public Cursor {
        requireNonNull(tier, "cursor tier is null");
        requireNonNull(value, "cursor value is null");
    }

    /** The {@code cursors.json} form. */
    public String packed() {
        return tier.name() + ":" + value;
    }

    /** Parses the {@code cursors.json} form; the tier is everything before the first {@code :}. */
    public static Cursor parse(String packed) {
        requireNonNull(packed, "cursor is null");
        int colon = packed.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("cursor '" + packed + "' is not of the form TIER:value");
        }
        String tier = packed.substring(0, colon);
        try {
            return new Cursor(CursorTier.valueOf(tier), packed.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor '" + packed + "' has unknown tier '" + tier
                    + "' (expected NONE, PAGE_TOKEN, TIMESTAMP or INFRAHUB_DIFF)", e);
        }
    }
}
