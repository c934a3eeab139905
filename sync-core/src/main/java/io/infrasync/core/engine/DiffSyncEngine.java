package io.infrasync.core.engine;

import io.infrasync.core.domain.diff.Diff;
import io.infrasync.core.domain.diff.DiffClassMismatchException;
import io.infrasync.core.domain.model.Dataset;
import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.sync.DiffOptions;
import io.infrasync.core.domain.sync.SyncOptions;
import io.infrasync.core.port.in.DiffSync;
import java.util.List;
import java.util.function.UnaryOperator;

/** Wires the differ, the syncer and the plan writer behind the port. */
final class DiffSyncEngine implements DiffSync {

    @Override
    public Diff diffFrom(Dataset destination, Dataset source, DiffOptions options) {
        return new Differ(source, destination, options).calculate();
    }

    @Override
    public Diff syncFrom(Dataset destination, Dataset source, SyncOptions options) {
        Diff diff = options.diff();
        if (diff != null && !diff.isEmpty() && options.diffFactory() != null) {
            Class<?> requested = options.diffFactory().get().getClass();
            if (!requested.isInstance(diff)) {
                throw new DiffClassMismatchException("The provided diff's class (" + diff.getClass().getSimpleName()
                        + ") does not match the diff_class: " + requested.getSimpleName());
            }
        }
        // Like the original, an empty diff counts as "no diff": compute a fresh one.
        if (diff == null || diff.isEmpty()) {
            diff = diffFrom(destination, source, options.diffOptions());
        }
        boolean changed = new Syncer(diff, source, destination, options).performSync();
        if (changed) {
            options.onComplete().syncComplete(source, destination, diff, options.flags());
        }
        return diff;
    }

    @Override
    public List<PlanRow> planRows(Diff diff, UnaryOperator<String> resourceOf) {
        return PlanRows.of(diff, resourceOf);
    }
}
