package io.infrasync.core.engine.run;

import io.infrasync.core.domain.run.Cursor;
import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.port.out.RunCacheReader;

/** How one resource of one side is to be read in this run. */
sealed interface ExtractDecision {

    /**
     * Read every record.
     *
     * @param reason why, when a warm read was asked for and cannot be taken; {@code null} when a full read was asked
     */
    record Full(String reason) implements ExtractDecision {
    }

    /**
     * Read the records changed since {@code since}, rebuild the others from {@code base}'s extract and drop those
     * the system no longer lists.
     *
     * @param base     the run whose extract and cursor this read builds on
     * @param baseRun  its id, for messages
     * @param since    the cursor {@code base} stored for the resource (taken before {@code base} read it)
     * @param warmRuns the number of this warm read in a row (1 after a full one)
     */
    record Warm(RunCacheReader base, RunId baseRun, Cursor since, int warmRuns) implements ExtractDecision {
    }
}
