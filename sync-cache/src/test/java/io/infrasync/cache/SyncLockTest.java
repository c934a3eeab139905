package io.infrasync.cache;

import static io.infrasync.cache.CacheFixtures.RUN;
import static io.infrasync.cache.CacheFixtures.STARTED;
import static io.infrasync.cache.CacheFixtures.SYNC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.core.domain.run.RunMode;
import io.infrasync.core.port.out.RunCacheException;
import io.infrasync.core.port.out.RunCacheSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class SyncLockTest {

    private static final Instant LOCKED_AT = Instant.parse("2026-06-08T11:59:00Z");

    @TempDir
    Path root;

    @Test
    void aSecondThreadTimesOutNamingTheHoldersPidAndStartTime() throws Exception {
        ParquetRunCache cache = new ParquetRunCache(root, WriteHook.NONE, Clock.fixed(LOCKED_AT, ZoneOffset.UTC));
        try (RunCacheSession first = cache.open(SYNC, Duration.ofSeconds(1))) {
            long started = System.nanoTime();
            CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(() -> {
                try (RunCacheSession intruder = cache.open(SYNC, Duration.ofMillis(300))) {
                    return new AssertionError("got the lock held by another thread: " + intruder.sync());
                } catch (RuntimeException e) {
                    return e;
                }
            });
            Throwable failure = second.get(10, TimeUnit.SECONDS);
            assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(Duration.ofMillis(300).toNanos());
            assertThat(failure).isInstanceOf(RunCacheException.class)
                    .hasMessageContaining("sync 'from-netbox' is locked by pid " + ProcessHandle.current().pid())
                    .hasMessageContaining("since 2026-06-08T11:59:00Z")
                    .hasMessageContaining(root.resolve("from-netbox/.lock").toString());
            assertThat(first.sync()).isEqualTo(SYNC);
        }
    }

    @Test
    void aSecondThreadWaitsForTheLockAndThenGetsIt() throws Exception {
        ParquetRunCache cache = new ParquetRunCache(root);
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Boolean> second;
        try (RunCacheSession first = cache.open(SYNC, Duration.ofSeconds(1))) {
            second = CompletableFuture.supplyAsync(() -> {
                waiting.countDown();
                try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(20))) {
                    session.startRun(RUN, RunMode.DIFF, STARTED);
                    return session.tookOverFrom().isEmpty();
                }
            });
            waiting.await();
            Thread.sleep(300);
            assertThat(second).isNotDone();
            assertThat(first.tookOverFrom()).isEmpty();
        }
        assertThat(second.get(20, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aSecondProcessIsKeptOutAndNamed() throws Exception {
        Path ready = root.resolve("ready");
        Path release = root.resolve("release");
        Process child = ChildJvm.start(root.resolve("child.log"), "hold", root.toString(), SYNC.value(), ready.toString(),
                release.toString());
        try {
            awaitFile(ready, child);
            ParquetRunCache cache = new ParquetRunCache(root);
            assertThatThrownBy(() -> cache.open(SYNC, Duration.ofMillis(400))).isInstanceOf(RunCacheException.class)
                    .hasMessageContaining("locked by pid " + child.pid()).hasMessageContaining("since ");
            Files.writeString(release, "go");
            try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(30))) {
                assertThat(session.tookOverFrom()).isEmpty(); // released cleanly, so nothing to take over
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isZero();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void theLockOfAKilledProcessIsTakenOver() throws Exception {
        Path ready = root.resolve("ready");
        Process child = ChildJvm.start(root.resolve("child.log"), "hold", root.toString(), SYNC.value(), ready.toString(),
                root.resolve("never").toString());
        try {
            awaitFile(ready, child);
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(Files.readString(root.resolve("from-netbox/.lock"))).contains("\"pid\":" + child.pid());
        try (RunCacheSession session = new ParquetRunCache(root).open(SYNC, Duration.ofSeconds(5))) {
            assertThat(session.tookOverFrom()).hasValueSatisfying(holder -> assertThat(holder.pid()).isEqualTo(child.pid()));
        }
    }

    @Test
    void aLockFileNamingADeadProcessIsTakenOverAndCleanReleaseEmptiesIt() throws Exception {
        Path lock = root.resolve("from-netbox/.lock");
        Files.createDirectories(lock.getParent());
        Files.writeString(lock, "{\"pid\":999999999,\"started_at\":\"2026-06-01T00:00:00Z\",\"host\":\"gone\"}\n");
        ParquetRunCache cache = new ParquetRunCache(root);
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(2))) {
            assertThat(session.tookOverFrom()).hasValueSatisfying(holder -> {
                assertThat(holder.pid()).isEqualTo(999999999L);
                assertThat(holder.host()).isEqualTo("gone");
            });
            // (Not reading the lock file here: closing any descriptor of it would drop this process's lock.)
        }
        assertThat(lock).isEmptyFile();
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(2))) {
            assertThat(session.tookOverFrom()).isEmpty();
        }
    }

    @Test
    void aThreadWaitingInThisJvmDoesNotWeakenTheLockAgainstOtherProcesses() throws Exception {
        ParquetRunCache cache = new ParquetRunCache(root);
        Path result = root.resolve("result");
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(1))) {
            // A second thread gives up and names the holder: it must do so without touching the lock file.
            Throwable failure = CompletableFuture.supplyAsync(() -> {
                try (RunCacheSession intruder = cache.open(SYNC, Duration.ofMillis(100))) {
                    return (Throwable) new AssertionError("got the lock twice: " + intruder.sync());
                } catch (RuntimeException e) {
                    return e;
                }
            }).get(10, TimeUnit.SECONDS);
            assertThat(failure).hasMessageContaining("pid " + ProcessHandle.current().pid());
            // Listing runs while holding the lock must not touch it either.
            session.startRun(RUN, RunMode.DIFF, STARTED);
            assertThat(cache.runs(SYNC)).hasSize(1);
            Process child = ChildJvm.start(root.resolve("child.log"), "try", root.toString(), SYNC.value(), result.toString());
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.readString(result)).startsWith("refused:").contains("pid " + ProcessHandle.current().pid());
    }

    @Test
    void aClosedSessionRefusesWrites() {
        RunCacheSession session = new ParquetRunCache(root).open(SYNC, Duration.ofSeconds(2));
        var writer = session.startRun(RUN, RunMode.DIFF, STARTED);
        session.close();
        session.close();
        assertThatThrownBy(() -> session.startRun(RUN, RunMode.DIFF, STARTED)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        // A writer kept past its session must not write without the lock either.
        assertThatThrownBy(writer::plan).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> writer.writeSchemaSubHash(io.infrasync.core.domain.run.SchemaSubHash.of("0123456789ab")))
                .isInstanceOf(IllegalStateException.class);
    }

    private static void awaitFile(Path file, Process child) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.exists(file)) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("child did not take the lock (alive=" + child.isAlive() + ")");
            }
            Thread.sleep(20);
        }
    }
}
