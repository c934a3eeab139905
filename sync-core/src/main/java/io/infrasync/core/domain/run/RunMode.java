package io.infrasync.core.domain.run;

import java.util.Locale;

/** The command that produced a run, as written to {@code run.json}. */
public enum RunMode {
    DIFF, SYNC, APPLY;

    /** The spelling in {@code run.json}: {@code diff}, {@code sync} or {@code apply}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the {@code run.json} spelling; unknown values are rejected with the value named. */
    public static RunMode fromWireName(String value) {
        for (RunMode mode : values()) {
            if (mode.wireName().equals(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown run mode '" + value + "' (expected diff, sync or apply)");
    }
}
