package io.infrasync.cache;

import io.infrasync.core.port.out.RunCacheException;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds the root of the run cache as the original does: {@code INFRAHUB_SYNC_CACHE_DIR} when set ({@code ~}
 * expanded, made absolute against the working directory, refused if it contains a {@code ..} segment), otherwise
 * {@code .infrahub-sync-cache} in the working directory. Sync folders are created beneath the root.
 */
public final class CacheRoot {

    /** The environment variable that overrides the cache root. */
    public static final String ENV = "INFRAHUB_SYNC_CACHE_DIR";
    /** The default root folder name inside the working directory. */
    public static final String DEFAULT_FOLDER = ".infrahub-sync-cache";

    private CacheRoot() {
    }

    /**
     * Resolves the cache root.
     *
     * @param env        the environment (usually {@code System.getenv()})
     * @param workingDir the working directory (absolute)
     * @param userHome   the home directory {@code ~} expands to
     * @throws RunCacheException when the override contains {@code ..} or is not a valid path
     */
    public static Path resolve(Map<String, String> env, Path workingDir, Path userHome) {
        String override = env.get(ENV);
        if (override == null || override.isBlank()) {
            return workingDir.toAbsolutePath().resolve(DEFAULT_FOLDER);
        }
        String expanded = override;
        if (override.equals("~")) {
            expanded = userHome.toString();
        } else if (override.startsWith("~/") || override.startsWith("~" + File.separator)) {
            expanded = userHome.toString() + override.substring(1);
        }
        Path path;
        try {
            path = Path.of(expanded);
        } catch (InvalidPathException e) {
            throw new RunCacheException(override, ENV + " is not a valid path (got '" + override + "'): " + e.getMessage(), e);
        }
        for (Path segment : path) {
            if (segment.toString().equals("..")) {
                throw new RunCacheException(override, ENV + " must not contain '..' segments (got '" + override + "')");
            }
        }
        // absolute() rather than a real-path resolution: symlinks stay as the operator wrote them.
        return path.isAbsolute() ? path : workingDir.toAbsolutePath().resolve(path);
    }
}
