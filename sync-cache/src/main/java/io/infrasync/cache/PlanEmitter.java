package io.infrasync.cache;

import io.infrasync.core.domain.plan.PlanRow;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/** Writes {@link PlanRow}s as the ten columns of {@code plan.parquet}. */
final class PlanEmitter implements RowEmitter<PlanRow> {

    @Override
    public MessageType schema() {
        return CacheSchemas.PLAN;
    }

    @Override
    public String problem(PlanRow row) {
        return row == null ? "plan row is null" : null;
    }

    @Override
    public void emit(PlanRow row, RecordConsumer out) {
        Fields.string(out, "action", 0, row.action().wireName());
        Fields.string(out, "resource", 1, row.resource());
        Fields.string(out, "source_id", 2, row.sourceId());
        Fields.string(out, "dest_id", 3, row.destId());
        Fields.string(out, "attribute", 4, row.attribute());
        Fields.string(out, "old_value", 5, row.oldValue());
        Fields.string(out, "new_value", 6, row.newValue());
        Fields.string(out, "owner", 7, row.owner());
        Fields.string(out, "skip_reason", 8, row.skipReason());
        Fields.string(out, "conflict_class", 9, row.conflictClass());
    }
}
