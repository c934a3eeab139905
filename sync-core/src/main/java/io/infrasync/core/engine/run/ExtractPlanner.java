package io.infrasync.core.engine.run;

import io.infrasync.core.domain.run.Cursor;
import io.infrasync.core.domain.run.CursorTier;
import io.infrasync.core.domain.run.ResourceExtraction;
import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SideExtraction;
import io.infrasync.spi.Adapter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, for every resource of one side, whether this run may read it warm: the four conditions of seed 001
 * (an applied or dry-run run to build on, an equal schema sub-hash, a cursor tier other than NONE, the
 * {@code incremental.full_resync_every} cadence not reached), plus what our warm read needs beyond the
 * original's: the same system as then, and that run's cursor and extract of the resource.
 */
final class ExtractPlanner {

    private final boolean fullExtract;
    private final Baseline baseline;
    private final int fullResyncEvery;

    /**
     * @param fullExtract     whether the run asked for a full extract ({@code --full-extract}, the default)
     * @param baseline        the run to build on, or why there is none
     * @param fullResyncEvery {@code incremental.full_resync_every}: 1 = always full, 0 = no cadence
     */
    ExtractPlanner(boolean fullExtract, Baseline baseline, int fullResyncEvery) {
        this.fullExtract = fullExtract;
        this.baseline = baseline;
        this.fullResyncEvery = fullResyncEvery;
    }

    Map<String, ExtractDecision> plan(Side side, List<String> resources, Adapter adapter, String endpoint) {
        Map<String, ExtractDecision> decisions = new LinkedHashMap<>();
        for (String resource : resources) {
            decisions.put(resource, fullExtract ? new ExtractDecision.Full(null) : decide(side, resource, adapter, endpoint));
        }
        return decisions;
    }

    private ExtractDecision decide(Side side, String resource, Adapter adapter, String endpoint) {
        if (fullResyncEvery == 1) {
            return new ExtractDecision.Full("incremental.full_resync_every is 1 (always full)");
        }
        if (!baseline.usable()) {
            return new ExtractDecision.Full(baseline.problem());
        }
        CursorTier tier = SideLoader.convert(adapter.cursorTier(resource));
        if (tier == CursorTier.NONE) {
            return new ExtractDecision.Full("the adapter declares cursor tier NONE for it");
        }
        String base = "run " + baseline.runId();
        Optional<SideExtraction> then = baseline.record().extraction().side(side);
        if (then.isEmpty()) {
            return new ExtractDecision.Full(base + " did not record how side " + side + " was extracted");
        }
        if (!then.get().endpoint().equals(endpoint)) {
            return new ExtractDecision.Full(base + " read side " + side + " from another system (adapter, settings or"
                    + " branch differ)");
        }
        Optional<ResourceExtraction> previous = then.get().get(resource);
        if (previous.isEmpty()) {
            return new ExtractDecision.Full(base + " did not extract it");
        }
        Optional<Cursor> cursor = baseline.reader().cursors().get(side, resource);
        if (cursor.isEmpty()) {
            return new ExtractDecision.Full(base + " stored no cursor for it");
        }
        if (cursor.get().tier() != tier) {
            return new ExtractDecision.Full(base + " stored a " + cursor.get().tier() + " cursor, the adapter now uses " + tier);
        }
        if (!baseline.reader().extractResources(side).contains(resource)) {
            return new ExtractDecision.Full(base + " has no extract file of it");
        }
        int warmRuns = previous.get().warmRuns() + 1;
        if (fullResyncEvery > 1 && warmRuns >= fullResyncEvery) {
            return new ExtractDecision.Full("full resync cadence reached (" + previous.get().warmRuns()
                    + " warm run(s) since the last full extract; incremental.full_resync_every = " + fullResyncEvery + ")");
        }
        return new ExtractDecision.Warm(baseline.reader(), baseline.runId(), cursor.get(), warmRuns);
    }
}
