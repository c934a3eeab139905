package io.infrasync.core.domain.run;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A resource whose row count fell below the guardrail's threshold of its last successful count.
 *
 * @param resource the kind name
 * @param previous the count in {@code last-successful-rowcounts.json} (positive)
 * @param current  the count of this run
 */
public record RowCountDrop(String resource, long previous, long current) {

    public RowCountDrop {
        requireNonNull(resource, "resource is null");
        if (previous <= 0 || current < 0) {
            throw new IllegalArgumentException("a row-count drop needs previous > 0 and current >= 0 (got "
                    + previous + " and " + current + " for '" + resource + "')");
        }
    }

    /** {@code current / previous}. */
    public double ratio() {
        return (double) current / previous;
    }

    /** "InfraDevice dropped from 1200 to 3 rows (ratio 0.00 < 0.50)". */
    public String describe(double threshold) {
        return String.format(Locale.ROOT, "%s dropped from %d to %d rows (ratio %.2f < %.2f)", resource, previous,
                current, ratio(), threshold);
    }
}
