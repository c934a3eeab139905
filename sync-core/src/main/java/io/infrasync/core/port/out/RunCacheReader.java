package io.infrasync.core.port.out;

import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.ErrorRow;
import io.infrasync.core.domain.run.RunCursors;
import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.RunRecord;
import io.infrasync.core.domain.run.SchemaSubHash;
import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SyncName;
import java.util.List;
import java.util.Optional;

/**
 * Reads the files of one run. A missing, truncated or foreign file is a {@link RunCacheException} naming the file.
 */
public interface RunCacheReader {

    /** The sync the run belongs to. */
    SyncName sync();

    /** The run being read. */
    RunId runId();

    /** {@code run.json}. */
    RunRecord record();

    /** {@code schema-sub-hash.txt}, when present. */
    Optional<SchemaSubHash> schemaSubHash();

    /** {@code schema-shape.json} as written, when present (runs of the original and older runs have none). */
    Optional<String> schemaShape();

    /** {@code cursors.json}; empty cursors when the file is absent. */
    RunCursors cursors();

    /** The resources that have a snapshot file on {@code side}, sorted by name. */
    List<String> snapshotResources(Side side);

    /**
     * Streams {@code <side>/<resource>.parquet}, tombstoned rows included (callers rehydrating objects skip
     * rows whose {@code tombstone()} is true).
     */
    RunCacheSnapshotRows snapshot(Side side, String resource);

    /** The resources that have an extract file on {@code side}, sorted by name. */
    List<String> extractResources(Side side);

    /** Streams {@code extract/<side>/<resource>.parquet} (see {@link RunCacheWriter#extract}). */
    RunCacheSnapshotRows extract(Side side, String resource);

    /**
     * Streams the local ids of the live rows of {@code extract/<side>/<resource>.parquet}, without decoding the
     * records (cheap: a warm run uses it to find what was deleted since).
     */
    RunCacheRows<String> extractIds(Side side, String resource);

    /** Streams {@code plan.parquet}. */
    RunCacheRows<PlanRow> plan();

    /** Streams {@code errors.parquet}; no rows when the run had no errors (and so no file). */
    RunCacheRows<ErrorRow> errors();
}
