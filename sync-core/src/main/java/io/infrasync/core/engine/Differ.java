package io.infrasync.core.engine;

import io.infrasync.core.domain.diff.Diff;
import io.infrasync.core.domain.diff.DiffElement;
import io.infrasync.core.domain.model.Dataset;
import io.infrasync.core.domain.model.ModelFlag;
import io.infrasync.core.domain.model.ModelKey;
import io.infrasync.core.domain.model.ModelObject;
import io.infrasync.core.domain.model.ModelType;
import io.infrasync.core.domain.sync.DiffOptions;
import io.infrasync.core.domain.sync.DiffSyncFlag;
import io.infrasync.core.domain.sync.ProgressCallback;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One diff calculation (diffsync's {@code DiffSyncDiffer}): walks the shared top-level types in the
 * destination's order, pairs objects by key (source order, then destination-only objects in
 * destination order), applies the skip rules and recurses into children.
 *
 * <p>O(n): top-level pairing probes the other dataset's hash index; child lists of more than a few
 * entries are paired through a hash map.
 */
final class Differ {

    // Below this many children a linear scan beats building a hash map (the lists are per parent).
    private static final int LINEAR_PAIRING_LIMIT = 16;

    private final Dataset src;
    private final Dataset dst;
    private final boolean skipUnmatchedSrc;
    private final boolean skipUnmatchedDst;
    private final ProgressCallback progress;
    private final Supplier<? extends Diff> diffFactory;
    private final long totalModels;
    private long modelsProcessed;

    Differ(Dataset src, Dataset dst, DiffOptions options) {
        this.src = src;
        this.dst = dst;
        this.skipUnmatchedSrc = options.flags().contains(DiffSyncFlag.SKIP_UNMATCHED_SRC);
        this.skipUnmatchedDst = options.flags().contains(DiffSyncFlag.SKIP_UNMATCHED_DST);
        this.progress = options.progress();
        this.diffFactory = options.diffFactory();
        this.totalModels = (long) src.count() + dst.count();
    }

    Diff calculate() {
        Diff diff = diffFactory.get();
        Set<String> srcTop = new LinkedHashSet<>(src.topLevel());
        Set<String> dstTop = new LinkedHashSet<>(dst.topLevel());
        // Top-level types only one side lists are never compared; their objects count as skipped.
        Set<String> oneSided = new TreeSet<>();
        for (String t : srcTop) {
            if (!dstTop.contains(t)) {
                oneSided.add(t);
            }
        }
        for (String t : dstTop) {
            if (!srcTop.contains(t)) {
                oneSided.add(t);
            }
        }
        for (String t : oneSided) {
            increment(srcTop.contains(t) ? src.count(t) : dst.count(t));
        }
        for (String t : dstTop) {
            if (srcTop.contains(t)) {
                diffTopLevel(t, diff::add);
            }
        }
        diff.setModelsProcessed(modelsProcessed);
        diff.complete();
        return diff;
    }

    private void diffTopLevel(String type, Consumer<DiffElement> sink) {
        List<ModelObject> pairs = new ArrayList<>(2 * Math.max(src.count(type), dst.count(type)));
        src.pairByKey(type, dst, (s, d) -> {
            if (s != null && d != null) {
                validatePair(s, d);
            }
            pairs.add(s);
            pairs.add(d);
        });
        diffPairs(pairs, sink);
    }

    private void diffPairs(List<ModelObject> pairs, Consumer<DiffElement> sink) {
        for (int i = 0; i < pairs.size(); i += 2) {
            DiffElement element = diffObjectPair(pairs.get(i), pairs.get(i + 1));
            if (element != null) {
                sink.accept(element);
            }
        }
    }

    /** Pairs two child lists by key, in source order then destination-only order. */
    private void diffChildLists(List<ModelObject> srcKids, List<ModelKey> srcKeys, List<ModelObject> dstKids,
            List<ModelKey> dstKeys, Consumer<DiffElement> sink) {
        List<ModelObject> pairs = new ArrayList<>(2 * (srcKids.size() + dstKids.size()));
        boolean[] dstMatched = new boolean[dstKids.size()];
        Map<ModelKey, Integer> dstIndex = null;
        if (dstKids.size() > LINEAR_PAIRING_LIMIT) {
            dstIndex = new HashMap<>(dstKids.size() * 2);
            for (int j = 0; j < dstKeys.size(); j++) {
                dstIndex.putIfAbsent(dstKeys.get(j), j);
            }
        }
        for (int i = 0; i < srcKids.size(); i++) {
            int j = dstIndex != null ? dstIndex.getOrDefault(srcKeys.get(i), -1) : indexOf(dstKeys, srcKeys.get(i));
            ModelObject s = srcKids.get(i);
            ModelObject d = null;
            if (j >= 0) {
                d = dstKids.get(j);
                dstMatched[j] = true;
                validatePair(s, d);
            }
            pairs.add(s);
            pairs.add(d);
        }
        for (int j = 0; j < dstKids.size(); j++) {
            if (!dstMatched[j]) {
                pairs.add(null);
                pairs.add(dstKids.get(j));
            }
        }
        diffPairs(pairs, sink);
    }

    private static int indexOf(List<ModelKey> keys, ModelKey key) {
        for (int j = 0; j < keys.size(); j++) {
            if (keys.get(j).equals(key)) {
                return j;
            }
        }
        return -1;
    }

    private static void validatePair(ModelObject s, ModelObject d) {
        if (!s.typeName().equals(d.typeName())) {
            throw new IllegalArgumentException("Type mismatch: " + s.typeName() + " vs " + d.typeName());
        }
        if (!s.shortname().equals(d.shortname())) {
            throw new IllegalArgumentException("Shortname mismatch: " + s.shortname() + " vs " + d.shortname()
                    + " (" + s.typeName() + " " + s.uid() + ")");
        }
        if (!s.type().identifiersInDeclarationOrder().equals(d.type().identifiersInDeclarationOrder())) {
            throw new IllegalArgumentException("Keys mismatch: " + s.identifiers() + " vs " + d.identifiers()
                    + " (" + s.typeName() + " " + s.uid() + ")");
        }
    }

    private DiffElement diffObjectPair(ModelObject s, ModelObject d) {
        if (skipped(s, d)) {
            increment(1);
            return null;
        }
        ModelObject any = s != null ? s : d;
        String name = any.shortname();
        // Without a shortname the name is the rendered uid, which can collide: key the element by its tuple.
        Object identity = any.type().shortname().isEmpty() && !any.isKeyedByText() ? any.key() : name;
        DiffElement element = new DiffElement(any.typeName(), name, any.identifiers(),
                src.name(), dst.name(), diffFactory, identity);
        element.addAttrs(s == null ? null : s.attrs(), d == null ? null : d.attrs());
        increment((s != null ? 1 : 0) + (d != null ? 1 : 0));
        diffChildren(element, s, d);
        return element;
    }

    // The skip rules, in the original's order; any match skips the pair and its whole subtree.
    private boolean skipped(ModelObject s, ModelObject d) {
        return (skipUnmatchedSrc && d == null)
                || (skipUnmatchedDst && s == null)
                || (s != null && d == null && s.hasFlag(ModelFlag.SKIP_UNMATCHED_SRC))
                || (d != null && s == null && d.hasFlag(ModelFlag.SKIP_UNMATCHED_DST))
                || (s != null && s.hasFlag(ModelFlag.IGNORE))
                || (d != null && d.hasFlag(ModelFlag.IGNORE));
    }

    private void diffChildren(DiffElement element, ModelObject s, ModelObject d) {
        ModelType walkType;
        if (s != null && d != null) {
            Map<String, String> srcChildren = s.type().children();
            Map<String, String> dstChildren = d.type().children();
            for (String childType : srcChildren.keySet()) {
                if (!dstChildren.containsKey(childType)) {
                    increment(s.children(childType).size());
                }
            }
            for (String childType : dstChildren.keySet()) {
                if (!srcChildren.containsKey(childType)) {
                    increment(d.children(childType).size());
                }
            }
            walkType = s.type();
        } else {
            walkType = (s != null ? s : d).type();
        }
        for (String childType : walkType.children().keySet()) {
            if (s != null && d != null && !d.type().children().containsKey(childType)) {
                continue;
            }
            List<ModelKey> srcKeys = s == null ? List.of() : s.children(childType);
            List<ModelKey> dstKeys = d == null ? List.of() : d.children(childType);
            if (srcKeys.isEmpty() && dstKeys.isEmpty()) {
                continue;
            }
            List<ModelObject> srcKids = src.getByUids(childType, srcKeys);
            List<ModelObject> dstKids = dst.getByUids(childType, dstKeys);
            diffChildLists(srcKids, srcKeys, dstKids, dstKeys, element::addChild);
        }
    }

    private void increment(long delta) {
        if (delta != 0) {
            modelsProcessed += delta;
            progress.progress("diff", modelsProcessed, totalModels);
        }
    }
}
