package io.infrasync.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.infrasync.cli.expr.JinjavaExpressionEvaluator;
import io.infrasync.core.mapping.MappedObject;
import io.infrasync.core.mapping.MappingIssue;
import io.infrasync.core.mapping.MappingPlan;
import io.infrasync.core.mapping.MappingResult;
import io.infrasync.core.mapping.MappingSession;
import io.infrasync.core.mapping.PeerLocator;
import io.infrasync.core.mapping.SchemaView;
import io.infrasync.core.domain.run.Side;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A sample of the NetBox demo data mapped through the upstream netbox_to_infrahub config, unmodified. */
class NetboxDemoMappingTest {

    private static final List<String> DEMO = List.of("/netbox-demo/netbox-demo-v3.6-core-models.json",
            "/netbox-demo/netbox-demo-v3.6-interfaces-devices-1-12.json");

    private static MappingResult map(List<Map<String, Object>> extraRows) {
        SchemaView schema = InfrahubSchemaYaml.load("/schema/core-builtin.yml", "/schema/netbox.yml");
        MappingPlan plan = MappingPlan.build(UpstreamConfigsTest.netbox(), Optional.of(schema), new JinjavaExpressionEvaluator());
        // The sample has no route targets: continue-on-error turns the VRFs' missing ones into warnings.
        MappingSession session = plan.newSession(Side.A, PeerLocator.standard(), true);
        session.addAll(new NetboxDumpRecords(DEMO, extraRows).records().stream()
                .filter(record -> plan.endpoints().contains(record.origin())).toList());
        return session.finish();
    }

    /** Racks written for this test: the demo subset has none, and every device sits in one. */
    private static List<Map<String, Object>> racks() {
        List<Map<String, Object>> racks = new java.util.ArrayList<>();
        for (int pk = 1; pk <= 13; pk++) {
            Map<String, Object> fields = new java.util.HashMap<>();
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

    private static MappedObject find(MappingResult result, String kind, String origin) {
        return result.objectsByKind().get(kind).stream().filter(object -> object.origin().toString().equals(origin))
                .findFirst().orElseThrow();
    }

    @Test
    void everyKindMapsWithResolvedReferencesWhenRacksExist() {
        MappingResult result = map(racks());
        assertThat(result.errors()).isEmpty();
        assertThat(result.filteredOut()).isEqualTo(46);
        Map<String, Integer> counts = new LinkedHashMap<>();
        result.objectsByKind().forEach((kind, objects) -> counts.put(kind, objects.size()));
        // kinds in the config's explicit order; InfraIPAddress is mapped but absent from it, so not loaded
        assertThat(counts).containsExactly(entry("BuiltinTag", 26), entry("RoleGeneric", 14), entry("CoreStandardGroup", 11),
                entry("OrganizationGeneric", 25), entry("LocationGeneric", 95), entry("InfraRack", 13),
                entry("ChoiceDeviceType", 14), entry("InfraVRF", 6), entry("InfraDevice", 26), entry("InfraVLAN", 63),
                entry("InfraPrefix", 90), entry("InfraInterfaceL2L3", 168));

        MappedObject site = find(result, "LocationGeneric", "dcim.sites#2");
        assertThat(site.fieldValues()).containsEntry("name", "dm-akron").containsEntry("type", "Site")
                .containsEntry("group", "Branch Offices").containsEntry("organization", "Dunder-Mifflin, Inc.")
                .containsEntry("tags", List.of("Alpha", "Bravo", "Golf"));

        MappedObject deviceType = find(result, "ChoiceDeviceType", "dcim.device-types#6");
        assertThat(deviceType.uniqueId()).isEqualTo("ISR 1111-8P__Cisco");
        assertThat(deviceType.attributes()).containsEntry("height", 1.0); // u_height|float|round(0, 'ceil')

        MappedObject device = find(result, "InfraDevice", "dcim.devices#1");
        assertThat(device.uniqueId()).isEqualTo("dm-akron__rack-1__dm-akron__Dunder-Mifflin, Inc.__dmi01-akron-rtr01");
        assertThat(device.fieldValues()).containsEntry("model", "ISR 1111-8P__Cisco").containsEntry("role", "Router")
                .containsEntry("serial_number", "");
        assertThat(result.objectsByKind().get("InfraDevice")).allMatch(d -> d.attributes().get("name").toString().contains("dmi01"));

        MappedObject iface = find(result, "InfraInterfaceL2L3", "dcim.interfaces#1");
        assertThat(iface.uniqueId()).isEqualTo(device.uniqueId() + "__GigabitEthernet0/0/0");
        assertThat(iface.fieldValues()).containsEntry("mgmt_only", false).containsEntry("tagged_vlan", List.of())
                .doesNotContainKey("untagged_vlan");

        // route targets are not in the sample: each missing one is a warning and the reference is omitted
        assertThat(result.issues()).hasSize(22).allMatch(issue -> issue.severity() == MappingIssue.Severity.WARNING
                && issue.kind().equals("InfraVRF") && issue.message().contains("InfraRouteTarget peer ipam.route-targets#"));
    }

    @Test
    void missingRacksAreErrorsOnTheirDevicesAndTheirInterfacesNeverSilentDrops() {
        MappingResult result = map(List.of());
        assertThat(result.objectsByKind()).doesNotContainKeys("InfraDevice", "InfraInterfaceL2L3", "InfraRack");
        List<MappingIssue> errors = result.errors();
        assertThat(errors).hasSize(26 + 168);
        assertThat(errors.get(0)).hasToString("InfraDevice dcim.devices#1 field 'rack': InfraRack peer dcim.racks#1 not found");
        assertThat(errors).filteredOn(issue -> issue.kind().equals("InfraInterfaceL2L3"))
                .hasSize(168).allMatch(issue -> issue.message().matches("InfraDevice peer dcim\\.devices#\\d+ could not be mapped"));
    }
}
