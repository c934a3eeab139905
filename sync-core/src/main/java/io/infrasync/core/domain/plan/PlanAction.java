package io.infrasync.core.domain.plan;

import java.util.Locale;

/** What a plan row asks the destination to do; rendered lower-case in {@code plan.parquet}. */
public enum PlanAction {
    CREATE, UPDATE, DELETE;

    /** The spelling used in {@code plan.parquet} and by the Python original. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the {@code plan.parquet} spelling; unknown values are rejected with the value named. */
    public static PlanAction fromWireName(String value) {
        for (PlanAction action : values()) {
            if (action.wireName().equals(value)) {
                return action;
            }
        }
        throw new IllegalArgumentException("unknown plan action '" + value + "' (expected create, update or delete)");
    }
}
