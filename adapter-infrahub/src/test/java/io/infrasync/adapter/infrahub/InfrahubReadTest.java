package io.infrasync.adapter.infrahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.sandbox.RequestLog;
import io.infrasync.sandbox.infrahub.InfrahubSandbox;
import io.infrasync.sandbox.infrahub.InfrahubSandboxOptions;
import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.AttributeSchema;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.GenericSchema;
import io.infrasync.spi.model.KindSchema;
import io.infrasync.spi.model.ReadRequest;
import io.infrasync.spi.model.RelationshipSchema;
import io.infrasync.spi.model.SchemaDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Schema description and reads against the emulator: shapes, generics, request counts. */
class InfrahubReadTest {

    private InfrahubSandbox sandbox;
    private Adapter adapter;

    @BeforeEach
    void start() {
        sandbox = Sandboxes.start();
    }

    @AfterEach
    void stop() {
        if (adapter != null) {
            adapter.close();
        }
        sandbox.close();
    }

    private Adapter open(Object... extra) {
        adapter = new InfrahubAdapterFactory().open(Sandboxes.settings(sandbox, extra), AdapterContext.builder().build());
        return adapter;
    }

    private static List<AdapterRecord> readAll(Adapter adapter, String kind, int pageSize) {
        List<AdapterRecord> records = new ArrayList<>();
        try (PageStream<AdapterRecord> stream = adapter.read(ReadRequest.of(kind).withPageSizeHint(pageSize))) {
            stream.forEachRemaining(records::add);
        }
        return records;
    }

    @Test
    void describesKindsGenericsAttributesRelationshipsAndIdentifiers() {
        SchemaDescription schema = open().describeSchema();

        KindSchema device = schema.kind("TestDevice").orElseThrow();
        assertThat(device.inheritsFrom()).containsExactly("TestEquipment");
        assertThat(device.humanFriendlyId()).containsExactly("name__value");
        assertThat(device.attributes()).extracting(AttributeSchema::name).contains("name", "serial", "role", "height");
        AttributeSchema name = device.attributes().stream().filter(a -> a.name().equals("name")).findFirst().orElseThrow();
        assertThat(name.kind()).isEqualTo("Text");
        assertThat(name.unique()).isTrue();
        assertThat(name.optional()).isFalse();
        AttributeSchema height = device.attributes().stream().filter(a -> a.name().equals("height")).findFirst().orElseThrow();
        assertThat(height.kind()).isEqualTo("Number");
        assertThat(height.optional()).isTrue();
        RelationshipSchema site = device.relationships().stream().filter(r -> r.name().equals("site")).findFirst().orElseThrow();
        assertThat(site.peer()).isEqualTo("TestSite");
        assertThat(site.cardinality()).isEqualTo(RelationshipSchema.Cardinality.ONE);
        assertThat(site.identifier()).contains("site__device");
        assertThat(site.optional()).isTrue();
        RelationshipSchema tags = device.relationships().stream().filter(r -> r.name().equals("tags")).findFirst().orElseThrow();
        assertThat(tags.cardinality()).isEqualTo(RelationshipSchema.Cardinality.MANY);
        assertThat(tags.peer()).isEqualTo("BuiltinTag");
        // Group memberships and profiles are bookkeeping, not data.
        assertThat(device.relationships()).extracting(RelationshipSchema::name)
                .doesNotContain("member_of_groups", "subscriber_of_groups", "profiles");

        GenericSchema equipment = schema.generic("TestEquipment").orElseThrow();
        assertThat(equipment.implementedBy()).containsExactlyInAnyOrder("TestDevice", "TestPanel");
        assertThat(schema.kind("BuiltinTag")).isPresent();
    }

    @Test
    void readsAttributesAsValuesAndPeersAsReferencesInOneQueryPerPage() {
        var store = sandbox.store();
        String red = store.create("main", "BuiltinTag", Map.of("name", "red"), Map.of()).id();
        String blue = store.create("main", "BuiltinTag", Map.of("name", "blue"), Map.of()).id();
        String site = store.create("main", "TestSite", Map.of("name", "atl1"), Map.of()).id();
        for (int i = 0; i < 10; i++) {
            store.create("main", "TestDevice", Map.of("name", "dev-" + i, "height", (long) i),
                    i % 2 == 0 ? Map.of("site", site, "tags", List.of(red, blue)) : Map.of());
        }
        Adapter adapter = open();
        adapter.describeSchema();
        RequestLog log = sandbox.server().requestLog();
        log.clear();

        List<AdapterRecord> devices = readAll(adapter, "TestDevice", 3);

        assertThat(devices).hasSize(10);
        assertThat(devices).extracting(r -> r.data().get("name"))
                .containsExactly("dev-0", "dev-1", "dev-2", "dev-3", "dev-4", "dev-5", "dev-6", "dev-7", "dev-8", "dev-9");
        Map<String, Object> first = devices.get(0).data();
        assertThat(first).containsEntry("height", 0L).containsEntry("__typename", "TestDevice")
                .containsEntry("hfid", List.of("dev-0")).containsEntry("role", null);
        assertThat(first.get("site")).isEqualTo(Map.of("id", site, "hfid", List.of("atl1"), "display_label", "atl1",
                "__typename", "TestSite"));
        assertThat(((List<?>) first.get("tags")).stream().map(peer -> (Object) ((Map<?, ?>) peer).get("id")).toList())
                .containsExactlyInAnyOrder((Object) red, blue);
        assertThat(devices.get(1).data().get("site")).isNull();
        assertThat(devices.get(1).data().get("tags")).isEqualTo(List.of());
        // 10 records in pages of 3: exactly 4 list queries, nothing per node or per relationship.
        Sandboxes.awaitEntries(log, 4);
        assertThat(log.entries()).hasSize(4).allSatisfy(entry -> {
            assertThat(entry.path()).isEqualTo("/graphql/main");
            assertThat(entry.body()).contains("query Read");
        });
    }

    @Test
    void readsAGenericWithTheConcreteKindsAndTheirOwnFields() {
        sandbox.store().create("main", "TestDevice", Map.of("name", "d1", "role", "edge"), Map.of());
        sandbox.store().create("main", "TestPanel", Map.of("name", "p1", "ports", 48L), Map.of());

        List<AdapterRecord> equipment = readAll(open(), "TestEquipment", 0);

        assertThat(equipment).hasSize(2);
        Map<String, Map<String, Object>> byName = new java.util.HashMap<>();
        equipment.forEach(r -> byName.put((String) r.data().get("name"), r.data()));
        assertThat(byName.get("d1")).containsEntry("__typename", "TestDevice").containsEntry("role", "edge");
        assertThat(byName.get("p1")).containsEntry("__typename", "TestPanel").containsEntry("ports", 48L)
                .doesNotContainKey("role");
        assertThat(equipment).allSatisfy(r -> assertThat(r.origin()).isEqualTo("TestEquipment"));
    }

    @Test
    void loadsEveryKindOfTheNetboxExampleSchema() {
        sandbox.close();
        sandbox = InfrahubSandbox.start(InfrahubSandboxOptions.defaults().withSchemas(InfrahubSandboxOptions.NETBOX_EXAMPLE));
        Adapter adapter = open();
        SchemaDescription schema = adapter.describeSchema();
        assertThat(schema.kinds()).hasSizeGreaterThan(20);
        List<String> all = new ArrayList<>();
        schema.kinds().forEach(k -> all.add(k.name()));
        schema.generics().forEach(g -> all.add(g.name()));
        for (String kind : all) {
            // Every generated query (fragments for generics included) must pass the server's validation.
            readAll(adapter, kind, 0);
            try (PageStream<String> ids = adapter.listIds(kind)) {
                ids.forEachRemaining(id -> { });
            }
        }
        assertThat(readAll(adapter, "IpamNamespace", 0)).extracting(r -> r.data().get("name")).contains("default");
    }

    @Test
    void listsIdsWithAnIdsOnlyQuery() {
        for (int i = 0; i < 7; i++) {
            sandbox.store().create("main", "TestSite", Map.of("name", "s" + i), Map.of());
        }
        Adapter adapter = open("page_size", 5);
        List<AdapterRecord> records = readAll(adapter, "TestSite", 0);
        sandbox.server().requestLog().clear();
        List<String> ids = new ArrayList<>();
        try (PageStream<String> stream = adapter.listIds("TestSite")) {
            stream.forEachRemaining(ids::add);
        }
        Sandboxes.awaitEntries(sandbox.server().requestLog(), 2);
        assertThat(ids).containsExactlyElementsOf(records.stream().map(AdapterRecord::localId).toList());
        assertThat(sandbox.server().requestLog().entries()).hasSize(2)
                .allSatisfy(e -> assertThat(e.body()).contains("query Ids").contains("node { id }").doesNotContain("value"));
    }

    @Test
    void unknownKindIsNotFound() {
        assertThatThrownBy(() -> open().read(ReadRequest.of("TestNothing"))).isInstanceOf(AdapterException.class)
                .satisfies(e -> assertThat(((AdapterException) e).kind()).isEqualTo(ErrorKind.NOT_FOUND))
                .hasMessageContaining("TestNothing");
    }

    @Test
    void settingsFallBackToTheEnvironmentOfTheContext() {
        adapter = new InfrahubAdapterFactory().open(AdapterSettings.of(Map.of()), AdapterContext.builder()
                .environment(Map.of("INFRAHUB_ADDRESS", sandbox.baseUrl(), "INFRAHUB_API_TOKEN", sandbox.token())).build());
        assertThat(adapter.describeSchema().kind("TestSite")).isPresent();
        assertThatThrownBy(() -> new InfrahubAdapterFactory().open(AdapterSettings.of(Map.of()), AdapterContext.builder().build()))
                .isInstanceOf(AdapterException.class).hasMessageContaining("'url'")
                .satisfies(e -> assertThat(((AdapterException) e).kind()).isEqualTo(ErrorKind.CONFIGURATION));
    }
}
