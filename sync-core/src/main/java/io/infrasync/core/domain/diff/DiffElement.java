package io.infrasync.core.domain.diff;

import static java.util.Objects.requireNonNull;

import io.infrasync.core.domain.model.AttrMaps;
import io.infrasync.core.domain.value.PythonText;
import io.infrasync.core.domain.value.Values;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One compared object (diffsync's {@code DiffElement}): type, name (the shortname), keys (the
 * identifiers), the attributes of each side ({@code null} = absent on that side, empty = present
 * without attributes) and a child diff.
 *
 * <p>The attribute maps are kept as given; the engine passes immutable snapshots, so a diff keeps
 * describing the state it was computed from even after a sync changed the objects.
 */
public class DiffElement implements Comparable<DiffElement> {

    private final String type;
    private final String name;
    private final Map<String, Object> keys;
    private final String sourceName;
    private final String destName;
    private final Supplier<? extends Diff> diffFactory;
    private final Object identity;
    private Map<String, Object> sourceAttrs;
    private Map<String, Object> destAttrs;
    private Diff childDiff;
    private DiffAction action;

    /**
     * Creates an element with no attributes on either side.
     *
     * @param type        the model type name
     * @param name        the element name (the object's shortname)
     * @param keys        identifier name to value
     * @param sourceName  the source dataset's name, used in renderings
     * @param destName    the destination dataset's name
     * @param diffFactory creates the child diff (so custom Diff subclasses apply at every level)
     */
    public DiffElement(String type, String name, Map<String, Object> keys, String sourceName, String destName,
            Supplier<? extends Diff> diffFactory) {
        this(type, name, keys, sourceName, destName, diffFactory, name);
    }

    /**
     * Creates an element whose identity within its diff group is {@code identity} instead of its name.
     * The engine passes the collision-free {@link io.infrasync.core.domain.model.ModelKey} for types without
     * a shortname, so that two objects whose rendered ids collide (the original joins with {@code "__"})
     * stay two elements; for types with a shortname the identity is the name, and equal sibling
     * shortnames are an error, as in the original.
     */
    public DiffElement(String type, String name, Map<String, Object> keys, String sourceName, String destName,
            Supplier<? extends Diff> diffFactory, Object identity) {
        this.identity = requireNonNull(identity, "diff element identity is null");
        this.type = requireNonNull(type, "diff element type is null");
        this.name = requireNonNull(name, "diff element name is null");
        this.keys = requireNonNull(keys, "diff element keys are null");
        this.sourceName = requireNonNull(sourceName, "source name is null");
        this.destName = requireNonNull(destName, "dest name is null");
        this.diffFactory = requireNonNull(diffFactory, "diff factory is null");
    }

    /** An element with the default names "source" and "dest" and plain {@link Diff} children. */
    public DiffElement(String type, String name, Map<String, Object> keys) {
        this(type, name, keys, "source", "dest", Diff::new);
    }

    /** Sets whichever side is non-null (may overwrite an earlier value), as the original's {@code add_attrs}. */
    public void addAttrs(Map<String, Object> source, Map<String, Object> dest) {
        if (source != null) {
            sourceAttrs = source;
        }
        if (dest != null) {
            destAttrs = dest;
        }
        action = null;
    }

    /** The model type name (the diff group). */
    public String type() {
        return type;
    }

    /** The element name: the object's shortname (its uid when the type declares no shortname). */
    public String name() {
        return name;
    }

    /** What makes this element unique in its diff group: its name, or its key (see the constructor). */
    public Object identity() {
        return identity;
    }

    /** Identifier name to value. */
    public Map<String, Object> keys() {
        return keys;
    }

    /** The source dataset's name, as shown in text renderings. */
    public String sourceName() {
        return sourceName;
    }

    /** The destination dataset's name, as shown in text renderings. */
    public String destName() {
        return destName;
    }

    /** The source attributes, or null if the object does not exist in the source. */
    public Map<String, Object> sourceAttrs() {
        return sourceAttrs;
    }

    /** The destination attributes, or null if the object does not exist in the destination. */
    public Map<String, Object> destAttrs() {
        return destAttrs;
    }

    /** The child diff (created on first use, by the element's diff factory). */
    public Diff childDiff() {
        if (childDiff == null) {
            childDiff = diffFactory.get();
        }
        return childDiff;
    }

    /** True if a child was ever added (avoids creating empty child diffs for leaves). */
    public boolean hasChildDiff() {
        return childDiff != null && !childDiff.isEmpty();
    }

    /** Adds a child element to the child diff. */
    public void addChild(DiffElement child) {
        childDiff().add(child);
    }

    /** The child elements in the child diff's {@link Diff#children()} order. */
    public List<DiffElement> children() {
        return childDiff == null ? List.of() : childDiff.children();
    }

    /** The keys compared: shared keys in destination order when both sides exist, else the present side's. */
    public List<String> attrsKeys() {
        if (sourceAttrs != null && destAttrs != null) {
            return AttrMaps.sharedKeys(destAttrs, sourceAttrs);
        }
        if (destAttrs != null) {
            return List.copyOf(destAttrs.keySet());
        }
        if (sourceAttrs != null) {
            return List.copyOf(sourceAttrs.keySet());
        }
        return List.of();
    }

    /** create (source only), delete (destination only), update (some shared value differs) or no change. */
    public DiffAction action() {
        DiffAction cached = action;
        if (cached == null) {
            cached = computeAction();
            action = cached;
        }
        return cached;
    }

    private DiffAction computeAction() {
        if (sourceAttrs != null && destAttrs == null) {
            return DiffAction.CREATE;
        }
        if (sourceAttrs == null && destAttrs != null) {
            return DiffAction.DELETE;
        }
        if (sourceAttrs != null && AttrMaps.anyDifference(destAttrs, sourceAttrs)) {
            return DiffAction.UPDATE;
        }
        return DiffAction.NO_CHANGE;
    }

    /**
     * The attribute differences: {@code "-"} (destination values) and {@code "+"} (source values) for
     * the differing shared keys when both sides exist (both present even if empty); only {@code "-"}
     * with every destination attribute, or only {@code "+"} with every source attribute, for one-sided
     * elements; empty when neither side exists.
     */
    public Map<String, Map<String, Object>> attrsDiffs() {
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        if (sourceAttrs != null && destAttrs != null) {
            Map<String, Object> minus = new LinkedHashMap<>();
            Map<String, Object> plus = new LinkedHashMap<>();
            for (String key : attrsKeys()) {
                Object d = destAttrs.get(key);
                Object s = sourceAttrs.get(key);
                if (!Values.equal(d, s)) {
                    minus.put(key, d);
                    plus.put(key, s);
                }
            }
            result.put("-", minus);
            result.put("+", plus);
        } else if (destAttrs != null) {
            result.put("-", destAttrs);
        } else if (sourceAttrs != null) {
            result.put("+", sourceAttrs);
        }
        return result;
    }

    /** True if one side is missing, a shared value differs, or (with {@code includeChildren}) a child has diffs. */
    public boolean hasDiffs(boolean includeChildren) {
        if ((sourceAttrs == null) != (destAttrs == null)) {
            return true;
        }
        if (sourceAttrs != null && action() == DiffAction.UPDATE) {
            return true;
        }
        return includeChildren && childDiff != null && childDiff.hasDiffs();
    }

    /** {@link #hasDiffs(boolean)} including children. */
    public boolean hasDiffs() {
        return hasDiffs(true);
    }

    /** Counts of this element and its descendants: keys {@code create, update, delete, no-change}. */
    public Map<String, Long> summary() {
        long[] counts = new long[4];
        count(counts);
        Map<String, Long> map = new LinkedHashMap<>();
        map.put("create", counts[0]);
        map.put("update", counts[1]);
        map.put("delete", counts[2]);
        map.put("no-change", counts[3]);
        return map;
    }

    void count(long[] counts) {
        counts[action().ordinal()]++;
        if (childDiff != null) {
            childDiff.count(counts);
        }
    }

    /** 1 plus the size of every descendant (the original's {@code len(element)}). */
    public long size() {
        return 1 + (childDiff == null ? 0 : childDiff.size());
    }

    /**
     * The unique id users see: the key values joined with {@code "__"}, rendered like Python's {@code str()},
     * in the model type's identifier order for elements the engine built (else in key order).
     */
    public String uid() {
        return AttrMaps.renderUid(keys);
    }

    /** The original's text rendering at indent 0. */
    public String str() {
        return str(0);
    }

    /** The original's text rendering: header, per-attribute lines or MISSING note, then children with diffs. */
    public String str(int indent) {
        String margin = " ".repeat(indent);
        StringBuilder out = new StringBuilder(margin).append(type).append(": ").append(name);
        if (sourceAttrs != null && destAttrs != null) {
            Map<String, Map<String, Object>> diffs = attrsDiffs();
            Map<String, Object> minus = diffs.get("-");
            for (Map.Entry<String, Object> e : diffs.get("+").entrySet()) {
                out.append('\n').append(margin).append("  ").append(e.getKey()).append("    ")
                        .append(sourceName).append('(').append(PythonText.str(e.getValue())).append(')')
                        .append("    ").append(destName).append('(').append(PythonText.str(minus.get(e.getKey())))
                        .append(')');
            }
        } else if (destAttrs != null) {
            out.append(" MISSING in ").append(sourceName);
        } else if (sourceAttrs != null) {
            out.append(" MISSING in ").append(destName);
        }
        if (childDiff != null && childDiff.hasDiffs()) {
            out.append('\n').append(childDiff.str(indent + 2));
        } else if (sourceAttrs == null && destAttrs == null) {
            out.append(" (no diffs)");
        }
        return out.toString();
    }

    /** The structured rendering: {@code "-"} / {@code "+"} maps, then child groups with diffs. */
    public Map<String, Object> dict() {
        Map<String, Object> result = new LinkedHashMap<>(attrsDiffs());
        if (childDiff != null && childDiff.hasDiffs()) {
            result.putAll(childDiff.dict());
        }
        return result;
    }

    /** Orders by (type, name), as the original. */
    @Override
    public int compareTo(DiffElement other) {
        int byType = type.compareTo(other.type);
        return byType != 0 ? byType : name.compareTo(other.name);
    }

    /** Equal if type, name, keys and both attribute maps are equal (children are not compared). */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DiffElement e)) {
            return false;
        }
        return type.equals(e.type) && name.equals(e.name) && Values.equal(keys, e.keys)
                && Values.equal(sourceAttrs, e.sourceAttrs) && Values.equal(destAttrs, e.destAttrs);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + name.hashCode();
    }

    @Override
    public String toString() {
        return str();
    }
}
