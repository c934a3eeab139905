package io.infrasync.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.infrasync.cache.ParquetRunCache;
import io.infrasync.cli.expr.JinjavaExpressionEvaluator;
import io.infrasync.cli.testing.MemoryDestinationFactory;
import io.infrasync.cli.testing.MemorySourceFactory;
import io.infrasync.cli.testing.MemoryWorld;
import io.infrasync.core.domain.config.SchemaMappingEntry;
import io.infrasync.core.domain.config.SyncConfig;
import io.infrasync.core.domain.run.RunStatus;
import io.infrasync.core.engine.run.RunPipelineFactory;
import io.infrasync.core.mapping.SourceRecord;
import io.infrasync.core.port.in.RunOutcome;
import io.infrasync.core.port.in.RunPipeline;
import io.infrasync.core.port.in.RunRequest;
import io.infrasync.core.port.in.RunSettings;
import io.infrasync.core.port.out.RunProgress;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.model.AttributeSchema;
import io.infrasync.spi.model.GenericSchema;
import io.infrasync.spi.model.KindSchema;
import io.infrasync.spi.model.RelationshipSchema;
import io.infrasync.spi.model.SchemaDescription;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The NetBox demo sample through the upstream netbox_to_infrahub config, unmodified, into an empty destination
 * with the upstream Infrahub schema: every object is created with its references, and a second sync finds
 * nothing to change (the destination reads back exactly what was written).
 */
class NetboxDemoPipelineTest {

    private static final List<String> DEMO = List.of("/netbox-demo/netbox-demo-v3.6-core-models.json",
            "/netbox-demo/netbox-demo-v3.6-interfaces-devices-1-12.json");

    @TempDir
    Path cacheRoot;

    @Test
    void demoSampleSyncsIntoAnEmptyDestinationAndThenHasNothingToDo() {
        MemoryWorld world = MemoryWorld.create("netbox-demo");
        world.schema = description("/schema/core-builtin.yml", "/schema/netbox.yml");
        SyncConfig config = UpstreamConfigsTest.netbox();
        for (SchemaMappingEntry entry : config.schemaMapping()) {
            world.source.computeIfAbsent(entry.mapping(), key -> new java.util.concurrent.CopyOnWriteArrayList<>());
        }
        for (SourceRecord record : new NetboxDumpRecords(DEMO, racks()).records()) {
            world.sourceRecord(record.origin(), record.localId(), record.data());
        }
        RunPipeline pipeline = RunPipelineFactory.create(new ParquetRunCache(cacheRoot), new JinjavaExpressionEvaluator(),
                Clock.systemUTC(), new Random(3), () -> false);

        RunOutcome first = pipeline.sync(request(config, RunSettings.defaults().withContinueOnError(true)));

        assertThat(first.errors()).isEmpty();
        assertThat(first.status()).isEqualTo(RunStatus.APPLIED);
        assertThat(first.count("created")).isEqualTo(first.count("create")).isGreaterThan(500);
        assertThat(world.objects("InfraInterfaceL2L3")).hasSize(168);
        Map<String, Object> device = world.objects("InfraDevice").get(0);
        assertThat(device.get("location")).isInstanceOf(Map.class);

        RunOutcome second = pipeline.sync(request(config, RunSettings.defaults().withContinueOnError(true)));
        assertThat(second.errors()).isEmpty();
        assertThat(second.plannedChanges()).isZero();
        assertThat(second.count("no-change")).isEqualTo(first.count("create"));
    }

    private static RunRequest request(SyncConfig config, RunSettings settings) {
        AdapterSettings adapterSettings = AdapterSettings.of(Map.of("world", "netbox-demo"));
        MemoryDestinationFactory destination = new MemoryDestinationFactory();
        return new RunRequest(config, new MemorySourceFactory().open(adapterSettings, AdapterContext.builder().build()),
                destination.open(adapterSettings, AdapterContext.builder().build()), destination.capabilities(), settings,
                RunProgress.NONE);
    }

    /** Racks written for this test: the demo subset has none, and every device sits in one. */
    private static List<Map<String, Object>> racks() {
        List<Map<String, Object>> racks = new ArrayList<>();
        for (int pk = 1; pk <= 13; pk++) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("name", "rack-" + pk);
            fields.put("site", pk + 1);
            fields.put("u_height", 42);
            fields.put("serial", "");
            fields.put("asset_tag", null);
            fields.put("facility_id", null);
            fields.put("role", null);
            fields.put("tenant", null);
            racks.add(Map.of("model", "dcim.rack", "pk", pk, "fields", fields));
        }
        return racks;
    }

    /** The Infrahub schema files as the destination adapter would describe them. */
    static SchemaDescription description(String... resources) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<KindSchema> kinds = new ArrayList<>();
        List<GenericSchema> generics = new ArrayList<>();
        for (String resource : resources) {
            try (InputStream in = NetboxDemoPipelineTest.class.getResourceAsStream(resource)) {
                JsonNode root = yaml.readTree(in);
                root.path("generics").forEach(node -> generics.add(GenericSchema.of(name(node), attributes(node),
                        relationships(node), List.of())));
                root.path("nodes").forEach(node -> {
                    List<String> inherit = new ArrayList<>();
                    node.path("inherit_from").forEach(item -> inherit.add(item.asText()));
                    kinds.add(KindSchema.of(name(node), attributes(node), relationships(node)).withInheritsFrom(inherit));
                });
            } catch (IOException exception) {
                throw new java.io.UncheckedIOException(exception);
            }
        }
        return SchemaDescription.of(kinds, generics);
    }

    private static String name(JsonNode node) {
        return node.path("namespace").asText() + node.path("name").asText();
    }

    private static List<AttributeSchema> attributes(JsonNode node) {
        List<AttributeSchema> attributes = new ArrayList<>();
        node.path("attributes").forEach(attribute -> attributes.add(AttributeSchema.of(attribute.path("name").asText(),
                attribute.path("kind").asText("Text")).withOptional(attribute.path("optional").asBoolean(false))
                .withUnique(attribute.path("unique").asBoolean(false))));
        return attributes;
    }

    private static List<RelationshipSchema> relationships(JsonNode node) {
        List<RelationshipSchema> relationships = new ArrayList<>();
        // Infrahub's default cardinality is "many".
        node.path("relationships").forEach(relationship -> relationships.add(RelationshipSchema.of(
                relationship.path("name").asText(), relationship.path("peer").asText(),
                relationship.path("cardinality").asText("many").equals("one")
                        ? RelationshipSchema.Cardinality.ONE : RelationshipSchema.Cardinality.MANY)
                .withOptional(relationship.path("optional").asBoolean(true))));
        return relationships;
    }
}
