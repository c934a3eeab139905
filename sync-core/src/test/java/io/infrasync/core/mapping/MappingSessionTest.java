package io.infrasync.core.mapping;

import io.infrasync.core.domain.run.Side;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.core.domain.config.AdapterConfig;
import io.infrasync.core.domain.config.ConfigException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MappingSessionTest {

    /** Expressions of the form "{{ key }}" or "{{ none }}", enough to test the engine without Jinja. */
    private static final ExpressionEvaluator EVALUATOR = expression -> {
        String key = expression.replace("{{", "").replace("}}", "").strip();
        if (key.equals("none")) {
            return context -> null;
        }
        return context -> {
            if (!context.containsKey(key)) {
                throw new ExpressionEvaluator.ExpressionException("'" + key + "' is undefined");
            }
            return String.valueOf(context.get(key)).toUpperCase();
        };
    };

    private static final SchemaView SCHEMA = SimpleSchemaView.of(List.of(
            SchemaKind.of("LocationGeneric", false, List.of(
                    new SchemaAttribute("name", "Text", false, true),
                    new SchemaAttribute("type", "Text", false, false),
                    new SchemaAttribute("enabled", "Boolean", true, false),
                    new SchemaAttribute("weight", "Number", true, false),
                    new SchemaAttribute("description", "Text", true, false),
                    new SchemaAttribute("aliases", "List", true, false)),
                    List.of(new SchemaRelationship("parent", "LocationGeneric", false, true),
                            new SchemaRelationship("tags", "BuiltinTag", true, true)), List.of()),
            SchemaKind.of("BuiltinTag", false, List.of(new SchemaAttribute("name", "Text", false, true)), List.of(), List.of()),
            SchemaKind.of("InfraDevice", false, List.of(new SchemaAttribute("name", "Text", false, false),
                    new SchemaAttribute("serial", "Text", true, false)),
                    List.of(new SchemaRelationship("location", "LocationGeneric", false, false),
                            new SchemaRelationship("endpoint", "InfraEndpoint", false, true)), List.of("InfraEndpoint")),
            SchemaKind.of("InfraEndpoint", true, List.of(), List.of(), List.of()),
            SchemaKind.of("InfraCable", false, List.of(new SchemaAttribute("label", "Text", false, true)),
                    List.of(new SchemaRelationship("endpoint", "InfraEndpoint", false, true)), List.of())));

    private static FieldMapping path(String name, String path) {
        return new FieldMapping(name, new FieldSource.Path(path));
    }

    private static FieldMapping ref(String name, String path, String kind) {
        return new FieldMapping(name, new FieldSource.Reference(path, kind));
    }

    private static FieldMapping constant(String name, Object value) {
        return new FieldMapping(name, new FieldSource.Static(value));
    }

    private static SchemaMappingEntry entry(int index, String kind, String endpoint, List<String> identifiers,
            List<FieldMapping> fields, List<FilterSpec> filters, List<TransformSpec> transforms) {
        return new SchemaMappingEntry(kind, endpoint, identifiers == null ? Optional.empty() : Optional.of(identifiers),
                fields, filters, transforms, index);
    }

    private static SyncConfig config(Optional<List<String>> order, SchemaMappingEntry... entries) {
        AdapterConfig adapter = new AdapterConfig("netbox", Optional.empty(), Map.of(), Map.of());
        return new SyncConfig("test", adapter, adapter, List.of(), Optional.empty(), order, List.of(entries), Set.of(),
                IncrementalConfig.defaults(), GuardrailsConfig.defaults(), ConfigSource.unknown("config.yml"));
    }

    private static SyncConfig locations() {
        return config(Optional.empty(),
                entry(0, "BuiltinTag", "extras.tags", List.of("name"), List.of(path("name", "name")), List.of(), List.of()),
                entry(1, "LocationGeneric", "dcim.regions", null, List.of(path("name", "slug"), constant("type", "Region"),
                        constant("enabled", false), constant("weight", 0), constant("description", ""),
                        constant("aliases", List.of()), ref("tags", "tags", "BuiltinTag")), List.of(), List.of()),
                entry(2, "LocationGeneric", "dcim.sites", null, List.of(path("name", "slug"), constant("type", "Site"),
                        ref("parent", "region", "LocationGeneric")), List.of(), List.of()),
                entry(3, "InfraDevice", "dcim.devices", List.of("name", "location"), List.of(path("name", "name"),
                        path("serial", "serial"), ref("location", "site", "LocationGeneric")),
                        List.of(new FilterSpec("name", FilterOperation.NOT_CONTAINS, "pdu")),
                        List.of(new TransformSpec("serial", "{{ serial }}"), new TransformSpec("name", "{{ none }}"))));
    }

    private static SourceRecord record(String origin, int id, Map<String, Object> data) {
        return new SourceRecord(origin, String.valueOf(id), data);
    }

    private static Map<String, Object> nested(String endpoint, int id) {
        return Map.of("id", id, "url", "https://netbox/api/" + endpoint.replace('.', '/') + "/" + id + "/");
    }

    @Test
    void mapsStaticsIncludingFalsyOnesAndResolvesReferencesByOriginAndId() {
        MappingPlan plan = MappingPlan.build(locations(), Optional.of(SCHEMA), EVALUATOR);
        assertThat(plan.identifiers().get(1)).containsExactly("name");
        MappingSession session = plan.newSession(Side.A);
        session.add(record("extras.tags", 5, Map.of("name", "gold")));
        session.add(record("dcim.regions", 5, Map.of("slug", "emea", "tags", List.of(Map.of("id", 5)))));
        session.add(record("dcim.sites", 5, Map.of("slug", "ams1", "region", nested("dcim.regions", 5))));
        session.add(record("dcim.devices", 1, Map.of("name", "rtr1", "serial", "abc", "site", nested("dcim.sites", 5))));
        MappingResult result = session.finish();

        assertThat(result.issues()).isEmpty();
        Map<String, List<MappedObject>> byKind = result.objectsByKind();
        assertThat(byKind.keySet()).containsExactly("BuiltinTag", "LocationGeneric", "InfraDevice");
        MappedObject region = byKind.get("LocationGeneric").get(0);
        assertThat(region.attributes()).containsEntry("enabled", false).containsEntry("weight", 0)
                .containsEntry("description", "").containsEntry("aliases", List.of());
        assertThat(region.references().get("tags").uniqueIds()).isEqualTo(List.of("gold"));
        MappedObject site = byKind.get("LocationGeneric").get(1);
        assertThat(site.fieldValues()).containsEntry("parent", "emea");
        assertThat(((ReferenceValue.One) site.references().get("parent")).peer().origin())
                .isEqualTo(new PeerKey("dcim.regions", "5"));
        MappedObject device = byKind.get("InfraDevice").get(0);
        assertThat(device.uniqueId()).isEqualTo("rtr1__ams1");
        assertThat(device.identifierValues()).containsExactly("rtr1", "ams1");
        // the transform upper-cased serial; the None transform left name alone
        assertThat(device.attributes()).containsEntry("serial", "ABC").containsEntry("name", "rtr1");
    }

    @Test
    void missingPeerIsAnErrorOnTheObjectAndAWarningWithContinueOnError() {
        MappingPlan plan = MappingPlan.build(locations(), Optional.of(SCHEMA), EVALUATOR);
        MappingSession session = plan.newSession(Side.A);
        session.add(record("dcim.sites", 1, Map.of("slug", "ams1", "region", nested("dcim.regions", 99))));
        session.add(record("dcim.sites", 2, Map.of("slug", "fra1")));
        MappingResult result = session.finish();
        assertThat(result.objects()).extracting(MappedObject::uniqueId).containsExactly("fra1");
        assertThat(result.errors()).singleElement().hasToString(
                "LocationGeneric dcim.sites#1 field 'parent': LocationGeneric peer dcim.regions#99 not found");

        MappingSession lenient = plan.newSession(Side.A, PeerLocator.standard(), true);
        lenient.add(record("dcim.sites", 1, Map.of("slug", "ams1", "region", nested("dcim.regions", 99))));
        MappingResult kept = lenient.finish();
        assertThat(kept.objects()).hasSize(1);
        assertThat(kept.issues()).singleElement().extracting(MappingIssue::severity).isEqualTo(MappingIssue.Severity.WARNING);
    }

    @Test
    void objectsReferringToAPeerThatFailedLaterFailToo() {
        MappingPlan plan = MappingPlan.build(locations(), Optional.of(SCHEMA), EVALUATOR);
        MappingSession session = plan.newSession(Side.A);
        session.add(record("dcim.sites", 1, Map.of("slug", "ams1", "region", nested("dcim.regions", 99))));
        session.add(record("dcim.devices", 7, Map.of("name", "rtr1", "serial", "s", "site", nested("dcim.sites", 1))));
        MappingResult result = session.finish();
        assertThat(result.objects()).isEmpty();
        assertThat(result.errors()).extracting(Object::toString).containsExactly(
                "LocationGeneric dcim.sites#1 field 'parent': LocationGeneric peer dcim.regions#99 not found",
                "InfraDevice dcim.devices#7: LocationGeneric peer dcim.sites#1 could not be mapped");
    }

    @Test
    void idsAloneNeverResolveWhenSeveralEndpointsShareTheKind() {
        MappingPlan plan = MappingPlan.build(locations(), Optional.of(SCHEMA), EVALUATOR);
        MappingSession session = plan.newSession(Side.A);
        session.add(record("dcim.regions", 5, Map.of("slug", "emea")));
        session.add(record("dcim.sites", 5, Map.of("slug", "ams1")));
        session.add(record("dcim.devices", 1, Map.of("name", "rtr1", "serial", "s", "site", Map.of("id", 5))));
        MappingResult result = session.finish();
        assertThat(result.errors()).singleElement().extracting(MappingIssue::message).asString()
                .contains("cannot tell which of dcim.regions, dcim.sites holds peer 5");
    }

    @Test
    void duplicateIdentifiersAreReportedPerObjectWithBothOrigins() {
        MappingPlan plan = MappingPlan.build(locations(), Optional.of(SCHEMA), EVALUATOR);
        MappingSession session = plan.newSession(Side.A);
        session.add(record("dcim.regions", 1, Map.of("slug", "x")));
        session.add(record("dcim.sites", 2, Map.of("slug", "x")));
        session.add(record("dcim.sites", 3, Map.of("slug", "y")));
        MappingResult result = session.finish();
        assertThat(result.objects()).extracting(MappedObject::uniqueId).containsExactly("x", "y");
        assertThat(result.errors()).singleElement().hasToString("LocationGeneric dcim.sites#2: duplicate identifiers "
                + "(name=x): unique id 'x' is already used by dcim.regions#1");
    }

    @Test
    void filtersAndTransformsRunOnTheSourceSideOnlyAndFilteredPeersAreWarnings() {
        MappingPlan plan = MappingPlan.build(locations(), Optional.of(SCHEMA), EVALUATOR);
        MappingSession source = plan.newSession(Side.A);
        source.add(record("dcim.devices", 1, Map.of("name", "pdu1", "serial", "s")));
        MappingResult filtered = source.finish();
        assertThat(filtered.objects()).isEmpty();
        assertThat(filtered.filteredOut()).isEqualTo(1);

        MappingSession destination = plan.newSession(Side.B);
        destination.add(record("dcim.sites", 5, Map.of("slug", "ams1")));
        destination.add(record("dcim.devices", 1, Map.of("name", "pdu1", "serial", "s", "site", nested("dcim.sites", 5))));
        MappingResult kept = destination.finish();
        assertThat(kept.objectsByKind().get("InfraDevice")).singleElement()
                .satisfies(device -> assertThat(device.attributes()).containsEntry("serial", "s"));
    }

    @Test
    void transformErrorsAreObjectErrorsAndUnsetIdentifiersAreNoneAreObjectErrors() {
        MappingPlan plan = MappingPlan.build(locations(), Optional.of(SCHEMA), EVALUATOR);
        MappingSession session = plan.newSession(Side.A);
        session.add(record("dcim.devices", 1, Map.of("name", "rtr1")));
        session.add(record("dcim.sites", 2, Map.of("description", "no slug")));
        MappingResult result = session.finish();
        assertThat(result.errors()).extracting(Object::toString).containsExactly(
                "InfraDevice dcim.devices#1 field 'serial': transform failed: 'serial' is undefined");
        assertThat(result.objects()).singleElement().extracting(MappedObject::uniqueId).isEqualTo("None");
    }

    @Test
    void schemaProblemsAreReportedTogetherWithSuggestions() {
        SyncConfig broken = config(Optional.of(List.of("BuiltinTag", "LocationGenric")),
                entry(0, "BuiltinTag", "extras.tags", null, List.of(path("nam", "name")), List.of(), List.of()),
                entry(1, "LocationGeneri", "dcim.sites", List.of("name"), List.of(path("name", "slug")), List.of(), List.of()),
                entry(2, "InfraDevice", "dcim.devices", List.of("name", "locaton"), List.of(path("name", "name"),
                        path("location", "site"), ref("serial", "serial", "BuiltinTag")), List.of(), List.of()));
        assertThatThrownBy(() -> MappingPlan.build(broken, Optional.of(SCHEMA), EVALUATOR))
                .isInstanceOf(ConfigException.class)
                .satisfies(exception -> assertThat(((ConfigException) exception).problems()).extracting(Object::toString)
                        .contains(
                                "config.yml: schema_mapping[0].fields[0].name: 'BuiltinTag' has no attribute or relationship 'nam' (did you mean 'name'?)",
                                "config.yml: schema_mapping[0]: no 'identifiers', and none of the unique attributes of 'BuiltinTag' [name] is mapped",
                                "config.yml: schema_mapping[1].name: unknown kind 'LocationGeneri' (did you mean 'LocationGeneric'?)",
                                "config.yml: schema_mapping[2].identifiers[1]: 'locaton' is not a mapped field (did you mean 'location'?)",
                                "config.yml: schema_mapping[2].fields[2].reference: 'serial' is an attribute of 'InfraDevice', not a relationship; remove 'reference'",
                                "config.yml: order[1]: 'LocationGenric' is not mapped in schema_mapping (did you mean 'LocationGeneri'?)"));
    }

    @Test
    void referencesToGenericsExpandToMappedImplementersAndExplicitOrderWins() {
        SyncConfig config = config(Optional.empty(),
                entry(0, "InfraCable", "dcim.cables", List.of("label"), List.of(path("label", "label"),
                        ref("endpoint", "termination", "InfraEndpoint")), List.of(), List.of()),
                entry(1, "InfraDevice", "dcim.devices", List.of("name"), List.of(path("name", "name")), List.of(), List.of()));
        MappingPlan plan = MappingPlan.build(config, Optional.of(SCHEMA), EVALUATOR);
        assertThat(plan.writeOrder().tiers()).containsExactly(List.of("InfraDevice"), List.of("InfraCable"));

        SyncConfig explicit = config(Optional.of(List.of("InfraCable")), config.schemaMapping().toArray(SchemaMappingEntry[]::new));
        WriteOrder order = MappingPlan.build(explicit, Optional.of(SCHEMA), EVALUATOR).writeOrder();
        assertThat(order.explicit()).isTrue();
        assertThat(order.flattened()).containsExactly("InfraCable");
        assertThat(order.unordered()).containsExactly("InfraDevice");
    }

    @Test
    void identifierCyclesAreConfigErrorsNamingTheCycle() {
        SyncConfig config = config(Optional.empty(),
                entry(0, "InfraCable", "dcim.cables", List.of("label", "endpoint"), List.of(path("label", "label"),
                        ref("endpoint", "device", "InfraDevice")), List.of(), List.of()),
                entry(1, "InfraDevice", "dcim.devices", List.of("name", "endpoint"), List.of(path("name", "name"),
                        ref("endpoint", "cable", "InfraCable")), List.of(), List.of()));
        assertThatThrownBy(() -> MappingPlan.build(config, Optional.empty(), EVALUATOR))
                .hasMessageContaining("reference cycle through identifiers: InfraCable.endpoint -> InfraDevice, InfraDevice.endpoint -> InfraCable");
    }

    @Test
    void manyRecordsAreMappedInParallelKeepingInputOrder() {
        MappingPlan plan = MappingPlan.build(locations(), Optional.of(SCHEMA), EVALUATOR);
        MappingSession session = plan.newSession(Side.A);
        List<SourceRecord> records = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            records.add(record("dcim.regions", i, Map.of("slug", "r" + i)));
        }
        session.addAll(records);
        MappingResult result = session.finish();
        assertThat(result.objects()).hasSize(20_000);
        assertThat(result.objects().get(19_999).uniqueId()).isEqualTo("r19999");
    }

    @Test
    void largeKindsAreIdentifiedInParallelWithIssuesInInputOrder() {
        MappingPlan plan = MappingPlan.build(locations(), Optional.of(SCHEMA), EVALUATOR);
        MappingSession session = plan.newSession(Side.A);
        List<SourceRecord> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            records.add(record("dcim.sites", i, Map.of("slug", "s" + i)));
        }
        List<String> expectedErrors = new ArrayList<>();
        List<String> expectedIds = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            // every 1000th device repeats the previous one's identifiers; every 777th names a missing site
            boolean duplicate = i % 1000 == 999;
            boolean missing = !duplicate && i % 777 == 776;
            String name = duplicate ? "d" + (i - 1) : "d" + i;
            int site = missing ? 99 : (duplicate ? i - 1 : i) % 10;
            records.add(record("dcim.devices", i, Map.of("name", name, "serial", "x", "site", nested("dcim.sites", site))));
            if (duplicate) {
                expectedErrors.add("InfraDevice dcim.devices#" + i + ": duplicate identifiers (name=" + name
                        + ", location=s" + site + "): unique id '" + name + "__s" + site + "' is already used by dcim.devices#"
                        + (i - 1));
            } else if (missing) {
                expectedErrors.add("InfraDevice dcim.devices#" + i + " field 'location': LocationGeneric peer dcim.sites#99 not found");
            } else {
                expectedIds.add(name + "__s" + site);
            }
        }
        session.addAll(records);
        MappingResult result = session.finish();
        assertThat(result.errors()).extracting(Object::toString).containsExactlyElementsOf(expectedErrors);
        assertThat(result.objects()).filteredOn(object -> object.kind().equals("InfraDevice"))
                .extracting(MappedObject::uniqueId).containsExactlyElementsOf(expectedIds);
    }

    @Test
    void uniqueIdsJoinEveryIdentifierValueEvenAnEmptyFirstOne() {
        SyncConfig config = config(Optional.empty(), entry(0, "LocationGeneric", "dcim.sites", List.of("type", "name"),
                List.of(path("name", "slug"), path("type", "kind")), List.of(), List.of()));
        MappingSession session = MappingPlan.build(config, Optional.of(SCHEMA), EVALUATOR).newSession(Side.A);
        session.add(record("dcim.sites", 1, Map.of("slug", "ams1", "kind", "")));
        session.add(record("dcim.sites", 2, Map.of("slug", "ams2", "kind", "Site")));
        MappingResult result = session.finish();
        assertThat(result.issues()).isEmpty();
        assertThat(result.objects()).extracting(MappedObject::uniqueId).containsExactly("__ams1", "Site__ams2");
    }
}
