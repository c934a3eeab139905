package io.infrasync.core.port.out;

import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.ErrorRow;
import io.infrasync.core.domain.run.RunCursors;
import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.RunRecord;
import io.infrasync.core.domain.run.SchemaSubHash;
import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SnapshotRow;
import io.infrasync.core.domain.run.SnapshotSchema;

/**
 * Writes the files of one run. Every file appears atomically: a sink's rows become visible only when the sink
 * is {@linkplain RunCacheSink#commit() committed}, and each sidecar write replaces the whole file at once.
 * A writer belongs to its {@link RunCacheSession}: once the session is closed (the lock released), every method
 * throws {@link IllegalStateException}.
 */
public interface RunCacheWriter {

    /** The run being written. */
    RunId runId();

    /**
     * A sink for {@code <side>/<resource>.parquet}. Committing with no rows still writes the file (an empty
     * resource is a fact the guardrail and re-apply need).
     */
    RunCacheSink<SnapshotRow> snapshot(Side side, SnapshotSchema schema);

    /**
     * A sink for {@code extract/<side>/<resource>.parquet}: the records of one resource exactly as the adapter
     * returned them (one row per record, {@code _source_id} = the record's local id, one JSON column), kept so that
     * the next incremental run can rehydrate the records that did not change. Not part of seed 000's layout: an
     * addition beside it that queries of {@code A/}, {@code B/} and {@code plan.parquet} never see.
     */
    RunCacheSink<SnapshotRow> extract(Side side, SnapshotSchema schema);

    /** A sink for {@code plan.parquet} (the ten columns of seed 000; no-op rows have no {@link PlanRow} at all). */
    RunCacheSink<PlanRow> plan();

    /**
     * A sink for {@code errors.parquet}. The file is written only when at least one row was written; committing
     * with no rows removes an {@code errors.parquet} left by an earlier attempt of the same run.
     */
    RunCacheSink<ErrorRow> errors();

    /** Merges {@code cursors} into {@code cursors.json}: resources given here replace theirs, others stay. */
    void mergeCursors(RunCursors cursors);

    /** Writes {@code schema-sub-hash.txt}. */
    void writeSchemaSubHash(SchemaSubHash hash);

    /**
     * Writes {@code schema-shape.json}: the canonical JSON the schema sub-hash is taken over (our addition), so
     * that a later refusal can name what changed instead of only showing two hashes.
     */
    void writeSchemaShape(String canonicalJson);

    /**
     * Writes {@code run.json}. A finished status (dry-run, applied) is refused while a sink of this run is still
     * open, so that {@code run.json} never claims success for files that were not all written.
     */
    void writeRecord(RunRecord record);
}
