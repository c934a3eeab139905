package io.infrasync.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrasync.core.domain.diff.Diff;
import io.infrasync.core.domain.model.Dataset;
import io.infrasync.core.domain.model.ModelType;
import io.infrasync.core.domain.plan.PlanAction;
import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.sync.DiffOptions;
import io.infrasync.core.port.in.DiffSync;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PlanRowsTest {

    private final DiffSync engine = DiffSyncFactory.create();

    @Test
    void oneRowPerChangeInSyncOrderWithJsonValues() {
        Diff diff = engine.diffFrom(Fixtures.backendA(), Fixtures.backendB(), DiffOptions.defaults());
        List<PlanRow> rows = engine.planRows(diff, UnaryOperator.identity());
        assertThat(rows).hasSize(19);
        assertThat(rows.get(0)).isEqualTo(new PlanRow(PlanAction.UPDATE, "interface", "nyc-spine1__eth0", null, null,
                "{\"description\": \"Interface 0\"}", "{\"description\": \"Interface 0/0\"}", null, null, null));
        assertThat(rows.get(1)).isEqualTo(new PlanRow(PlanAction.UPDATE, "device", "sfo-spine1", null, null,
                "{\"role\": \"spine\"}", "{\"role\": \"leaf\"}", null, null, null));
        assertThat(rows.get(2)).isEqualTo(new PlanRow(PlanAction.CREATE, "interface", "sfo-spine2__eth3", null, null,
                null, "{\"interface_type\": \"ethernet\", \"description\": \"Interface 3\"}", null, null, null));
        assertThat(rows.get(3)).isEqualTo(new PlanRow(PlanAction.DELETE, "interface", "sfo-spine2__eth2", null, null,
                null, null, null, null, null));
        assertThat(rows.get(4).newValue()).isEqualTo("{}");
        assertThat(rows.get(5).newValue()).isEqualTo("{\"role\": \"spine\", \"vlans\": []}");
        assertThat(rows).extracting(PlanRow::action).filteredOn(a -> a == PlanAction.CREATE).hasSize(8);
        assertThat(rows).extracting(PlanRow::action).filteredOn(a -> a == PlanAction.DELETE).hasSize(9);
        assertThat(rows.get(18).sourceId()).isEqualTo("Glenn Matthews");
    }

    @Test
    void resourceNamesComeFromTheMappingAndIdsUseIdentifierOrder() {
        ModelType t = ModelType.builder("dcimdevice").field("b").field("a").field("v")
                .identifiers("a", "b").attributes("v").build();
        Dataset src = Dataset.builder("src").type(t).topLevel("dcimdevice").build();
        Dataset dst = Dataset.builder("dst").type(t).topLevel("dcimdevice").build();
        src.add(t.newObject(Map.of("a", "x", "b", 2, "v", "n\"q")));
        Diff diff = engine.diffFrom(dst, src, DiffOptions.defaults());
        List<PlanRow> rows = engine.planRows(diff, type -> type.equals("dcimdevice") ? "DcimDevice" : type);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.resource()).isEqualTo("DcimDevice");
            assertThat(r.sourceId()).isEqualTo("x__2");
            assertThat(r.newValue()).isEqualTo("{\"v\": \"n\\\"q\"}");
        });
    }

    @Test
    void noRowsWithoutChanges() {
        Diff diff = engine.diffFrom(Fixtures.backendA(), Fixtures.backendA(), DiffOptions.defaults());
        assertThat(engine.planRows(diff, UnaryOperator.identity())).isEmpty();
    }
}
