package io.infrasync.cache;

import io.infrasync.core.domain.plan.PlanAction;
import io.infrasync.core.domain.plan.PlanRow;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/** Writes {@link PlanRow}s as the ten columns of {@code plan.parquet}. */
final class PlanEmitter implements RowEmitter<PlanRow> {

    /** The three spellings, encoded once instead of lower-cased and encoded per row. */
    private static final Map<PlanAction, Binary> ACTIONS = new EnumMap<>(PlanAction.class);

    static {
        for (PlanAction action : PlanAction.values()) {
            ACTIONS.put(action, Binary.fromConstantByteArray(action.wireName().getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Override
    public MessageType schema() {
        return CacheSchemas.PLAN;
    }

    @Override
    public Set<String> distinctColumns() {
        return Set.of("source_id", "old_value", "new_value");
    }

    @Override
    public String problem(PlanRow row) {
        return row == null ? "plan row is null" : null;
    }

    @Override
    public void emit(PlanRow row, RecordConsumer out) {
        out.startField("action", 0);
        out.addBinary(ACTIONS.get(row.action()));
        out.endField("action", 0);
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
