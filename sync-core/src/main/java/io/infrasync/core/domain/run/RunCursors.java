package io.infrasync.core.domain.run;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The content of {@code cursors.json}: one cursor per side and resource.
 *
 * @param bySide for each side, cursors by resource name (both sides always present, resources sorted)
 */
public record RunCursors(Map<Side, Map<String, Cursor>> bySide) {

    public RunCursors {
        requireNonNull(bySide, "bySide is null");
        EnumMap<Side, Map<String, Cursor>> copy = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            Map<String, Cursor> cursors = bySide.getOrDefault(side, Map.of());
            TreeMap<String, Cursor> sorted = new TreeMap<>();
            cursors.forEach((resource, cursor) -> sorted.put(requireNonNull(resource, "resource is null"),
                    requireNonNull(cursor, "cursor of " + side + "/" + resource + " is null")));
            copy.put(side, Collections.unmodifiableMap(sorted));
        }
        bySide = Collections.unmodifiableMap(copy);
    }

    /** No cursors on either side. */
    public static RunCursors empty() {
        return new RunCursors(Map.of());
    }

    /** The cursor of {@code resource} on {@code side}, if any. */
    public Optional<Cursor> get(Side side, String resource) {
        return Optional.ofNullable(bySide.get(side).get(resource));
    }

    /** These cursors with {@code cursor} set for {@code side}/{@code resource}. */
    public RunCursors with(Side side, String resource, Cursor cursor) {
        return merge(new RunCursors(Map.of(side, Map.of(resource, cursor))));
    }

    /** These cursors overlaid with {@code newer}: a resource present in {@code newer} takes its cursor from there. */
    public RunCursors merge(RunCursors newer) {
        EnumMap<Side, Map<String, Cursor>> merged = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            Map<String, Cursor> both = new TreeMap<>(bySide.get(side));
            both.putAll(newer.bySide.get(side));
            merged.put(side, both);
        }
        return new RunCursors(merged);
    }
}
