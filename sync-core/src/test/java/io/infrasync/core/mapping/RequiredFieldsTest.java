package io.infrasync.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrasync.core.domain.config.AdapterConfig;
import io.infrasync.core.domain.config.ConfigSource;
import io.infrasync.core.domain.config.FieldMapping;
import io.infrasync.core.domain.config.FieldSource;
import io.infrasync.core.domain.config.FilterOperation;
import io.infrasync.core.domain.config.FilterSpec;
import io.infrasync.core.domain.config.GuardrailsConfig;
import io.infrasync.core.domain.config.IncrementalConfig;
import io.infrasync.core.domain.config.SchemaMappingEntry;
import io.infrasync.core.domain.config.SyncConfig;
import io.infrasync.core.domain.config.TransformSpec;
import io.infrasync.core.port.out.ExpressionEvaluator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link MappingPlan#requiredFields}: what a source read may restrict itself to. */
class RequiredFieldsTest {

    private static final ExpressionEvaluator EVALUATOR = expression -> context -> null;

    private static FieldMapping path(String name, String path) {
        return new FieldMapping(name, new FieldSource.Path(path));
    }

    private static FieldMapping ref(String name, String path, String kind) {
        return new FieldMapping(name, new FieldSource.Reference(path, kind));
    }

    private static FieldMapping constant(String name, Object value) {
        return new FieldMapping(name, new FieldSource.Static(value));
    }

    private static SchemaMappingEntry entry(int index, String kind, String endpoint, List<FieldMapping> fields,
            List<FilterSpec> filters, List<TransformSpec> transforms) {
        return new SchemaMappingEntry(kind, endpoint, Optional.of(List.of("name")), fields, filters, transforms, index);
    }

    private static MappingPlan plan(Optional<List<String>> order, SchemaMappingEntry... entries) {
        AdapterConfig adapter = new AdapterConfig("netbox", Optional.empty(), Map.of(), Map.of());
        SyncConfig config = new SyncConfig("test", adapter, adapter, List.of(), Optional.empty(), order, List.of(entries),
                Set.of(), IncrementalConfig.defaults(), GuardrailsConfig.defaults(), ConfigSource.unknown("config.yml"));
        return MappingPlan.build(config, Optional.empty(), EVALUATOR);
    }

    private static SchemaMappingEntry tags() {
        return entry(0, "Tag", "extras.tags", List.of(path("name", "slug")), List.of(), List.of());
    }

    private static SchemaMappingEntry sites() {
        return entry(1, "Site", "dcim.sites", List.of(path("name", "name")), List.of(), List.of());
    }

    private static SchemaMappingEntry devices(List<TransformSpec> transforms) {
        return entry(2, "Device", "dcim.devices", List.of(path("name", "name"), path("role", "role.slug"),
                        constant("kind", "server"), ref("site", "site", "Site"), ref("tags", "tags", "Tag"),
                        path("serial", "serial")),
                List.of(new FilterSpec("status.value", FilterOperation.EQUALS, "active"),
                        new FilterSpec("name", FilterOperation.IS_NOT_EMPTY, null)),
                transforms);
    }

    @Test
    void idMappingPathsReferencePathsFiltersAndTransformVariablesByTheirFirstSegment() {
        MappingPlan plan = plan(Optional.empty(), tags(), sites(), devices(List.of(
                new TransformSpec("serial", "{{ serial|upper ~ '-' ~ platform.slug if asset_tag is none else '' }}"))));

        assertThat(plan.requiredFields("dcim.devices")).hasValueSatisfying(fields -> assertThat(fields)
                .containsExactly("asset_tag", "id", "name", "platform", "role", "serial", "site", "status", "tags"));
        assertThat(plan.requiredFields("extras.tags")).hasValue(Set.of("id", "slug"));
        assertThat(plan.requiredFields("dcim.sites")).hasValue(Set.of("id", "name"));
    }

    @Test
    void everyEntryOfASharedEndpointContributes() {
        SchemaMappingEntry serials = entry(3, "Asset", "dcim.devices", List.of(path("name", "asset_tag"),
                path("serial", "serial")), List.of(new FilterSpec("tenant.slug", FilterOperation.EQUALS, "x")), List.of());
        MappingPlan plan = plan(Optional.empty(), tags(), sites(), devices(List.of()), serials);

        assertThat(plan.requiredFields("dcim.devices")).hasValueSatisfying(fields -> assertThat(fields)
                .containsExactly("asset_tag", "id", "name", "role", "serial", "site", "status", "tags", "tenant"));
    }

    @Test
    void aTransformThatReadsOtherTemplatesMeansEveryField() {
        MappingPlan plan = plan(Optional.empty(), tags(), sites(), devices(List.of(
                new TransformSpec("serial", "{% include 'serial.j2' %}"))));

        assertThat(plan.requiredFields("dcim.devices")).isEmpty();
        assertThat(plan.requiredFields("dcim.sites")).isPresent();
    }

    @Test
    void anEndpointThePlanDoesNotReadMeansEveryField() {
        MappingPlan plan = plan(Optional.of(List.of("Tag", "Site")), tags(), sites(), devices(List.of()));

        assertThat(plan.endpoints()).containsExactly("extras.tags", "dcim.sites");
        assertThat(plan.requiredFields("dcim.devices")).isEmpty();
        assertThat(plan.requiredFields("ipam.vlans")).isEmpty();
        assertThat(plan.requiredFields("dcim.sites")).hasValue(Set.of("id", "name"));
    }

    @Test
    void theAnswerIsUnmodifiable() {
        MappingPlan plan = plan(Optional.empty(), tags(), sites(), devices(List.of()));

        assertThat(plan.requiredFields("dcim.sites").orElseThrow()).isUnmodifiable();
    }
}
