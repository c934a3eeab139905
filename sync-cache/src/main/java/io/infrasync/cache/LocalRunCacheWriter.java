package io.infrasync.cache;

import io.infrasync.core.domain.plan.PlanRow;
import io.infrasync.core.domain.run.ErrorRow;
import io.infrasync.core.domain.run.RunCursors;
import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.RunRecord;
import io.infrasync.core.domain.run.SchemaSubHash;
import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SnapshotRow;
import io.infrasync.core.domain.run.SnapshotSchema;
import io.infrasync.core.port.out.RunCacheException;
import io.infrasync.core.port.out.RunCacheSink;
import io.infrasync.core.port.out.RunCacheWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Writes the files of one run folder. Sinks may be used from different threads (one sink per thread). */
final class LocalRunCacheWriter implements RunCacheWriter {

    private final RunId runId;
    private final Path folder;
    private final AtomicFiles files;
    private final Sidecars sidecars;
    /** Throws once the session is closed: without the lock, another run may be writing the same sync. */
    private final Runnable requireLock;
    /** Marks a target whose sink is being created. */
    private static final Object RESERVED = new Object();

    /** Open sinks by target file: a finished status must wait for them, and one file has one writer at a time. */
    private final Map<Path, Object> open = new ConcurrentHashMap<>();

    LocalRunCacheWriter(RunId runId, Path folder, AtomicFiles files, Sidecars sidecars, Runnable requireLock) {
        this.runId = runId;
        this.requireLock = requireLock;
        this.folder = folder;
        this.files = files;
        this.sidecars = sidecars;
    }

    @Override
    public RunId runId() {
        return runId;
    }

    @Override
    public RunCacheSink<SnapshotRow> snapshot(Side side, SnapshotSchema schema) {
        requireLock.run();
        Path target = CacheLayout.snapshotFile(folder, side, schema.resource());
        return register(target, () -> new ParquetSink<>(target, new SnapshotEmitter(schema), SnapshotFiles.metadata(schema),
                files, () -> open.remove(target)));
    }

    @Override
    public RunCacheSink<SnapshotRow> extract(Side side, SnapshotSchema schema) {
        requireLock.run();
        Path target = CacheLayout.extractFile(folder, side, schema.resource());
        AtomicFiles.createFolder(target.getParent());
        return register(target, () -> new ParquetSink<>(target, new SnapshotEmitter(schema), SnapshotFiles.metadata(schema),
                files, () -> open.remove(target)));
    }

    @Override
    public RunCacheSink<PlanRow> plan() {
        requireLock.run();
        Path target = folder.resolve(CacheLayout.PLAN);
        return register(target, () -> new ParquetSink<>(target, new PlanEmitter(), Map.of(), files, () -> open.remove(target)));
    }

    @Override
    public RunCacheSink<ErrorRow> errors() {
        requireLock.run();
        Path target = folder.resolve(CacheLayout.ERRORS);
        return register(target, () -> new ErrorSink(target, files, () -> open.remove(target)));
    }

    @Override
    public synchronized void mergeCursors(RunCursors cursors) {
        requireLock.run();
        // Read-merge-write: two loaders finishing at once must not lose each other's cursors.
        sidecars.mergeCursors(folder.resolve(CacheLayout.CURSORS), cursors);
    }

    @Override
    public void writeSchemaSubHash(SchemaSubHash hash) {
        requireLock.run();
        sidecars.writeSchemaSubHash(folder.resolve(CacheLayout.SCHEMA_SUB_HASH), hash);
    }

    @Override
    public void writeSchemaShape(String canonicalJson) {
        requireLock.run();
        files.write(folder.resolve(CacheLayout.SCHEMA_SHAPE), canonicalJson.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void writeRecord(RunRecord record) {
        requireLock.run();
        Path target = folder.resolve(CacheLayout.RUN);
        if (record.status().isSuccessful()) {
            Set<Path> pending = Set.copyOf(open.keySet());
            if (!pending.isEmpty()) {
                throw new RunCacheException(target.toString(), "refusing to mark run " + runId + " "
                        + record.status().wireName() + " in " + target + " while " + pending + " " + (pending.size() == 1 ? "is" : "are")
                        + " still being written");
            }
        }
        sidecars.writeRun(target, record);
    }

    /** Discards every sink still open (the session is closing, so their runs did not finish). */
    void abortOpenSinks() {
        List<RunCacheSink<?>> sinks = new ArrayList<>();
        for (Object entry : open.values()) {
            if (entry instanceof RunCacheSink<?> sink) {
                sinks.add(sink);
            }
        }
        sinks.forEach(RunCacheSink::close);
    }

    private <T> RunCacheSink<T> register(Path target, Supplier<RunCacheSink<T>> factory) {
        // Reserve the target first and create the sink outside the map: creating it opens files, and a sink that
        // fails to start removes its own entry, which must not happen inside a map operation on the same key.
        if (open.putIfAbsent(target, RESERVED) != null) {
            throw new RunCacheException(target.toString(), target + " is already being written by another sink");
        }
        try {
            RunCacheSink<T> sink = factory.get();
            open.replace(target, RESERVED, sink);
            return sink;
        } catch (RuntimeException e) {
            open.remove(target, RESERVED);
            throw e;
        }
    }
}
