package io.infrasync.core.port.in;

import io.infrasync.core.domain.diff.Diff;
import io.infrasync.core.domain.model.Dataset;
import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.sync.DiffOptions;
import io.infrasync.core.domain.sync.SyncOptions;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The diff and sync use cases (diffsync's {@code diff_from / diff_to / sync_from / sync_to}), plus the
 * plan rows of a diff. Obtain an implementation from {@code io.infrasync.core.engine.DiffSyncFactory}.
 *
 * <p>In every diff, {@code "+"} holds source values and {@code "-"} destination values.
 */
public interface DiffSync {

    /**
     * What must change in {@code destination} so that it equals {@code source}.
     *
     * @throws io.infrasync.core.domain.model.ObjectAlreadyExistsException for sibling objects with equal
     *         shortnames
     * @throws io.infrasync.core.domain.model.ObjectNotFoundException for a child key with no stored object
     * @throws IllegalArgumentException for paired objects whose shortnames or identifier names differ
     */
    Diff diffFrom(Dataset destination, Dataset source, DiffOptions options);

    /** The same as {@code diffFrom(destination, source, options)}. */
    default Diff diffTo(Dataset source, Dataset destination, DiffOptions options) {
        return diffFrom(destination, source, options);
    }

    /**
     * Makes {@code destination} equal to {@code source} through the destination's CRUD hooks, applying
     * {@code options.diff()} if one is given, else a fresh diff; returns the diff applied.
     *
     * @throws io.infrasync.core.domain.model.ObjectCrudException from a hook, unless continue-on-failure
     * @throws io.infrasync.core.domain.diff.DiffClassMismatchException if the given diff is not of the
     *         requested diff class
     */
    Diff syncFrom(Dataset destination, Dataset source, SyncOptions options);

    /** The same as {@code syncFrom(destination, source, options)}. */
    default Diff syncTo(Dataset source, Dataset destination, SyncOptions options) {
        return syncFrom(destination, source, options);
    }

    /**
     * One plan row per create, update and delete element at any depth, in sync order: {@code resource} is
     * {@code resourceOf} applied to the element type, {@code sourceId} the element's unique id,
     * {@code newValue} the JSON of its {@code "+"} map (create, update), {@code oldValue} the JSON of its
     * {@code "-"} map (update only, as the original's plan.parquet); the other columns are null.
     */
    List<PlanRow> planRows(Diff diff, UnaryOperator<String> resourceOf);
}
