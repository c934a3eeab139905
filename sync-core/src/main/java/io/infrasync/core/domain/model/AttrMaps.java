package io.infrasync.core.domain.model;

import io.infrasync.core.domain.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Comparison of a destination and a source attribute map by their shared keys, with a fast path for
 * attribute snapshots of types that declare the same attributes (the common case, and the one that
 * must stay fast for millions of objects): slot-by-slot, with no hashing of names.
 */
public final class AttrMaps {

    private AttrMaps() {
    }

    /** The keys present in both maps, in the order of {@code dest} (the original's {@code get_attrs_keys}). */
    public static List<String> sharedKeys(Map<String, ?> dest, Map<String, ?> source) {
        if (sameLayout(dest, source)) {
            return ((SlotMap) dest).type().attributes();
        }
        List<String> keys = new ArrayList<>(dest.size());
        for (String key : dest.keySet()) {
            if (source.containsKey(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** True if some shared key has unequal values ({@link Values#equal}). */
    public static boolean anyDifference(Map<String, ?> dest, Map<String, ?> source) {
        if (sameLayout(dest, source)) {
            SlotMap d = (SlotMap) dest;
            SlotMap s = (SlotMap) source;
            Object[] dv = d.slotValues();
            Object[] sv = s.slotValues();
            int[] ds = d.slots();
            int[] ss = s.slots();
            for (int i = 0; i < ds.length; i++) {
                if (!Compact.equal(dv[ds[i]], sv[ss[i]])) {
                    return true;
                }
            }
            return false;
        }
        for (Map.Entry<String, ?> e : dest.entrySet()) {
            String key = e.getKey();
            if (source.containsKey(key) && !Values.equal(e.getValue(), source.get(key))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameLayout(Map<String, ?> dest, Map<String, ?> source) {
        if (dest instanceof SlotMap d && source instanceof SlotMap s) {
            List<String> da = d.type().attributes();
            List<String> sa = s.type().attributes();
            return d.slots() == d.type().attributeSlots() && s.slots() == s.type().attributeSlots()
                    && (d.type() == s.type() || da.equals(sa));
        }
        return false;
    }

    /**
     * The original's unique id for an identifier map: values rendered like Python's {@code str()} and
     * joined with {@code "__"}, in the model type's identifier order when the map came from
     * {@link ModelObject#identifiers()}, otherwise in the map's order.
     */
    public static String renderUid(Map<String, ?> keys) {
        if (keys instanceof SlotMap slots) {
            return slots.type().keyOf(keys).render();
        }
        return ModelKey.of(keys.values().toArray()).render();
    }
}
