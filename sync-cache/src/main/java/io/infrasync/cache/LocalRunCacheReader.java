package io.infrasync.cache;

import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.ErrorRow;
import io.infrasync.core.domain.run.RunCursors;
import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.RunRecord;
import io.infrasync.core.domain.run.SchemaSubHash;
import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SyncName;
import io.infrasync.core.port.out.RunCacheException;
import io.infrasync.core.port.out.RunCacheReader;
import io.infrasync.core.port.out.RunCacheRows;
import io.infrasync.core.port.out.RunCacheSnapshotRows;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Reads the files of one run folder. */
final class LocalRunCacheReader implements RunCacheReader {

    private final SyncName sync;
    private final RunId runId;
    private final Path folder;
    private final Sidecars sidecars;

    LocalRunCacheReader(SyncName sync, RunId runId, Path folder, Sidecars sidecars) {
        this.sync = sync;
        this.runId = runId;
        this.folder = folder;
        this.sidecars = sidecars;
    }

    @Override
    public SyncName sync() {
        return sync;
    }

    @Override
    public RunId runId() {
        return runId;
    }

    @Override
    public RunRecord record() {
        return sidecars.readRun(folder.resolve(CacheLayout.RUN), runId.startMinute());
    }

    @Override
    public Optional<SchemaSubHash> schemaSubHash() {
        return sidecars.readSchemaSubHash(folder.resolve(CacheLayout.SCHEMA_SUB_HASH));
    }

    @Override
    public Optional<String> schemaShape() {
        return sidecars.readSchemaShape(folder.resolve(CacheLayout.SCHEMA_SHAPE));
    }

    @Override
    public RunCursors cursors() {
        return sidecars.readCursors(folder.resolve(CacheLayout.CURSORS));
    }

    @Override
    public List<String> snapshotResources(Side side) {
        return parquetNames(CacheLayout.sideFolder(folder, side));
    }

    @Override
    public List<String> extractResources(Side side) {
        return parquetNames(CacheLayout.extractFolder(folder, side));
    }

    @Override
    public RunCacheSnapshotRows extract(Side side, String resource) {
        return SnapshotFiles.read(CacheLayout.extractFile(folder, side, resource), resource);
    }

    @Override
    public RunCacheRows<String> extractIds(Side side, String resource) {
        return SnapshotFiles.readIds(CacheLayout.extractFile(folder, side, resource), resource);
    }

    private static List<String> parquetNames(Path sideFolder) {
        List<String> resources = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(sideFolder, "*" + CacheLayout.PARQUET)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".") && Files.isRegularFile(entry)) {
                    resources.add(name.substring(0, name.length() - CacheLayout.PARQUET.length()));
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new RunCacheException(sideFolder.toString(), "cannot list " + sideFolder + ": " + e.getMessage(), e);
        }
        resources.sort(null);
        return resources;
    }

    @Override
    public RunCacheSnapshotRows snapshot(Side side, String resource) {
        return SnapshotFiles.read(CacheLayout.snapshotFile(folder, side, resource), resource);
    }

    @Override
    public RunCacheRows<PlanRow> plan() {
        return TableFiles.plan(folder.resolve(CacheLayout.PLAN));
    }

    @Override
    public RunCacheRows<ErrorRow> errors() {
        Path file = folder.resolve(CacheLayout.ERRORS);
        if (!Files.exists(file)) {
            return new RunCacheRows<>() {
                @Override
                public boolean hasNext() {
                    return false;
                }

                @Override
                public ErrorRow next() {
                    throw new NoSuchElementException("run " + runId + " has no errors.parquet");
                }

                @Override
                public void close() {
                    // nothing to release
                }
            };
        }
        return TableFiles.errors(file);
    }
}
