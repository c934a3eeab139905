package io.infrasync.core.engine.run;

import io.infrasync.core.domain.plan.PlanAction;
import io.infrasync.core.port.in.RunException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * Refuses to delete more than {@code guardrails.max_delete_ratio} of any kind's destination objects in one run:
 * a source that answers with a fraction of its data (a wrong filter, a token that sees one tenant) must not
 * empty the destination. Deletes are real here, unlike in the original, so they need this fence.
 */
final class DeleteGuardrail {

    private DeleteGuardrail() {
    }

    /**
     * The kinds over the limit, described with both counts; empty when the changes are within it.
     *
     * @param existing the number of destination objects of a kind before the run
     */
    static List<String> excess(List<Change> changes, ToLongFunction<String> existing, double maxRatio) {
        Map<String, Long> deletes = new TreeMap<>();
        for (Change change : changes) {
            if (change.action() == PlanAction.DELETE) {
                deletes.merge(change.kind(), 1L, Long::sum);
            }
        }
        List<String> excess = new ArrayList<>();
        deletes.forEach((kind, count) -> {
            long total = Math.max(existing.applyAsLong(kind), count);
            if (count > maxRatio * total) {
                excess.add(String.format(Locale.ROOT, "%s: %d of %d objects (%.0f%%)", kind, count, total,
                        100.0 * count / total));
            }
        });
        return excess;
    }

    /** The refusal, or a notice when {@code allowed} bypasses it; {@code null} when there is nothing to say. */
    static String check(List<Change> changes, ToLongFunction<String> existing, double maxRatio, boolean allowed,
            boolean writing) {
        List<String> excess = excess(changes, existing, maxRatio);
        if (excess.isEmpty()) {
            return null;
        }
        String what = String.join("; ", excess) + String.format(Locale.ROOT,
                " would be deleted, more than guardrails.max_delete_ratio = %.2f", maxRatio);
        if (allowed) {
            return "delete guardrail bypassed (--allow-mass-delete): " + what;
        }
        if (!writing) {
            return "delete guardrail: a sync of this plan would be refused: " + what;
        }
        throw new RunException(RunException.Reason.GUARDRAIL, "delete guardrail: " + what
                + "; nothing was written (use --allow-mass-delete if these deletes are intended)", null);
    }
}
