package io.infrasync.core.domain.run;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code extraction} part of {@code run.json}: how each side, and each resource of it, was read.
 *
 * @param bySide the sides that were read (an {@code apply} run reads none of its own and carries its diff's log)
 */
public record ExtractionLog(Map<Side, SideExtraction> bySide) {

    public ExtractionLog {
        requireNonNull(bySide, "bySide is null");
        EnumMap<Side, SideExtraction> copy = new EnumMap<>(Side.class);
        bySide.forEach((side, extraction) -> copy.put(requireNonNull(side, "side is null"),
                requireNonNull(extraction, "extraction of side " + side + " is null")));
        bySide = Collections.unmodifiableMap(copy);
    }

    /** Nothing recorded (runs written before incremental extraction existed). */
    public static ExtractionLog empty() {
        return new ExtractionLog(Map.of());
    }

    /** How {@code side} was read, if recorded. */
    public Optional<SideExtraction> side(Side side) {
        return Optional.ofNullable(bySide.get(side));
    }

    /** Whether nothing is recorded. */
    public boolean isEmpty() {
        return bySide.isEmpty();
    }

    /** This log with {@code side} recorded as {@code extraction}. */
    public ExtractionLog with(Side side, SideExtraction extraction) {
        EnumMap<Side, SideExtraction> merged = new EnumMap<>(Side.class);
        merged.putAll(bySide);
        merged.put(side, extraction);
        return new ExtractionLog(merged);
    }
}
