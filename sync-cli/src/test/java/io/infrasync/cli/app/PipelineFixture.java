package io.infrasync.cli.app;

import io.infrasync.cache.ParquetRunCache;
import io.infrasync.cli.expr.JinjavaExpressionEvaluator;
import io.infrasync.cli.testing.MemoryDestinationFactory;
import io.infrasync.cli.testing.MemorySourceFactory;
import io.infrasync.cli.testing.MemoryWorld;
import io.infrasync.core.domain.config.AdapterConfig;
import io.infrasync.core.domain.config.ConfigSource;
import io.infrasync.core.domain.config.DiffSyncFlag;
import io.infrasync.core.domain.config.FieldMapping;
import io.infrasync.core.domain.config.FieldSource;
import io.infrasync.core.domain.config.GuardrailsConfig;
import io.infrasync.core.domain.config.IncrementalConfig;
import io.infrasync.core.domain.config.SchemaMappingEntry;
import io.infrasync.core.domain.config.SyncConfig;
import io.infrasync.core.engine.run.RunPipelineFactory;
import io.infrasync.core.port.in.RunPipeline;
import io.infrasync.core.port.in.RunRequest;
import io.infrasync.core.port.in.RunSettings;
import io.infrasync.core.port.out.RunProgress;
import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** A three-kind sync (tags, sites with many tags, devices identified by name and site) over memory adapters. */
final class PipelineFixture {

    static final String WORLD = "pipeline";

    final MemoryWorld world = MemoryWorld.create(WORLD);
    final ParquetRunCache cache;
    final RunPipeline pipeline;

    PipelineFixture(Path cacheRoot) {
        cache = new ParquetRunCache(cacheRoot);
        pipeline = RunPipelineFactory.create(cache, new JinjavaExpressionEvaluator(), Clock.systemUTC(), new Random(7),
                () -> false);
        world.sourceRecord("extras.tags", "10", Map.of("id", 10, "name", "red"));
        world.sourceRecord("extras.tags", "11", Map.of("id", 11, "name", "blue"));
        world.sourceRecord("dcim.sites", "1", Map.of("id", 1, "name", "s1", "description", "one",
                "tags", List.of(Map.of("id", 10))));
        world.sourceRecord("dcim.sites", "2", Map.of("id", 2, "name", "s2", "description", "two",
                "tags", List.of(Map.of("id", 10), Map.of("id", 11))));
        world.sourceRecord("dcim.devices", "100", Map.of("id", 100, "name", "dev1",
                "status", Map.of("value", "active"), "site", Map.of("id", 1)));
    }

    static SyncConfig config(Set<DiffSyncFlag> flags) {
        return config(flags, "LocationSite");
    }

    static SyncConfig config(Set<DiffSyncFlag> flags, String siteKind) {
        return config(flags, siteKind, List.of());
    }

    static SyncConfig config(Set<DiffSyncFlag> flags, String siteKind, List<FieldMapping> extraSiteFields) {
        List<FieldMapping> siteFields = new java.util.ArrayList<>(List.of(new FieldMapping("name", new FieldSource.Path("name")),
                new FieldMapping("description", new FieldSource.Path("description")),
                new FieldMapping("tags", new FieldSource.Reference("tags", "BuiltinTag"))));
        siteFields.addAll(extraSiteFields);
        List<SchemaMappingEntry> entries = List.of(
                new SchemaMappingEntry("BuiltinTag", "extras.tags", Optional.empty(),
                        List.of(new FieldMapping("name", new FieldSource.Path("name"))), List.of(), List.of(), 0),
                new SchemaMappingEntry(siteKind, "dcim.sites", Optional.empty(), siteFields, List.of(), List.of(), 1),
                new SchemaMappingEntry("InfraDevice", "dcim.devices", Optional.of(List.of("name", "site")),
                        List.of(new FieldMapping("name", new FieldSource.Path("name")),
                                new FieldMapping("status", new FieldSource.Path("status.value")),
                                new FieldMapping("site", new FieldSource.Reference("site", "LocationSite"))),
                        List.of(), List.of(), 2));
        return new SyncConfig("pipeline-test",
                new AdapterConfig("memory-source", Optional.empty(), Map.of("world", WORLD), Map.of()),
                new AdapterConfig("memory-dest", Optional.empty(), Map.of("world", WORLD), Map.of()),
                List.of(), Optional.empty(), Optional.empty(), entries, flags, IncrementalConfig.defaults(),
                GuardrailsConfig.defaults(), ConfigSource.unknown("config.yml"));
    }

    RunRequest request(SyncConfig config, RunSettings settings) {
        AdapterSettings adapterSettings = AdapterSettings.of(Map.of("world", WORLD));
        Adapter source = new MemorySourceFactory().open(adapterSettings, AdapterContext.builder().build());
        MemoryDestinationFactory destinationFactory = new MemoryDestinationFactory();
        Adapter destination = destinationFactory.open(adapterSettings, AdapterContext.builder().build());
        return new RunRequest(config, source, destination, destinationFactory.capabilities(), settings, RunProgress.NONE);
    }

    RunRequest request(RunSettings settings) {
        return request(config(Set.of()), settings);
    }
}
