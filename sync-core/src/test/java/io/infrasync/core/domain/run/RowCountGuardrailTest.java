package io.infrasync.core.domain.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RowCountGuardrailTest {

    private final RowCounts baseline = new RowCounts(Map.of("InfraDevice", 1200L, "BuiltinTag", 0L, "InfraSite", 10L));

    @Test
    void aDropBelowHalfIsReportedAndHalfItselfPasses() {
        RowCounts current = new RowCounts(Map.of("InfraDevice", 3L, "InfraSite", 5L, "BuiltinTag", 0L, "NewKind", 0L));
        assertThat(baseline.dropsTo(current, RowCounts.DEFAULT_DROP_THRESHOLD))
                .containsExactly(new RowCountDrop("InfraDevice", 1200L, 3L));
        assertThat(baseline.dropsTo(current, 0.5).get(0).describe(0.5))
                .isEqualTo("InfraDevice dropped from 1200 to 3 rows (ratio 0.00 < 0.50)");
    }

    @Test
    void noBaselineOrAZeroBaselinePasses() {
        assertThat(RowCounts.empty().dropsTo(new RowCounts(Map.of("InfraDevice", 0L)), 0.5)).isEmpty();
        assertThat(baseline.dropsTo(new RowCounts(Map.of("BuiltinTag", 0L)), 0.5)).isEmpty();
        assertThat(baseline.dropsTo(new RowCounts(Map.of("InfraSite", 4L, "InfraDevice", 1199L)), 0.5))
                .extracting(RowCountDrop::resource).containsExactly("InfraSite");
    }

    @Test
    void thresholdsOutsideTheUnitIntervalAreRefused() {
        assertThatThrownBy(() -> baseline.dropsTo(RowCounts.empty(), 0)).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> baseline.dropsTo(RowCounts.empty(), Double.NaN)).hasMessageContaining("(0, 1]");
    }
}
