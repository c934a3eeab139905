package io.infrasync.core.domain.run;

import java.util.Locale;

/** How a run read one resource of one side. */
public enum ExtractMode {
    /** Every record was read from the system. */
    FULL,
    /**
     * Only the records changed since the previous run's cursor were read; the others were rehydrated from that
     * run's extract, and records the system no longer lists were dropped.
     */
    WARM;

    /** The spelling in {@code run.json}: {@code full} or {@code warm}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the {@code run.json} spelling. */
    public static ExtractMode fromWireName(String value) {
        for (ExtractMode mode : values()) {
            if (mode.wireName().equals(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown extract mode '" + value + "' (expected full or warm)");
    }
}
