package io.infrasync.core.engine.run;

import io.infrasync.core.domain.config.AdapterConfig;
import io.infrasync.core.domain.config.ConfigSource;
import io.infrasync.core.domain.config.FieldMapping;
import io.infrasync.core.domain.config.FieldSource;
import io.infrasync.core.domain.config.GuardrailsConfig;
import io.infrasync.core.domain.config.IncrementalConfig;
import io.infrasync.core.domain.config.SchemaMappingEntry;
import io.infrasync.core.domain.config.SyncConfig;
import io.infrasync.core.domain.diff.Diff;
import io.infrasync.core.domain.diff.DiffElement;
import io.infrasync.core.domain.plan.PlanAction;
import io.infrasync.core.domain.sync.DiffOptions;
import io.infrasync.core.engine.DiffSyncFactory;
import io.infrasync.core.port.out.ExpressionEvaluator;
import io.infrasync.core.port.out.RunProgress;
import io.infrasync.spi.Adapter;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.AttributeSchema;
import io.infrasync.spi.model.KindSchema;
import io.infrasync.spi.model.ReadRequest;
import io.infrasync.spi.model.RelationshipSchema;
import io.infrasync.spi.model.SchemaDescription;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small planning setup: an in-memory source and destination, a destination schema whose uniqueness is
 * coarser than the mapping's identifiers, and the run's model, loaded sides and changes as the pipeline
 * computes them.
 *
 * <ul>
 *   <li>{@code LocationSite} from {@code dcim.sites}: identified by {@code name} (unique in the destination);
 *   <li>{@code InfraDevice} from {@code dcim.devices}: identified by {@code name} and {@code site}, but the
 *       destination's human-friendly id is {@code name__value} alone;
 *   <li>{@code InfraInterface} from {@code dcim.interfaces}: identified by {@code name} and {@code device};
 *       human-friendly id {@code [device__name__value, name__value]}, constraint {@code [device, name__value]};
 *   <li>{@code OrgTenant} from {@code tenancy.tenants}: identified by {@code slug}; {@code name} is unique.
 * </ul>
 */
final class PlanningFixture {

    static final ExpressionEvaluator NO_EXPRESSIONS = expression -> {
        throw new ExpressionEvaluator.ExpressionException("no expressions in this fixture: " + expression);
    };

    /** Records per resource: source endpoints and destination kinds alike. */
    final Map<String, List<AdapterRecord>> records = new LinkedHashMap<>();
    SchemaDescription schema = schema();

    static SchemaDescription schema() {
        KindSchema site = KindSchema.of("LocationSite", List.of(AttributeSchema.of("name", "Text").withUnique(true)),
                List.of()).withHumanFriendlyId(List.of("name__value"));
        KindSchema device = KindSchema.of("InfraDevice",
                List.of(AttributeSchema.of("name", "Text"), AttributeSchema.of("status", "Text").withOptional(true)),
                List.of(RelationshipSchema.of("site", "LocationSite", RelationshipSchema.Cardinality.ONE)))
                .withHumanFriendlyId(List.of("name__value"));
        KindSchema iface = KindSchema.of("InfraInterface", List.of(AttributeSchema.of("name", "Text")),
                List.of(RelationshipSchema.of("device", "InfraDevice", RelationshipSchema.Cardinality.ONE)))
                .withHumanFriendlyId(List.of("device__name__value", "name__value"))
                .withUniquenessConstraints(List.of(List.of("device", "name__value")));
        KindSchema tenant = KindSchema.of("OrgTenant",
                List.of(AttributeSchema.of("slug", "Text"), AttributeSchema.of("name", "Text").withUnique(true)), List.of());
        return SchemaDescription.of(List.of(site, device, iface, tenant), List.of());
    }

    static SyncConfig config() {
        List<SchemaMappingEntry> entries = List.of(
                new SchemaMappingEntry("LocationSite", "dcim.sites", Optional.of(List.of("name")),
                        List.of(new FieldMapping("name", new FieldSource.Path("name"))), List.of(), List.of(), 0),
                new SchemaMappingEntry("InfraDevice", "dcim.devices", Optional.of(List.of("name", "site")),
                        List.of(new FieldMapping("name", new FieldSource.Path("name")),
                                new FieldMapping("status", new FieldSource.Path("status")),
                                new FieldMapping("site", new FieldSource.Reference("site", "LocationSite"))),
                        List.of(), List.of(), 1),
                new SchemaMappingEntry("InfraInterface", "dcim.interfaces", Optional.of(List.of("name", "device")),
                        List.of(new FieldMapping("name", new FieldSource.Path("name")),
                                new FieldMapping("device", new FieldSource.Reference("device", "InfraDevice"))),
                        List.of(), List.of(), 2),
                new SchemaMappingEntry("OrgTenant", "tenancy.tenants", Optional.of(List.of("slug")),
                        List.of(new FieldMapping("slug", new FieldSource.Path("slug")),
                                new FieldMapping("name", new FieldSource.Path("name"))),
                        List.of(), List.of(), 3));
        return new SyncConfig("planning-test",
                new AdapterConfig("memory-source", Optional.empty(), Map.of(), Map.of()),
                new AdapterConfig("memory-dest", Optional.empty(), Map.of(), Map.of()),
                List.of(), Optional.empty(), Optional.empty(), entries, Set.of(), IncrementalConfig.defaults(),
                GuardrailsConfig.defaults(), ConfigSource.unknown("config.yml"));
    }

    /** Adds a record (source endpoint or destination kind) and returns it. */
    PlanningFixture add(String resource, String localId, Map<String, Object> data) {
        records.computeIfAbsent(resource, key -> new ArrayList<>()).add(AdapterRecord.of(localId, resource, data));
        return this;
    }

    final Adapter adapter = new Adapter() {
        @Override
        public PageStream<AdapterRecord> read(ReadRequest request) {
            return PageStream.of(records.getOrDefault(request.resource(), List.of()), 2);
        }

        @Override
        public SchemaDescription describeSchema() {
            return schema;
        }
    };

    /** The model, both loaded sides and the changes of a planning pass over the current records. */
    Planned plan() {
        RunModel model = RunModel.build(config(), DestinationSchema.of(schema), NO_EXPRESSIONS);
        SideLoader loader = new SideLoader(model, Clock.systemUTC(), true, () -> false);
        LoadedSide source = loader.loadSource(adapter, RunProgress.NONE,
                SideLoader.Extraction.fullWithoutExtract(io.infrasync.core.domain.run.Side.A));
        LoadedSide destination = loader.loadDestination(adapter, RunProgress.NONE,
                SideLoader.Extraction.fullWithoutExtract(io.infrasync.core.domain.run.Side.B));
        Diff diff = DiffSyncFactory.create().diffFrom(destination.dataset(), source.dataset(), DiffOptions.defaults());
        List<Change> changes = new ArrayList<>();
        for (DiffElement element : diff.children()) {
            Map<String, Object> plus = element.attrsDiffs().getOrDefault("+", Map.of());
            switch (element.action()) {
                case CREATE -> changes.add(new Change(PlanAction.CREATE, element.type(), element.uid(), element.keys(), plus,
                        null));
                case UPDATE -> changes.add(new Change(PlanAction.UPDATE, element.type(), element.uid(), element.keys(), plus,
                        destination.localId(element.type(), element.uid())));
                case DELETE -> changes.add(new Change(PlanAction.DELETE, element.type(), element.uid(), element.keys(),
                        Map.of(), destination.localId(element.type(), element.uid())));
                case NO_CHANGE -> { }
            }
        }
        return new Planned(model, source, destination, changes);
    }

    record Planned(RunModel model, LoadedSide source, LoadedSide destination, List<Change> changes) {
        DestinationKeyCollisions.Found collisions() {
            return DestinationKeyCollisions.find(model, source, destination, changes);
        }
    }
}
