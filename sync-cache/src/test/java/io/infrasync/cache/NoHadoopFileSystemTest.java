package io.infrasync.cache;

import static io.infrasync.cache.CacheFixtures.RUN;
import static io.infrasync.cache.CacheFixtures.SYNC;
import static org.assertj.core.api.Assertions.assertThat;

import io.infrasync.core.domain.run.Side;
import io.infrasync.core.port.out.RunCacheSnapshotRows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.StorageStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files are written and read through parquet's LocalOutputFile/LocalInputFile (java.nio), never through a Hadoop
 * FileSystem: Hadoop registers storage statistics for every FileSystem it initialises, and none appears.
 */
class NoHadoopFileSystemTest {

    @TempDir
    Path root;

    @Test
    void writingAndReadingARunInitialisesNoHadoopFileSystem() {
        ParquetRunCache cache = new ParquetRunCache(root);
        RunScript.write(cache, 1);
        try (RunCacheSnapshotRows rows = cache.reader(SYNC, RUN).snapshot(Side.A, "InfraDevice")) {
            rows.forEachRemaining(row -> { });
        }
        cache.reader(SYNC, RUN).plan().forEachRemaining(row -> { });
        List<String> fileSystems = new ArrayList<>();
        FileSystem.getGlobalStorageStatistics().iterator()
                .forEachRemaining((StorageStatistics statistics) -> fileSystems.add(statistics.getName()));
        assertThat(fileSystems).isEmpty();
    }
}
