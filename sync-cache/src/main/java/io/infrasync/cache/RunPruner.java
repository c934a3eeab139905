package io.infrasync.cache;

import io.infrasync.core.domain.run.PruneReport;
import io.infrasync.core.domain.run.RetentionPolicy;
import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.RunInfo;
import io.infrasync.core.domain.run.RunStatus;
import io.infrasync.core.domain.run.SyncName;
import io.infrasync.core.port.out.RunCacheException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a {@link RetentionPolicy} to one sync's runs while its lock is held. A run folder is first renamed to a
 * hidden {@code .pruning-<run_id>} name (atomic, so a crash never leaves a half-deleted run that still looks like
 * a run) and then deleted; hidden leftovers of an interrupted prune are removed by the next one.
 */
final class RunPruner {

    private static final String PRUNING_PREFIX = ".pruning-";

    private final ParquetRunCache cache;
    private final CacheLayout layout;
    private final SyncName sync;

    RunPruner(ParquetRunCache cache, CacheLayout layout, SyncName sync) {
        this.cache = cache;
        this.layout = layout;
        this.sync = sync;
    }

    PruneReport prune(RetentionPolicy policy, Instant now, Set<RunId> inProgress) {
        removeInterruptedPrunes();
        List<RunInfo> runs = cache.runs(sync);
        RunId latestApplied = null;
        for (RunInfo run : runs) {
            if (run.status().filter(status -> status == RunStatus.APPLIED).isPresent()) {
                latestApplied = run.runId();
            }
        }
        List<RunId> deleted = new ArrayList<>();
        Map<RunId, String> kept = new LinkedHashMap<>();
        int newestFirst = 0;
        for (int i = runs.size() - 1; i >= 0; i--, newestFirst++) {
            RunInfo run = runs.get(i);
            boolean beyondKeep = policy.keepCount().isEmpty() || newestFirst >= policy.keepCount().getAsInt();
            Instant started = run.record() != null ? run.record().startedAt() : run.runId().startMinute();
            boolean old = policy.maxAge().map(age -> started.isBefore(now.minus(age))).orElse(true);
            if (!beyondKeep || !old) {
                continue;
            }
            if (run.runId().equals(latestApplied)) {
                kept.put(run.runId(), "latest applied run");
            } else if (inProgress.contains(run.runId())) {
                kept.put(run.runId(), "in progress");
            } else {
                delete(run.runId());
                deleted.add(run.runId());
            }
        }
        deleted.sort(null);
        return new PruneReport(deleted, kept);
    }

    private void delete(RunId runId) {
        Path folder = layout.runFolder(sync, runId);
        Path hidden = folder.resolveSibling(PRUNING_PREFIX + runId.value());
        try {
            Files.move(folder, hidden, StandardCopyOption.ATOMIC_MOVE);
            AtomicFiles.forceFolder(folder.getParent());
        } catch (IOException e) {
            throw new RunCacheException(folder.toString(), "cannot prune run folder " + folder + ": " + e.getMessage(), e);
        }
        deleteTree(hidden);
    }

    private void removeInterruptedPrunes() {
        Path syncFolder = layout.syncFolder(sync);
        if (!Files.isDirectory(syncFolder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(syncFolder, PRUNING_PREFIX + "*")) {
            for (Path entry : entries) {
                deleteTree(entry);
            }
        } catch (IOException e) {
            throw new RunCacheException(syncFolder.toString(), "cannot list " + syncFolder + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    if (exc != null) {
                        throw exc;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new RunCacheException(root.toString(), "cannot delete " + root + ": " + e.getMessage(), e);
        }
    }
}
