package io.infrasync.core.domain.diff;

import io.infrasync.core.domain.model.ObjectAlreadyExistsException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of diff elements grouped by type (diffsync's {@code Diff}); also the child diff of every element.
 * Groups and elements keep insertion order.
 *
 * <p>Subclass it to order elements ({@link #orderChildren}) or to react to completion ({@link #complete}),
 * and pass {@code MyDiff::new} as the diff factory so that every level uses the subclass.
 */
public class Diff {

    private final Map<String, Map<Object, DiffElement>> groups = new LinkedHashMap<>();
    private long modelsProcessed;

    /**
     * Adds an element to its type group.
     *
     * @throws ObjectAlreadyExistsException if the group already has an element of that name (names are
     *                                      shortnames, so siblings with equal shortnames fail here); it
     *                                      carries the new element
     */
    public void add(DiffElement element) {
        Map<Object, DiffElement> group = groups.computeIfAbsent(element.type(), t -> new LinkedHashMap<>());
        DiffElement previous = group.putIfAbsent(element.identity(), element);
        if (previous != null) {
            throw new ObjectAlreadyExistsException("Already storing a " + element.type() + " named "
                    + element.name(), element);
        }
    }

    /** The type group names in insertion order. */
    public List<String> groups() {
        return List.copyOf(groups.keySet());
    }

    /** The elements of one group in insertion order (empty if none). */
    public List<DiffElement> group(String type) {
        Map<Object, DiffElement> group = groups.get(type);
        return group == null ? List.of() : List.copyOf(group.values());
    }

    /**
     * The ordering hook: the elements of one group, in the order sync, {@link #dict()}, {@link #summary()}
     * and {@link #size()} see them. It receives the group's elements in insertion order (the default
     * result). {@link #str()} and {@link #hasDiffs()} ignore it, as in the original.
     */
    protected List<DiffElement> orderChildren(String type, List<DiffElement> elements) {
        return elements;
    }

    /** Every element, group by group, each group through {@link #orderChildren}. */
    public List<DiffElement> children() {
        List<DiffElement> result = new ArrayList<>();
        for (Map.Entry<String, Map<Object, DiffElement>> e : groups.entrySet()) {
            Collection<DiffElement> values = e.getValue().values();
            result.addAll(orderChildren(e.getKey(), Collections.unmodifiableList(new ArrayList<>(values))));
        }
        return result;
    }

    /** True if no element was added (an empty diff makes a sync compute a fresh one, as in the original). */
    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** True if any element, or any of its descendants, has diffs. */
    public boolean hasDiffs() {
        for (Map<Object, DiffElement> group : groups.values()) {
            for (DiffElement element : group.values()) {
                if (element.hasDiffs(true)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The number of elements at all depths, no-change ones included (the original's {@code len(diff)}). */
    public long size() {
        long size = 0;
        for (DiffElement element : children()) {
            size += element.size();
        }
        return size;
    }

    /** The count of objects the differ processed (set by the differ; used for {@code skip}). */
    public long modelsProcessed() {
        return modelsProcessed;
    }

    /** Sets the count of processed objects (the differ does this; for hand-built diffs set it yourself). */
    public void setModelsProcessed(long count) {
        modelsProcessed = count;
    }

    /** The counts per action at every depth, and the derived skip count. */
    public DiffSummary summary() {
        long[] counts = new long[4];
        count(counts);
        long skip = modelsProcessed - counts[0] - 2 * counts[1] - counts[2] - 2 * counts[3];
        return new DiffSummary(counts[0], counts[1], counts[2], counts[3], skip);
    }

    void count(long[] counts) {
        for (DiffElement element : children()) {
            element.count(counts);
        }
    }

    /** Called once on the top-level diff when the calculation finished. Does nothing by default. */
    public void complete() {
        // a hook for subclasses
    }

    /** The original's text rendering at indent 0. */
    public String str() {
        return str(0);
    }

    /**
     * The text rendering: per group (insertion order) with diffs, a heading line and each element with
     * diffs; {@code (no diffs)} if nothing has diffs.
     */
    public String str(int indent) {
        String margin = " ".repeat(indent);
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Map<Object, DiffElement>> e : groups.entrySet()) {
            boolean heading = false;
            for (DiffElement element : e.getValue().values()) {
                if (element.hasDiffs(true)) {
                    if (!heading) {
                        lines.add(margin + e.getKey());
                        heading = true;
                    }
                    lines.add(element.str(indent + 2));
                }
            }
        }
        return lines.isEmpty() ? "(no diffs)" : String.join("\n", lines);
    }

    /** The structured rendering: {@code {type: {name: element.dict()}}} for elements with diffs. */
    public Map<String, Object> dict() {
        Map<String, Object> result = new LinkedHashMap<>();
        for (DiffElement element : children()) {
            if (element.hasDiffs(true)) {
                @SuppressWarnings("unchecked")
                Map<String, Object> group = (Map<String, Object>) result.computeIfAbsent(element.type(),
                        t -> new LinkedHashMap<String, Object>());
                group.put(element.name(), element.dict());
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return str();
    }
}
