package io.infrasync.core.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Derives write tiers from reference edges, as infrahub-sync 2.x's {@code dependency_graph.py} does: tier 0
 * holds kinds without outgoing references, tier N kinds whose references all point into tiers 0..N-1.
 * Self-references are not edges. A cycle is broken by dropping its optional (non-identifier) edges; a
 * cycle made only of identifier edges is an error naming it.
 */
final class WriteOrderPlanner {

    private WriteOrderPlanner() {
    }

    /** A cycle of identifier references: no write order can exist. */
    static final class CycleException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<ReferenceEdge> cycle;

        CycleException(List<ReferenceEdge> cycle) {
            super("reference cycle through identifiers: " + describe(cycle));
            this.cycle = List.copyOf(cycle);
        }

        List<ReferenceEdge> cycle() {
            return cycle;
        }
    }

    static String describe(List<ReferenceEdge> cycle) {
        StringBuilder text = new StringBuilder();
        for (ReferenceEdge edge : cycle) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(edge.from()).append('.').append(edge.field()).append(" -> ").append(edge.to());
        }
        return text.toString();
    }

    /**
     * Tiers of {@code kinds} given {@code edges}.
     *
     * @throws CycleException when a cycle consists of identifier edges only
     */
    static WriteOrder derive(Collection<String> kinds, Collection<ReferenceEdge> edges) {
        Set<String> nodes = new TreeSet<>(kinds);
        Map<String, Map<String, List<ReferenceEdge>>> graph = new TreeMap<>();
        nodes.forEach(node -> graph.put(node, new TreeMap<>()));
        for (ReferenceEdge edge : edges) {
            if (!edge.from().equals(edge.to()) && nodes.contains(edge.from()) && nodes.contains(edge.to())) {
                graph.get(edge.from()).computeIfAbsent(edge.to(), key -> new ArrayList<>()).add(edge);
            }
        }
        List<ReferenceEdge> dropped = new ArrayList<>();
        // Each round removes at least one edge, so the loop ends; the bound only guards against a bug.
        for (int round = 0; round <= edges.size(); round++) {
            List<String> cycle = findCycle(graph);
            if (cycle.isEmpty()) {
                break;
            }
            List<ReferenceEdge> cycleEdges = new ArrayList<>();
            boolean removedAny = false;
            for (int i = 0; i < cycle.size(); i++) {
                String from = cycle.get(i);
                String to = cycle.get((i + 1) % cycle.size());
                List<ReferenceEdge> parallel = graph.get(from).get(to);
                cycleEdges.add(parallel.get(0));
                if (parallel.stream().noneMatch(ReferenceEdge::identity)) {
                    dropped.addAll(parallel);
                    graph.get(from).remove(to);
                    removedAny = true;
                }
            }
            if (!removedAny) {
                throw new CycleException(cycleEdges);
            }
        }
        return new WriteOrder(tiers(graph), false, dropped, List.of());
    }

    /** One cycle as a list of kinds (each refers to the next, the last to the first), or empty. */
    private static List<String> findCycle(Map<String, Map<String, List<ReferenceEdge>>> graph) {
        Map<String, Integer> state = new HashMap<>();
        for (String start : graph.keySet()) {
            if (state.getOrDefault(start, 0) == 0) {
                List<String> stack = new ArrayList<>();
                List<String> cycle = visit(start, graph, state, stack);
                if (!cycle.isEmpty()) {
                    return cycle;
                }
            }
        }
        return List.of();
    }

    private static List<String> visit(String node, Map<String, Map<String, List<ReferenceEdge>>> graph,
            Map<String, Integer> state, List<String> stack) {
        state.put(node, 1);
        stack.add(node);
        for (String next : graph.get(node).keySet()) {
            int nextState = state.getOrDefault(next, 0);
            if (nextState == 1) {
                return new ArrayList<>(stack.subList(stack.indexOf(next), stack.size()));
            }
            if (nextState == 0) {
                List<String> cycle = visit(next, graph, state, stack);
                if (!cycle.isEmpty()) {
                    return cycle;
                }
            }
        }
        stack.remove(stack.size() - 1);
        state.put(node, 2);
        return List.of();
    }

    private static List<List<String>> tiers(Map<String, Map<String, List<ReferenceEdge>>> graph) {
        Set<String> placed = new HashSet<>();
        List<List<String>> tiers = new ArrayList<>();
        while (placed.size() < graph.size()) {
            Set<String> tier = new LinkedHashSet<>();
            for (Map.Entry<String, Map<String, List<ReferenceEdge>>> node : graph.entrySet()) {
                if (!placed.contains(node.getKey()) && placed.containsAll(node.getValue().keySet())) {
                    tier.add(node.getKey());
                }
            }
            placed.addAll(tier);
            tiers.add(new ArrayList<>(tier));
        }
        return tiers;
    }
}
