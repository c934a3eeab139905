package io.infrasync.cache;

import io.infrasync.core.domain.run.LockHolder;
import io.infrasync.core.domain.run.PruneReport;
import io.infrasync.core.domain.run.RetentionPolicy;
import io.infrasync.core.domain.run.RowCounts;
import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.RunMode;
import io.infrasync.core.domain.run.RunRecord;
import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SyncName;
import io.infrasync.core.port.out.RunCacheException;
import io.infrasync.core.port.out.RunCacheSession;
import io.infrasync.core.port.out.RunCacheWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A sync's cache while this process holds its lock. */
final class LocalRunCacheSession implements RunCacheSession {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SyncName sync;
    private final SyncLock lock;
    private final CacheLayout layout;
    private final AtomicFiles files;
    private final Sidecars sidecars;
    private final ParquetRunCache cache;
    private final Set<RunId> started = Collections.synchronizedSet(new LinkedHashSet<>());
    private final List<LocalRunCacheWriter> writers = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean closed;

    LocalRunCacheSession(SyncName sync, SyncLock lock, CacheLayout layout, AtomicFiles files, Sidecars sidecars,
            ParquetRunCache cache) {
        this.sync = sync;
        this.lock = lock;
        this.layout = layout;
        this.files = files;
        this.sidecars = sidecars;
        this.cache = cache;
    }

    @Override
    public SyncName sync() {
        return sync;
    }

    @Override
    public Optional<LockHolder> tookOverFrom() {
        return lock.tookOverFrom();
    }

    @Override
    public RunCacheWriter newRun(RunMode mode, Instant startedAt) {
        requireOpen();
        // 32 random bits per minute: a clash is unlikely but possible, and reusing a folder would mix two runs.
        for (int attempt = 0; attempt < 100; attempt++) {
            RunId candidate = RunId.generate(startedAt, RANDOM);
            if (!Files.exists(layout.runFolder(sync, candidate))) {
                return startRun(candidate, mode, startedAt);
            }
        }
        throw new RunCacheException(layout.syncFolder(sync).toString(), "cannot allocate a new run id in "
                + layout.syncFolder(sync) + " after 100 attempts");
    }

    @Override
    public RunCacheWriter startRun(RunId runId, RunMode mode, Instant startedAt) {
        requireOpen();
        Path folder = layout.runFolder(sync, runId);
        AtomicFiles.createFolder(folder);
        // Under the lock nobody else writes here, so every temporary file is a leftover of a crash.
        AtomicFiles.removeLeftoverTemps(folder);
        for (Side side : Side.values()) {
            AtomicFiles.removeLeftoverTemps(CacheLayout.sideFolder(folder, side));
            AtomicFiles.removeLeftoverTemps(CacheLayout.extractFolder(folder, side));
        }
        started.add(runId);
        sidecars.writeRun(folder.resolve(CacheLayout.RUN), RunRecord.running(mode, startedAt));
        LocalRunCacheWriter writer = new LocalRunCacheWriter(runId, folder, files, sidecars, this::requireOpen);
        writers.add(writer);
        return writer;
    }

    @Override
    public void writeLastSuccessfulRowCounts(RowCounts counts) {
        requireOpen();
        sidecars.writeRowCounts(layout.rowCountsFile(sync), counts);
    }

    @Override
    public PruneReport prune(RetentionPolicy policy, Instant now) {
        requireOpen();
        return new RunPruner(cache, layout, sync).prune(policy, now, Set.copyOf(started));
    }

    @Override
    public Set<RunId> startedRuns() {
        synchronized (started) {
            return Set.copyOf(started);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            synchronized (writers) {
                writers.forEach(LocalRunCacheWriter::abortOpenSinks);
            }
        } finally {
            lock.close();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the cache session of sync '" + sync + "' is closed (its lock is released)");
        }
    }
}
