package io.infrasync.core.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * The order in which kinds are written: tiers whose kinds only refer to kinds of earlier tiers.
 *
 * @param tiers     tier 0 first; kinds sorted by name inside a tier; with an explicit {@code order} one kind
 *                  per tier, in the configured order
 * @param explicit  whether it comes from the {@code order} key
 * @param dropped   optional (non-identifier) reference edges dropped to break cycles; the referring objects
 *                  are written before their peers and their references are set by a later update
 * @param unordered mapped kinds left out of an explicit {@code order}: as in the original, they are not
 *                  synced
 */
public record WriteOrder(List<List<String>> tiers, boolean explicit, List<ReferenceEdge> dropped, List<String> unordered) {

    public WriteOrder {
        List<List<String>> copy = new ArrayList<>();
        tiers.forEach(tier -> copy.add(List.copyOf(tier)));
        tiers = List.copyOf(copy);
        dropped = List.copyOf(dropped);
        unordered = List.copyOf(unordered);
    }

    /** Every kind in write order. */
    public List<String> flattened() {
        List<String> kinds = new ArrayList<>();
        tiers.forEach(kinds::addAll);
        return kinds;
    }
}
