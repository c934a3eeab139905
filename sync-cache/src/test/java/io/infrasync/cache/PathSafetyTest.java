package io.infrasync.cache;

import static io.infrasync.cache.CacheFixtures.RUN;
import static io.infrasync.cache.CacheFixtures.STARTED;
import static io.infrasync.cache.CacheFixtures.SYNC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.core.domain.run.RunId;
import io.infrasync.core.domain.run.RunMode;
import io.infrasync.core.domain.run.Side;
import io.infrasync.core.domain.run.SnapshotSchema;
import io.infrasync.core.domain.run.SyncName;
import io.infrasync.core.port.out.RunCacheException;
import io.infrasync.core.port.out.RunCacheSession;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathSafetyTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultRootIsInTheWorkingDirectory() {
        assertThat(CacheRoot.resolve(Map.of(), dir, Path.of("/home/u"))).isEqualTo(dir.resolve(".infrahub-sync-cache"));
        assertThat(CacheRoot.resolve(Map.of("INFRAHUB_SYNC_CACHE_DIR", "  "), dir, Path.of("/home/u")))
                .isEqualTo(dir.resolve(".infrahub-sync-cache"));
    }

    @Test
    void theOverrideIsTildeExpandedAndMadeAbsolute() {
        Path home = dir.resolve("home");
        assertThat(CacheRoot.resolve(Map.of("INFRAHUB_SYNC_CACHE_DIR", "~/shared/cache"), dir, home))
                .isEqualTo(home.resolve("shared/cache"));
        assertThat(CacheRoot.resolve(Map.of("INFRAHUB_SYNC_CACHE_DIR", "~"), dir, home)).isEqualTo(home);
        assertThat(CacheRoot.resolve(Map.of("INFRAHUB_SYNC_CACHE_DIR", "rel/cache"), dir, home))
                .isEqualTo(dir.resolve("rel/cache")).isAbsolute();
        assertThat(CacheRoot.resolve(Map.of("INFRAHUB_SYNC_CACHE_DIR", "/srv/cache"), dir, home))
                .isEqualTo(Path.of("/srv/cache"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../cache", "/srv/../etc", "~/../other", "a/b/.."})
    void anOverrideWithDotDotIsRefused(String value) {
        assertThatThrownBy(() -> CacheRoot.resolve(Map.of("INFRAHUB_SYNC_CACHE_DIR", value), dir, dir))
                .isInstanceOf(RunCacheException.class)
                .hasMessageContaining("INFRAHUB_SYNC_CACHE_DIR").hasMessageContaining("'..'").hasMessageContaining(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "a/b", "/etc", "..\\x", "c:", "a\u0000b", "tab\tname", " lead"})
    void unsafeSyncNamesAreRefused(String value) {
        assertThatThrownBy(() -> SyncName.of(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sync name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "20260608T1200-0A1B2C3D", "20260608T1200-0a1b2c3", "20261308T1200-0a1b2c3d",
            "20260608T1200-0a1b2c3d/..", "../20260608T1200-0a1b2c3d", "latest"})
    void malformedRunIdsAreRefused(String value) {
        assertThatThrownBy(() -> RunId.of(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("run id");
    }

    @Test
    void unsafeResourceNamesAreRefused() {
        for (String value : List.of("..", "../x", "a/b", ".hidden")) {
            assertThatThrownBy(() -> new SnapshotSchema(value, List.of())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("resource name");
        }
    }

    @Test
    void readingAResourceOutsideTheSideFolderIsRefused() {
        ParquetRunCache cache = new ParquetRunCache(dir);
        try (RunCacheSession session = cache.open(SYNC, Duration.ofSeconds(5))) {
            session.startRun(RUN, RunMode.DIFF, STARTED);
        }
        assertThatThrownBy(() -> cache.reader(SYNC, RUN).snapshot(Side.A, "../run")).isInstanceOf(RunCacheException.class)
                .hasMessageContaining("refusing path segment");
    }

    @Test
    void syncNamesWithDotsStayInsideTheRoot() {
        ParquetRunCache cache = new ParquetRunCache(dir);
        try (RunCacheSession session = cache.open(SyncName.of("netbox.prod"), Duration.ofSeconds(5))) {
            session.startRun(RUN, RunMode.DIFF, STARTED);
        }
        assertThat(dir.resolve("netbox.prod").resolve(RUN.value()).resolve("run.json")).isRegularFile();
    }
}
