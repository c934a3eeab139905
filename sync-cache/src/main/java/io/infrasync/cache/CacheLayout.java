package io.infrasync.cache;

import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SyncName;
import io.infrasync.core.port.out.RunCacheException;
import java.nio.file.Path;

/** Where each file of the cache lives (seed 000): the single place that joins names into paths. */
final class CacheLayout {

    static final String LOCK = ".lock";
    static final String ROWCOUNTS = "last-successful-rowcounts.json";
    static final String PLAN = "plan.parquet";
    static final String ERRORS = "errors.parquet";
    static final String CURSORS = "cursors.json";
    static final String SCHEMA_SUB_HASH = "schema-sub-hash.txt";
    static final String SCHEMA_SHAPE = "schema-shape.json";
    static final String RUN = "run.json";
    static final String PARQUET = ".parquet";
    static final String EXTRACT = "extract";

    private final Path root;

    CacheLayout(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path syncFolder(SyncName sync) {
        return inside(root, sync.value());
    }

    Path lockFile(SyncName sync) {
        return syncFolder(sync).resolve(LOCK);
    }

    Path rowCountsFile(SyncName sync) {
        return syncFolder(sync).resolve(ROWCOUNTS);
    }

    Path runFolder(SyncName sync, RunId runId) {
        return inside(syncFolder(sync), runId.value());
    }

    static Path sideFolder(Path runFolder, Side side) {
        return runFolder.resolve(side.name());
    }

    static Path snapshotFile(Path runFolder, Side side, String resource) {
        return inside(sideFolder(runFolder, side), resource + PARQUET);
    }

    static Path extractFolder(Path runFolder, Side side) {
        return runFolder.resolve(EXTRACT).resolve(side.name());
    }

    static Path extractFile(Path runFolder, Side side, String resource) {
        return inside(extractFolder(runFolder, side), resource + PARQUET);
    }

    /**
     * Joins one segment and checks that the result stays a direct child: the domain already validates names,
     * this is the last line of defence where a path is actually built.
     */
    private static Path inside(Path parent, String segment) {
        Path child = parent.resolve(segment).normalize();
        if (!parent.normalize().equals(child.getParent()) || !child.getFileName().toString().equals(segment)) {
            throw new RunCacheException(child.toString(), "refusing path segment '" + segment + "' under " + parent);
        }
        return child;
    }
}
