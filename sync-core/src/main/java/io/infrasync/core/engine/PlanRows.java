package io.infrasync.core.engine;

import io.infrasync.core.domain.diff.Diff;
import io.infrasync.core.domain.diff.DiffAction;
import io.infrasync.core.domain.diff.DiffElement;
import io.infrasync.core.domain.plan.PlanAction;
import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.value.JsonText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Turns a diff into plan rows: one per element with an action, pre-order as the sync visits them. */
final class PlanRows {

    private PlanRows() {
    }

    static List<PlanRow> of(Diff diff, UnaryOperator<String> resourceOf) {
        List<PlanRow> rows = new ArrayList<>();
        collect(diff.children(), resourceOf, rows);
        return rows;
    }

    private static void collect(List<DiffElement> elements, UnaryOperator<String> resourceOf, List<PlanRow> rows) {
        for (DiffElement element : elements) {
            DiffAction action = element.action();
            if (action != DiffAction.NO_CHANGE) {
                rows.add(row(element, action, resourceOf));
            }
            collect(element.children(), resourceOf, rows);
        }
    }

    private static PlanRow row(DiffElement element, DiffAction action, UnaryOperator<String> resourceOf) {
        Map<String, Map<String, Object>> diffs = element.attrsDiffs();
        // seed 000: old_value is populated on updates, new_value on creates and updates.
        String oldValue = action == DiffAction.UPDATE ? JsonText.render(diffs.get("-")) : null;
        String newValue = diffs.containsKey("+") ? JsonText.render(diffs.get("+")) : null;
        PlanAction planAction = switch (action) {
            case CREATE -> PlanAction.CREATE;
            case UPDATE -> PlanAction.UPDATE;
            case DELETE -> PlanAction.DELETE;
            case NO_CHANGE -> throw new IllegalStateException("no plan row for unchanged " + element.type());
        };
        return new PlanRow(planAction, resourceOf.apply(element.type()), element.uid(), null, null,
                oldValue, newValue, null, null, null);
    }
}
