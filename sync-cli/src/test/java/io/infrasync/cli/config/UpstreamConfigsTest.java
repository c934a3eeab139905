package io.infrasync.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.cli.expr.JinjavaExpressionEvaluator;
import io.infrasync.core.domain.config.ConfigException;
import io.infrasync.core.domain.config.DiffSyncFlag;
import io.infrasync.core.domain.config.FieldSource;
import io.infrasync.core.domain.config.FilterOperation;
import io.infrasync.core.domain.config.SchemaMappingEntry;
import io.infrasync.core.domain.config.SyncConfig;
import io.infrasync.core.mapping.MappingPlan;
import io.infrasync.core.mapping.SchemaView;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The two upstream example configurations load unmodified and validate against the example schemas. */
class UpstreamConfigsTest {

    static Path resource(String name) {
        try {
            return Path.of(UpstreamConfigsTest.class.getResource(name).toURI());
        } catch (URISyntaxException exception) {
            throw new IllegalStateException(exception);
        }
    }

    static SyncConfig netbox() {
        return new ConfigLoader(Map.of()).load(resource("/upstream/netbox_to_infrahub/config.yml")).config();
    }

    @Test
    void netboxExampleLoadsEveryKey() {
        SyncConfig config = netbox();
        assertThat(config.name()).isEqualTo("from-netbox");
        assertThat(config.source().name()).isEqualTo("netbox");
        assertThat(config.source().settings()).containsEntry("url", "https://demo.netbox.dev");
        assertThat(config.destination().settings()).containsEntry("url", "http://localhost:8000");
        assertThat(config.order().orElseThrow()).hasSize(16).startsWith("BuiltinTag", "RoleGeneric").endsWith("InfraInterfaceL2L3");
        assertThat(config.schemaMapping()).hasSize(25);
        assertThat(config.diffsyncFlags()).containsExactly(DiffSyncFlag.SKIP_UNMATCHED_DST);
        assertThat(config.incremental().fullResyncEvery()).isEqualTo(10);
        assertThat(config.store()).isEmpty();

        SchemaMappingEntry device = config.schemaMapping().stream().filter(entry -> entry.name().equals("InfraDevice"))
                .findFirst().orElseThrow();
        assertThat(device.identifiers().orElseThrow()).containsExactly("location", "rack", "organization", "name");
        assertThat(device.filters()).extracting(filter -> filter.operation())
                .containsExactly(FilterOperation.CONTAINS, FilterOperation.NOT_CONTAINS);
        assertThat(device.transforms()).hasSize(2);
        assertThat(device.field("rack").orElseThrow().source()).isEqualTo(new FieldSource.Reference("rack", "InfraRack"));
        SchemaMappingEntry region = config.schemaMapping().stream().filter(entry -> entry.mapping().equals("dcim.regions"))
                .findFirst().orElseThrow();
        assertThat(region.identifiers()).isEmpty();
        assertThat(region.field("type").orElseThrow().source()).isEqualTo(new FieldSource.Static("Region"));
        assertThat(config.origin().lineOf("schema_mapping[0].fields[1].name")).isEqualTo(43);
    }

    @Test
    void netboxExampleValidatesAgainstTheNetboxSchema() {
        SchemaView schema = InfrahubSchemaYaml.load("/schema/core-builtin.yml", "/schema/netbox.yml");
        MappingPlan plan = MappingPlan.build(netbox(), Optional.of(schema), new JinjavaExpressionEvaluator());
        // identifiers default to the kind's mapped unique attributes (LocationGeneric.name)
        int regions = 7;
        assertThat(plan.config().schemaMapping().get(regions).mapping()).isEqualTo("dcim.regions");
        assertThat(plan.identifiers().get(regions)).containsExactly("name");
        assertThat(plan.writeOrder().explicit()).isTrue();
        assertThat(plan.writeOrder().unordered()).containsExactly("InfraIPAddress");
    }

    @Test
    void nautobotExampleLoadsAndItsSchemaDriftIsReportedPrecisely() {
        LoadedConfig loaded = new ConfigLoader(Map.of()).load(resource("/upstream/nautobot-v2_to_infrahub/config.yml"));
        assertThat(loaded.config().name()).isEqualTo("from-nautobot-v2");
        SchemaView schema = InfrahubSchemaYaml.load("/schema/core-builtin.yml", "/schema/nautobot-v2.yml");
        assertThatThrownBy(() -> MappingPlan.build(loaded.config(), Optional.of(schema), new JinjavaExpressionEvaluator()))
                .isInstanceOf(ConfigException.class)
                .satisfies(exception -> assertThat(((ConfigException) exception).problems())
                        .extracting(problem -> problem.line() + " " + problem.path() + ": " + problem.message())
                        .containsExactly(
                                "454 schema_mapping[23].fields[6].name: 'InfraIPAddress' has no attribute or relationship 'status'",
                                "510 schema_mapping[25].fields[5].name: 'InfraFrontPort' has no attribute or relationship 'status'",
                                "526 schema_mapping[26].fields[4].name: 'InfraRearPort' has no attribute or relationship 'status'"));
    }
}
