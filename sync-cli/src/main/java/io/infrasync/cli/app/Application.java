package io.infrasync.cli.app;

import io.infrasync.cache.ParquetRunCache;
import io.infrasync.cli.config.ConfigDiscovery;
import io.infrasync.cli.config.ConfigLoader;
import io.infrasync.cli.expr.JinjavaExpressionEvaluator;
import io.infrasync.cli.wiring.AdapterPaths;
import io.infrasync.cli.wiring.AdapterRegistry;
import io.infrasync.core.engine.run.RunPipelineFactory;
import io.infrasync.core.port.in.RunPipeline;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The composition root: wires the configuration loader, the adapter registry, the Parquet run cache, the
 * Jinjava evaluator and the run use cases for one process. Commands get everything from here, so tests can
 * run them against their own environment, working directory and cache.
 */
public final class Application {

    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final Path userHome;
    private final Clock clock;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * @param environment      the process environment (config overrides, {@code INFRAHUB_SYNC_CACHE_DIR}, plugin paths)
     * @param workingDirectory resolves relative paths and the default cache folder
     * @param userHome         expands {@code ~} in {@code INFRAHUB_SYNC_CACHE_DIR}
     * @param clock            run ids and timestamps
     */
    public Application(Map<String, String> environment, Path workingDirectory, Path userHome, Clock clock) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment is null"));
        this.workingDirectory = workingDirectory.toAbsolutePath();
        this.userHome = userHome;
        this.clock = clock;
    }

    /** The application of this process: its environment, working directory and the UTC clock. */
    public static Application system() {
        return new Application(System.getenv(), Path.of(""), Path.of(System.getProperty("user.home", ".")),
                Clock.systemUTC());
    }

    /** @return the environment */
    public Map<String, String> environment() {
        return environment;
    }

    /** @return the absolute working directory */
    public Path workingDirectory() {
        return workingDirectory;
    }

    /** Resolves a path given on the command line against the working directory. */
    public Path resolve(Path path) {
        return workingDirectory.resolve(path).normalize();
    }

    /** @return the configuration discovery, with environment overrides */
    public ConfigDiscovery discovery() {
        return new ConfigDiscovery(new ConfigLoader(environment));
    }

    /** @return the run cache at {@code INFRAHUB_SYNC_CACHE_DIR} or {@code ./.infrahub-sync-cache} */
    public ParquetRunCache cache() {
        return ParquetRunCache.fromEnvironment(environment, workingDirectory, userHome);
    }

    /** @return the run use cases over {@code cache} */
    public RunPipeline pipeline(ParquetRunCache cache) {
        return RunPipelineFactory.create(cache, new JinjavaExpressionEvaluator(), clock, new SecureRandom(), cancelled::get);
    }

    /**
     * Discovers the adapters: built-in ones, {@code --adapter-path}, the config's {@code adapters_path} and
     * {@code INFRAHUB_SYNC_ADAPTER_PATHS}.
     */
    public AdapterRegistry registry(List<Path> commandLinePaths, List<String> configured, Path configFile) {
        return AdapterRegistry.discover(AdapterPaths.collect(commandLinePaths.stream().map(this::resolve).toList(),
                configured, configFile, environment));
    }

    /** @return the clock */
    public Clock clock() {
        return clock;
    }

    /** Asks the running run to stop at its next safe point (between pages and write batches). */
    public void cancel() {
        cancelled.set(true);
    }

    /** @return whether {@link #cancel()} was called */
    public boolean isCancelled() {
        return cancelled.get();
    }
}
