package io.infrasync.sandbox;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The faults a server injects, per route or for every request. Rules are matched in the order they
 * were added; the first live rule that matches a request fires and uses up one of its shots.
 * Thread-safe: tests may add or clear rules while clients run.
 */
public final class FaultPlan {

    /** Shots for a rule that never runs out. */
    public static final int ALWAYS = Integer.MAX_VALUE;

    private final List<Rule> rules = new CopyOnWriteArrayList<>();

    /** Injects {@code fault} into every request, {@code times} times (or {@link #ALWAYS}). */
    public FaultPlan global(Fault fault, int times) {
        return add(null, null, fault, times);
    }

    /**
     * Injects {@code fault} into requests whose method matches (null for any) and whose path matches
     * {@code pathRegex} in full, {@code times} times (or {@link #ALWAYS}).
     */
    public FaultPlan route(String method, String pathRegex, Fault fault, int times) {
        return add(method, Pattern.compile(requireNonNull(pathRegex, "pathRegex is null")), fault, times);
    }

    /** Removes every rule. */
    public void clear() {
        rules.clear();
    }

    /** Takes one shot of the first live rule matching the request, if any. */
    public Optional<Fault> next(String method, String path) {
        for (Rule rule : rules) {
            if (rule.matches(method, path) && rule.take()) {
                return Optional.of(rule.fault);
            }
        }
        return Optional.empty();
    }

    private FaultPlan add(String method, Pattern path, Fault fault, int times) {
        requireNonNull(fault, "fault is null");
        if (times <= 0) {
            throw new IllegalArgumentException("times must be positive, got " + times);
        }
        rules.add(new Rule(method, path, fault, times));
        return this;
    }

    private static final class Rule {
        private final String method;
        private final Pattern path;
        private final Fault fault;
        private final AtomicInteger remaining;

        Rule(String method, Pattern path, Fault fault, int times) {
            this.method = method;
            this.path = path;
            this.fault = fault;
            this.remaining = new AtomicInteger(times);
        }

        boolean matches(String requestMethod, String requestPath) {
            return (method == null || method.equalsIgnoreCase(requestMethod))
                    && (path == null || path.matcher(requestPath).matches());
        }

        boolean take() {
            while (true) {
                int left = remaining.get();
                if (left <= 0) {
                    return false;
                }
                if (left == ALWAYS || remaining.compareAndSet(left, left - 1)) {
                    return true;
                }
            }
        }
    }
}
