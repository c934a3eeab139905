package io.infrasync.cache;

import io.infrasync.core.domain.run.RowCounts;
import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.RunInfo;
import io.infrasync.core.domain.run.RunStatus;
import io.infrasync.core.domain.run.SyncName;
import io.infrasync.core.port.out.RunCache;
import io.infrasync.core.port.out.RunCacheException;
import io.infrasync.core.port.out.RunCacheReader;
import io.infrasync.core.port.out.RunCacheSession;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The run cache on the local disk, laid out as infrahub-sync 2.x lays it out (seed 000): Parquet files written with
 * parquet-hadoop through {@code LocalOutputFile}/{@code LocalInputFile} (no Hadoop file system), Snappy-compressed;
 * JSON sidecars written with Jackson; every file published atomically.
 */
public final class ParquetRunCache implements RunCache {

    private final CacheLayout layout;
    private final AtomicFiles files;
    private final Sidecars sidecars;
    private final Clock clock;

    /** A cache rooted at {@code root} (see {@link CacheRoot#resolve}). */
    public ParquetRunCache(Path root) {
        this(root, WriteHook.NONE, Clock.systemUTC());
    }

    /** The cache {@link CacheRoot#resolve resolved} from the environment, working directory and home directory. */
    public static ParquetRunCache fromEnvironment(Map<String, String> env, Path workingDir, Path userHome) {
        return new ParquetRunCache(CacheRoot.resolve(env, workingDir, userHome));
    }

    ParquetRunCache(Path root, WriteHook hook, Clock clock) {
        this.layout = new CacheLayout(root.toAbsolutePath());
        this.files = new AtomicFiles(hook);
        this.sidecars = new Sidecars(files);
        this.clock = clock;
    }

    /** The absolute root folder (sync folders are its children). */
    public Path root() {
        return layout.root();
    }

    /** The folder of one run, for messages that tell users where to look (the folder may not exist). */
    public Path runFolder(SyncName sync, RunId runId) {
        return layout.runFolder(sync, runId);
    }

    @Override
    public RunCacheSession open(SyncName sync, Duration lockTimeout) {
        SyncLock lock = SyncLock.acquire(sync, layout.lockFile(sync), lockTimeout, clock.instant());
        try {
            AtomicFiles.removeLeftoverTemps(layout.syncFolder(sync));
            return new LocalRunCacheSession(sync, lock, layout, files, sidecars, this);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    @Override
    public List<RunInfo> runs(SyncName sync) {
        Path folder = layout.syncFolder(sync);
        List<RunId> ids = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, Files::isDirectory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (RunId.isValid(name)) {
                    ids.add(RunId.of(name));
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new RunCacheException(folder.toString(), "cannot list runs in " + folder + ": " + e.getMessage(), e);
        }
        List<RunInfo> runs = new ArrayList<>(ids.size());
        for (RunId id : ids) {
            runs.add(info(sync, id));
        }
        // A run id only carries its minute (the rest is random): within a minute, run.json's started_at orders.
        runs.sort(java.util.Comparator.comparing((RunInfo run) -> run.runId().startMinute())
                .thenComparing(run -> run.record() != null ? run.record().startedAt() : run.runId().startMinute())
                .thenComparing(run -> run.runId().value()));
        return runs;
    }

    RunInfo info(SyncName sync, RunId id) {
        Path runJson = layout.runFolder(sync, id).resolve(CacheLayout.RUN);
        try {
            return new RunInfo(id, sidecars.readRun(runJson, id.startMinute()), null);
        } catch (RunCacheException e) {
            return new RunInfo(id, null, e.getMessage());
        }
    }

    @Override
    public Optional<RunInfo> latestRun(SyncName sync, Set<RunStatus> statuses) {
        List<RunInfo> runs = runs(sync);
        for (int i = runs.size() - 1; i >= 0; i--) {
            RunInfo run = runs.get(i);
            if (run.status().filter(statuses::contains).isPresent()) {
                return Optional.of(run);
            }
        }
        return Optional.empty();
    }

    @Override
    public RunCacheReader reader(SyncName sync, RunId runId) {
        Path folder = layout.runFolder(sync, runId);
        if (!Files.isDirectory(folder)) {
            throw new RunCacheException(folder.toString(), "no run " + runId + " of sync '" + sync + "': missing folder " + folder);
        }
        return new LocalRunCacheReader(sync, runId, folder, sidecars);
    }

    @Override
    public RowCounts lastSuccessfulRowCounts(SyncName sync) {
        return sidecars.readRowCounts(layout.rowCountsFile(sync));
    }
}
