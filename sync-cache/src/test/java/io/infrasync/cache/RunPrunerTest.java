package io.infrasync.cache;

import static io.infrasync.cache.CacheFixtures.SYNC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.core.domain.run.PruneReport;
import io.infrasync.core.domain.run.RetentionPolicy;
import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.RunInfo;
import io.infrasync.core.domain.run.RunMode;
import io.infrasync.core.domain.run.RunRecord;
import io.infrasync.core.domain.run.RunStatus;
import io.infrasync.core.port.out.RunCacheException;
import io.infrasync.core.port.out.RunCacheSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunPrunerTest {

    private static final Instant NOW = Instant.parse("2026-06-10T00:00:00Z");

    @TempDir
    Path root;

    private ParquetRunCache cache;

    /** Five runs a day apart: applied, applied, failed, dry-run, failed (oldest first). */
    private final List<RunId> ids = List.of(RunId.of("20260601T0000-00000001"), RunId.of("20260602T0000-00000002"),
            RunId.of("20260603T0000-00000003"), RunId.of("20260604T0000-00000004"), RunId.of("20260605T0000-00000005"));

    @BeforeEach
    void fiveRuns() {
        cache = new ParquetRunCache(root);
        List<RunStatus> statuses = List.of(RunStatus.APPLIED, RunStatus.APPLIED, RunStatus.FAILED, RunStatus.DRY_RUN,
                RunStatus.FAILED);
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5))) {
            for (int i = 0; i < ids.size(); i++) {
                Instant started = ids.get(i).startMinute();
                RunRecord running = RunRecord.running(RunMode.SYNC, started);
                session.startRun(ids.get(i), RunMode.SYNC, started).writeRecord(statuses.get(i) == RunStatus.FAILED
                        ? running.failed("boom", started.plusSeconds(60))
                        : running.finished(statuses.get(i), Map.of(), started.plusSeconds(60)));
            }
        }
    }

    private List<RunId> remaining() {
        return cache.runs(SYNC).stream().map(RunInfo::runId).toList();
    }

    @Test
    void keepNKeepsTheNewestAndNeverTheLatestAppliedRun() {
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5))) {
            PruneReport report = session.prune(RetentionPolicy.keepLatest(2), NOW);
            assertThat(report.deleted()).containsExactly(ids.get(0), ids.get(2));
            assertThat(report.protectedRuns()).containsOnlyKeys(ids.get(1)).containsValue("latest applied run");
        }
        assertThat(remaining()).containsExactly(ids.get(1), ids.get(3), ids.get(4));
        assertThat(root.resolve("from-netbox").resolve(ids.get(0).value())).doesNotExist();
    }

    @Test
    void keepZeroStillKeepsTheLatestAppliedRunAndTheRunInProgress() {
        RunId current = RunId.of("20260609T2359-0000000a");
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5))) {
            session.startRun(current, RunMode.SYNC, NOW);
            PruneReport report = session.prune(RetentionPolicy.keepLatest(0), NOW);
            assertThat(report.protectedRuns()).containsEntry(current, "in progress")
                    .containsEntry(ids.get(1), "latest applied run");
        }
        assertThat(remaining()).containsExactly(ids.get(1), current);
    }

    @Test
    void olderThanDeletesOnlyOldRuns() {
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5))) {
            PruneReport report = session.prune(RetentionPolicy.olderThan(Duration.ofDays(7)), NOW);
            assertThat(report.deleted()).containsExactly(ids.get(0));
        }
        assertThat(remaining()).containsExactly(ids.get(1), ids.get(2), ids.get(3), ids.get(4));
    }

    @Test
    void bothLimitsMustHoldForARunToBeDeleted() {
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5))) {
            // Outside the newest 1: runs 0..3; older than 6.5 days (before 2026-06-03T12:00): runs 0..2.
            PruneReport report = session.prune(new RetentionPolicy(1, Duration.ofHours(156)), NOW);
            assertThat(report.deleted()).containsExactly(ids.get(0), ids.get(2));
        }
    }

    @Test
    void aRunLockedByAnotherSessionCannotBePruned() {
        try (RunCacheSession running = cache.open(SYNC, Duration.ofSeconds(5))) {
            running.startRun(RunId.of("20260609T2359-0000000b"), RunMode.SYNC, NOW);
            assertThatThrownBy(() -> cache.open(SYNC, Duration.ofMillis(200))).isInstanceOf(RunCacheException.class)
                    .hasMessageContaining("locked by");
        }
    }

    @Test
    void leftoversOfAnInterruptedPruneAreRemovedAndNeverListed() throws Exception {
        Path leftover = root.resolve("from-netbox/.pruning-20260501T0000-0000000f");
        Files.createDirectories(leftover.resolve("A"));
        Files.writeString(leftover.resolve("A/X.parquet"), "half deleted");
        assertThat(remaining()).hasSize(5);
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5))) {
            session.prune(RetentionPolicy.keepLatest(10), NOW);
        }
        assertThat(leftover).doesNotExist();
        assertThat(remaining()).hasSize(5);
    }

    @Test
    void policiesAreValidated() {
        assertThatThrownBy(() -> new RetentionPolicy(null, null)).hasMessageContaining("--keep");
        assertThatThrownBy(() -> RetentionPolicy.keepLatest(-1)).hasMessageContaining("negative");
    }
}
