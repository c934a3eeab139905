package io.infrasync.core.domain.run;

import java.util.Locale;

/** The lifecycle state of a run, as written to {@code run.json}. */
public enum RunStatus {
    /** Allocated, nothing loaded yet. */
    PENDING,
    /** Loading, diffing or writing; also what a crashed run is left as. */
    RUNNING,
    /** Finished a diff without writing to the destination. */
    DRY_RUN,
    /** Finished and wrote its plan to the destination. */
    APPLIED,
    /** Ended with an error. */
    FAILED;

    /** The spelling in {@code run.json}: {@code pending}, {@code running}, {@code dry-run}, {@code applied}, {@code failed}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the run reached its end, successfully or not. */
    public boolean isFinished() {
        return this == DRY_RUN || this == APPLIED || this == FAILED;
    }

    /** Whether the run finished successfully and may serve as a baseline for incremental runs. */
    public boolean isSuccessful() {
        return this == DRY_RUN || this == APPLIED;
    }

    /** Parses the {@code run.json} spelling; unknown values are rejected with the value named. */
    public static RunStatus fromWireName(String value) {
        for (RunStatus status : values()) {
            if (status.wireName().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown run status '" + value
                + "' (expected pending, running, dry-run, applied or failed)");
    }
}
