package io.infrasync.core.domain.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RunIdTest {

    @Test
    void generatedIdsHaveTheOriginalFormatAndTheUtcMinute() {
        RunId id = RunId.generate(Instant.parse("2026-06-08T23:59:59.999Z"), new SplittableRandom(1));
        assertThat(id.value()).matches("20260608T2359-[0-9a-f]{8}");
        assertThat(id.startMinute()).isEqualTo(Instant.parse("2026-06-08T23:59:00Z"));
    }

    @Test
    void idsSortByStartTime() {
        SplittableRandom random = new SplittableRandom(7);
        List<RunId> ids = new ArrayList<>();
        for (int minute = 0; minute < 50; minute++) {
            ids.add(RunId.generate(Instant.parse("2026-06-08T10:00:00Z").plusSeconds(minute * 61L), random));
        }
        List<RunId> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertThat(sorted).isEqualTo(ids);
    }

    @Test
    void negativeRandomValuesStillGiveEightHexDigits() {
        RunId id = RunId.generate(Instant.EPOCH, new FixedRandom(-1));
        assertThat(id.value()).isEqualTo("19700101T0000-ffffffff");
        assertThat(RunId.generate(Instant.EPOCH, new FixedRandom(5)).value()).isEqualTo("19700101T0000-00000005");
    }

    @Test
    void validityIsReportedWithoutThrowing() {
        assertThat(RunId.isValid("20260608T1200-0a1b2c3d")).isTrue();
        assertThat(RunId.isValid("20260230T1200-0a1b2c3d")).isFalse();
        assertThat(RunId.isValid(null)).isFalse();
        assertThat(RunId.isValid(".lock")).isFalse();
    }

    private record FixedRandom(int value) implements java.util.random.RandomGenerator {
        @Override
        public long nextLong() {
            return value;
        }

        @Override
        public int nextInt() {
            return value;
        }
    }
}
