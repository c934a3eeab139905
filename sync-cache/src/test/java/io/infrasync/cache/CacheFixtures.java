package io.infrasync.cache;

import io.infrasync.core.domain.plan.PlanAction;
import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.ColumnType;
import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.SnapshotColumn;
import io.infrasync.core.domain.run.SnapshotSchema;
import io.infrasync.core.domain.run.SyncName;
import java.time.Instant;
import java.util.List;

/** Shared values for the cache tests. */
final class CacheFixtures {

    static final SyncName SYNC = SyncName.of("from-netbox");
    static final RunId RUN = RunId.of("20260608T1200-0a1b2c3d");
    static final RunId RUN_2 = RunId.of("20260608T1300-deadbeef");
    static final Instant STARTED = Instant.parse("2026-06-08T12:00:05Z");
    static final Instant FINISHED = Instant.parse("2026-06-08T12:03:00Z");

    static final SnapshotSchema DEVICE = new SnapshotSchema("InfraDevice", List.of(
            SnapshotColumn.identifier("name", ColumnType.STRING),
            SnapshotColumn.attribute("serial_count", ColumnType.LONG),
            SnapshotColumn.attribute("weight", ColumnType.DOUBLE),
            SnapshotColumn.attribute("managed", ColumnType.BOOLEAN),
            SnapshotColumn.attribute("tags", ColumnType.JSON)));

    static final List<PlanRow> PLAN = List.of(
            new PlanRow(PlanAction.CREATE, "BuiltinTag", "blue", null, null, null, "{\"name\": \"blue\"}", null, null, null),
            new PlanRow(PlanAction.UPDATE, "InfraDevice", "atl1-edge1", null, null, "{\"status\": \"planned\"}",
                    "{\"status\": \"active\"}", null, null, null),
            new PlanRow(PlanAction.DELETE, "InfraSite", "old-site", null, null, null, null, null, null, null));

    private CacheFixtures() {
    }
}
