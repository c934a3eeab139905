package io.infrasync.core.domain.config;

/**
 * {@code guardrails} (our extension; absent from the original's file format, where the ratio is fixed).
 *
 * @param rowcountDropRatio refuse a sync when a resource's row count falls below this fraction of the last
 *                          successful one; default {@value #DEFAULT_ROWCOUNT_DROP_RATIO}, as in the original
 * @param maxDeleteRatio    refuse a sync that would delete more than this fraction of a resource's
 *                          destination objects; default {@value #DEFAULT_MAX_DELETE_RATIO}
 */
public record GuardrailsConfig(double rowcountDropRatio, double maxDeleteRatio) {

    public static final double DEFAULT_ROWCOUNT_DROP_RATIO = 0.5;
    public static final double DEFAULT_MAX_DELETE_RATIO = 0.2;

    public GuardrailsConfig {
        checkRatio("rowcountDropRatio", rowcountDropRatio);
        checkRatio("maxDeleteRatio", maxDeleteRatio);
    }

    /** The defaults. */
    public static GuardrailsConfig defaults() {
        return new GuardrailsConfig(DEFAULT_ROWCOUNT_DROP_RATIO, DEFAULT_MAX_DELETE_RATIO);
    }

    private static void checkRatio(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + value);
        }
    }
}
