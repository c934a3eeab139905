package io.infrasync.core.port.out;

import io.infrasync.core.domain.run.SnapshotRow;
import io.infrasync.core.domain.run.SnapshotSchema;

/** The rows of one snapshot file together with its schema, so that the engine can rehydrate objects. */
public interface RunCacheSnapshotRows extends RunCacheRows<SnapshotRow> {

    /** The typed columns of the file, in order; every row's values follow this order. */
    SnapshotSchema schema();
}
