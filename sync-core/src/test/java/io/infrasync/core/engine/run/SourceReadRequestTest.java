package io.infrasync.core.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrasync.core.domain.config.AdapterConfig;
import io.infrasync.core.domain.config.ConfigSource;
import io.infrasync.core.domain.config.FieldMapping;
import io.infrasync.core.domain.config.FieldSource;
import io.infrasync.core.domain.config.GuardrailsConfig;
import io.infrasync.core.domain.config.IncrementalConfig;
import io.infrasync.core.domain.config.SchemaMappingEntry;
import io.infrasync.core.domain.config.SyncConfig;
import io.infrasync.core.domain.config.TransformSpec;
import io.infrasync.core.mapping.MappingPlan;
import io.infrasync.spi.model.ReadRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceReadRequestTest {

    private static MappingPlan plan(List<TransformSpec> transforms) {
        SchemaMappingEntry sites = new SchemaMappingEntry("Site", "dcim.sites", Optional.of(List.of("name")),
                List.of(new FieldMapping("name", new FieldSource.Path("name")),
                        new FieldMapping("region", new FieldSource.Path("region.slug"))), List.of(), transforms, 0);
        AdapterConfig adapter = new AdapterConfig("netbox", Optional.empty(), Map.of(), Map.of());
        SyncConfig config = new SyncConfig("test", adapter, adapter, List.of(), Optional.empty(), Optional.empty(),
                List.of(sites), Set.of(), IncrementalConfig.defaults(), GuardrailsConfig.defaults(),
                ConfigSource.unknown("config.yml"));
        return MappingPlan.build(config, Optional.empty(), expression -> context -> null);
    }

    @Test
    void carriesTheMappingsFieldHint() {
        ReadRequest request = SourceReadRequest.of(plan(List.of()), "dcim.sites");

        assertThat(request.resource()).isEqualTo("dcim.sites");
        assertThat(request.pageSizeHint()).isZero();
        assertThat(request.fields()).hasValue(Set.of("id", "name", "region"));
    }

    @Test
    void readsEveryFieldWhenTheNeedsAreUnknown() {
        ReadRequest request = SourceReadRequest.of(plan(List.of(new TransformSpec("name", "{% include 'x' %}"))),
                "dcim.sites");

        assertThat(request).isEqualTo(ReadRequest.of("dcim.sites"));
    }
}
