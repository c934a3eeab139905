package io.infrasync.adapter.infrahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.sandbox.RequestLog;
import io.infrasync.sandbox.infrahub.InfrahubSandbox;
import io.infrasync.sandbox.infrahub.StoredNode;
import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.OperationResult;
import io.infrasync.spi.model.WriteBatch;
import io.infrasync.spi.model.WriteOperation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writes against the emulator: tiers, updates of both cardinalities, deletes, per-operation errors, lineage, batching. */
class InfrahubWriteTest {

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

    private static String applied(OperationResult result) {
        assertThat(result).isInstanceOf(OperationResult.Applied.class);
        return ((OperationResult.Applied) result).destinationId();
    }

    private static OperationResult.Failed failed(OperationResult result) {
        assertThat(result).isInstanceOf(OperationResult.Failed.class);
        return (OperationResult.Failed) result;
    }

    private StoredNode node(String id) {
        return sandbox.store().get("main", id).orElseThrow(() -> new AssertionError("no node " + id));
    }

    private static Map<String, Object> ref(String id) {
        return Map.of("id", id);
    }

    @Test
    void createsTierByTierFeedingCreatedIdsIntoLaterOperations() {
        Adapter adapter = open();
        List<OperationResult> tier1 = adapter.write(WriteBatch.of(
                WriteOperation.create("TestSite", Map.of("name", "atl1", "asn", 65001L)),
                WriteOperation.create("BuiltinTag", Map.of("name", "red")),
                WriteOperation.create("BuiltinTag", Map.of("name", "blue"))));
        String site = applied(tier1.get(0));
        String red = applied(tier1.get(1));
        String blue = applied(tier1.get(2));

        List<OperationResult> tier2 = adapter.write(WriteBatch.of(
                WriteOperation.create("TestDevice", Map.of("name", "edge1", "site", ref(site), "tags", List.of(ref(red), ref(blue)))),
                // A reference by human-friendly id works too (and makes the request wait for earlier ones).
                WriteOperation.create("TestDevice", Map.of("name", "edge2", "site", Map.of("hfid", List.of("atl1")),
                        "tags", List.of(Map.of("hfid", List.of("red")))))));

        StoredNode edge1 = node(applied(tier2.get(0)));
        assertThat(edge1.peerIds("site")).containsExactly(site);
        assertThat(edge1.peerIds("tags")).containsExactlyInAnyOrder(red, blue);
        StoredNode edge2 = node(applied(tier2.get(1)));
        assertThat(edge2.peerIds("site")).containsExactly(site);
        assertThat(edge2.peerIds("tags")).containsExactly(red);
        assertThat(node(site).peerIds("devices")).containsExactlyInAnyOrder(edge1.id(), edge2.id());
    }

    @Test
    void everyDocumentedPeerReferenceFormIsResolvedAndAnUnresolvableOneFailsAlone() {
        Adapter adapter = open();
        List<OperationResult> tier1 = adapter.write(WriteBatch.of(
                WriteOperation.create("TestSite", Map.of("name", "atl1")),
                WriteOperation.create("BuiltinTag", Map.of("name", "red"))));
        String site = applied(tier1.get(0));
        String red = applied(tier1.get(1));

        List<OperationResult> tier2 = adapter.write(WriteBatch.of(
                // {"id"} with the host's extra "kind" key, as the pipeline sends it for a peer created in an earlier tier
                WriteOperation.create("TestDevice", Map.of("name", "by-id", "site", Map.of("id", site, "kind", "TestSite"),
                        "tags", List.of(Map.of("id", red, "kind", "BuiltinTag")))),
                WriteOperation.create("TestDevice", Map.of("name", "by-hfid",
                        "site", Map.of("hfid", List.of("atl1"), "kind", "TestSite"))),
                // the last-resort form: identifiers that give the peer's human_friendly_id [name__value]
                WriteOperation.create("TestDevice", Map.of("name", "by-identifiers",
                        "site", Map.of("kind", "TestSite", "identifiers", Map.of("name", "atl1")),
                        "tags", List.of(Map.of("kind", "BuiltinTag", "identifiers", Map.of("name", "red"))))),
                WriteOperation.create("TestDevice", Map.of("name", "unresolvable",
                        "site", Map.of("kind", "TestSite", "identifiers", Map.of("description", "x")))),
                WriteOperation.create("TestDevice", Map.of("name", "unknown-peer",
                        "site", Map.of("kind", "TestSite", "unique_id", "nowhere"))),
                WriteOperation.create("TestDevice", Map.of("name", "missing-peer", "site", Map.of("hfid", List.of("nowhere"))))));

        for (int i = 0; i < 3; i++) {
            StoredNode device = node(applied(tier2.get(i)));
            assertThat(device.peerIds("site")).containsExactly(site);
        }
        assertThat(node(applied(tier2.get(0))).peerIds("tags")).containsExactly(red);
        assertThat(node(applied(tier2.get(2))).peerIds("tags")).containsExactly(red);
        OperationResult.Failed unresolvable = failed(tier2.get(3));
        assertThat(unresolvable.kind()).isEqualTo(ErrorKind.INVALID_DATA);
        assertThat(unresolvable.message()).contains("TestDevice.site", "human_friendly_id [name__value]", "description");
        OperationResult.Failed unknown = failed(tier2.get(4));
        assertThat(unknown.kind()).isEqualTo(ErrorKind.INVALID_DATA);
        assertThat(unknown.message()).contains("TestDevice.site", "TestSite 'nowhere'", "no Infrahub id");
        assertThat(failed(tier2.get(5)).kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(sandbox.store().list("main", "TestDevice")).extracting(n -> n.value("name"))
                .containsExactlyInAnyOrder("by-id", "by-hfid", "by-identifiers");
    }

    @Test
    void updatesSendOnlyTheGivenFieldsClearCardinalityOneAndConvergeCardinalityMany() {
        var store = sandbox.store();
        String a = store.create("main", "BuiltinTag", Map.of("name", "a"), Map.of()).id();
        String b = store.create("main", "BuiltinTag", Map.of("name", "b"), Map.of()).id();
        String c = store.create("main", "BuiltinTag", Map.of("name", "c"), Map.of()).id();
        String site1 = store.create("main", "TestSite", Map.of("name", "s1"), Map.of()).id();
        String site2 = store.create("main", "TestSite", Map.of("name", "s2"), Map.of()).id();
        String device = store.create("main", "TestDevice", Map.of("name", "d", "role", "edge", "height", 2L),
                Map.of("site", site1, "tags", List.of(a, b))).id();
        Adapter adapter = open();

        // Attribute and both cardinalities: b stays, a is stale and removed, c is added.
        applied(adapter.write(WriteBatch.of(WriteOperation.update("TestDevice", device,
                Map.of("height", 4L, "site", ref(site2), "tags", List.of(ref(b), ref(c)))))).get(0));
        StoredNode after = node(device);
        assertThat(after.value("height")).isEqualTo(4L);
        assertThat(after.value("role")).isEqualTo("edge");
        assertThat(after.peerIds("site")).containsExactly(site2);
        assertThat(after.peerIds("tags")).containsExactlyInAnyOrder(b, c);
        RequestLog log = sandbox.server().requestLog();
        Sandboxes.awaitEntries(log, 2);
        assertThat(log.entries()).filteredOn(e -> e.body().contains("TestDeviceUpdate")).singleElement()
                .satisfies(e -> assertThat(e.body()).doesNotContain("\"role\"").doesNotContain("\"name\""));

        // Clearing: cardinality one set to null, cardinality many set to nothing, attribute set to null.
        Map<String, Object> clear = new HashMap<>();
        clear.put("site", null);
        clear.put("tags", List.of());
        clear.put("role", null);
        applied(adapter.write(WriteBatch.of(WriteOperation.update("TestDevice", device, clear))).get(0));
        StoredNode cleared = node(device);
        assertThat(cleared.peerIds("site")).isEmpty();
        assertThat(cleared.peerIds("tags")).isEmpty();
        assertThat(cleared.value("role")).isNull();
        assertThat(node(site2).peerIds("devices")).isEmpty();
    }

    @Test
    void deletesAreExecutedAndADeletedNodeIsNotFoundAfterwards() {
        String site = sandbox.store().create("main", "TestSite", Map.of("name", "s1"), Map.of()).id();
        String device = sandbox.store().create("main", "TestDevice", Map.of("name", "d"), Map.of("site", site)).id();
        Adapter adapter = open();
        List<OperationResult> results = adapter.write(WriteBatch.of(WriteOperation.delete("TestDevice", device),
                WriteOperation.delete("TestSite", site), WriteOperation.delete("TestSite", site)));
        assertThat(applied(results.get(0))).isEqualTo(device);
        assertThat(applied(results.get(1))).isEqualTo(site);
        assertThat(failed(results.get(2)).kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(sandbox.store().count("main", "TestDevice")).isZero();
        assertThat(sandbox.store().count("main", "TestSite")).isZero();
    }

    @Test
    void aFailingOperationInTheMiddleOfABatchFailsAloneWithItsOwnError() {
        String taken = sandbox.store().create("main", "TestSite", Map.of("name", "taken"), Map.of()).id();
        String other = sandbox.store().create("main", "TestSite", Map.of("name", "other"), Map.of()).id();
        Adapter adapter = open();
        RequestLog log = sandbox.server().requestLog();
        adapter.describeSchema();
        log.clear();

        List<OperationResult> results = adapter.write(WriteBatch.of(
                WriteOperation.create("TestSite", Map.of("name", "n1")),
                WriteOperation.update("TestSite", "18187157-032c-2b7b-35b6-c5132b0ec757", Map.of("asn", 1L)),
                WriteOperation.update("TestSite", other, Map.of("name", "taken")),
                WriteOperation.create("TestSite", Map.of("name", "n2")),
                WriteOperation.create("TestSite", Map.of("name", "bad-field", "colour", "red")),
                WriteOperation.create("TestSite", Map.of("name", "n3"))));

        assertThat(results).hasSize(6);
        applied(results.get(0));
        assertThat(failed(results.get(1)).kind()).isEqualTo(ErrorKind.NOT_FOUND);
        OperationResult.Failed unique = failed(results.get(2));
        assertThat(unique.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(unique.message()).contains(other).contains("taken");
        applied(results.get(3));
        assertThat(failed(results.get(4)).kind()).isEqualTo(ErrorKind.INVALID_DATA);
        assertThat(failed(results.get(4)).message()).contains("colour");
        applied(results.get(5));
        assertThat(sandbox.store().list("main", "TestSite")).extracting(n -> n.value("name"))
                .containsExactlyInAnyOrder("taken", "other", "n1", "n2", "n3");
        assertThat(node(taken).value("name")).isEqualTo("taken");
        // Five valid operations, one request: the invalid one was refused before sending.
        Sandboxes.awaitEntries(log, 1);
        assertThat(log.entries()).hasSize(1);
    }

    @Test
    void aValueOfTheWrongTypeIsIsolatedWhenTheServerRejectsTheWholeDocument() {
        Adapter adapter = open();
        List<OperationResult> results = adapter.write(WriteBatch.of(
                WriteOperation.create("TestSite", Map.of("name", "ok1")),
                WriteOperation.create("TestSite", Map.of("name", "wrong", "asn", "not a number")),
                WriteOperation.create("TestSite", Map.of("name", "ok2"))));
        applied(results.get(0));
        assertThat(failed(results.get(1)).kind()).isEqualTo(ErrorKind.INVALID_DATA);
        assertThat(failed(results.get(1)).message()).contains("create of TestSite");
        applied(results.get(2));
        assertThat(sandbox.store().list("main", "TestSite")).extracting(n -> n.value("name")).containsExactlyInAnyOrder("ok1", "ok2");
    }

    @Test
    void createsUpsertByHumanFriendlyIdAndRefuseTwoSourceObjectsCollapsingInOneBatch() {
        Adapter adapter = open();
        String first = applied(adapter.write(WriteBatch.of(WriteOperation.create("TestSite", Map.of("name", "s", "asn", 1L)))).get(0));
        String again = applied(adapter.write(WriteBatch.of(WriteOperation.create("TestSite", Map.of("name", "s", "asn", 2L)))).get(0));
        assertThat(again).isEqualTo(first);
        assertThat(node(first).value("asn")).isEqualTo(2L);
        assertThat(sandbox.store().list("main", "TestSite").get(0).value("name")).isEqualTo("s");

        List<OperationResult> results = adapter.write(WriteBatch.of(WriteOperation.create("TestSite", Map.of("name", "dup")),
                WriteOperation.create("TestSite", Map.of("name", "dup", "asn", 5L))));
        applied(results.get(0));
        OperationResult.Failed collapse = failed(results.get(1));
        assertThat(collapse.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(collapse.message()).contains("create #1").contains("create #2");
    }

    @Test
    void writesAreBatchedIntoFewRequests() {
        Adapter adapter = open("batch_size", 50);
        adapter.describeSchema();
        RequestLog log = sandbox.server().requestLog();
        log.clear();
        List<WriteOperation> operations = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            operations.add(WriteOperation.create("TestSite", Map.of("name", "site-" + i)));
        }
        List<OperationResult> results = adapter.write(WriteBatch.of(operations));
        assertThat(results).hasSize(120).allMatch(OperationResult::isApplied);
        assertThat(results.stream().map(r -> ((OperationResult.Applied) r).destinationId()).distinct()).hasSize(120);
        // Only the write requests count: a schema or lineage read logged around log.clear() must not
        // make the assertion depend on timing.
        Sandboxes.awaitEntries(log, 3);
        assertThat(log.entries()).filteredOn(e -> e.body().contains("mutation")).hasSize(3)
                .allSatisfy(e -> assertThat(e.body()).contains("mutation Write"));
        assertThat(sandbox.store().count("main", "TestSite")).isEqualTo(120);
    }

    @Test
    void lineageIsStampedOnAttributesAndRelationshipEdges() {
        String bot = sandbox.store().create("main", "CoreAccount", Map.of("name", "netbox-sync", "password", "x"), Map.of()).id();
        String tag = sandbox.store().create("main", "BuiltinTag", Map.of("name", "red"), Map.of()).id();
        Adapter adapter = open("source", "netbox-sync", "owner", bot);
        String site = applied(adapter.write(WriteBatch.of(WriteOperation.create("TestSite", Map.of("name", "s1")))).get(0));
        String device = applied(adapter.write(WriteBatch.of(WriteOperation.create("TestDevice",
                Map.of("name", "d1", "site", ref(site), "tags", List.of(ref(tag)))))).get(0));

        StoredNode created = node(device);
        assertThat(created.attributes().get("name").source()).isEqualTo(bot);
        assertThat(created.attributes().get("name").owner()).isEqualTo(bot);
        assertThat(created.relationships().get("site")).singleElement().satisfies(edge -> {
            assertThat(edge.source()).isEqualTo(bot);
            assertThat(edge.owner()).isEqualTo(bot);
        });
        assertThat(created.relationships().get("tags")).singleElement().satisfies(edge -> assertThat(edge.source()).isEqualTo(bot));

        String other = sandbox.store().create("main", "BuiltinTag", Map.of("name", "blue"), Map.of()).id();
        applied(adapter.write(WriteBatch.of(WriteOperation.update("TestDevice", device,
                Map.of("role", "edge", "tags", List.of(ref(tag), ref(other)))))).get(0));
        StoredNode updated = node(device);
        assertThat(updated.attributes().get("role").source()).isEqualTo(bot);
        assertThat(updated.relationships().get("tags")).hasSize(2).allSatisfy(edge -> assertThat(edge.source()).isEqualTo(bot));
    }

    @Test
    void anUnknownLineageAccountIsAConfigurationError() {
        Adapter adapter = open("source", "nobody");
        assertThatThrownBy(() -> adapter.write(WriteBatch.of(WriteOperation.create("TestSite", Map.of("name", "x")))))
                .isInstanceOf(AdapterException.class).hasMessageContaining("'source'").hasMessageContaining("nobody")
                .satisfies(e -> assertThat(((AdapterException) e).kind()).isEqualTo(ErrorKind.CONFIGURATION));
    }

    @Test
    void unknownKindsAndGenericsFailPerOperation() {
        List<OperationResult> results = open().write(WriteBatch.of(WriteOperation.create("TestNothing", Map.of("name", "x")),
                WriteOperation.create("TestEquipment", Map.of("name", "x")), WriteOperation.create("TestSite", Map.of("name", "x"))));
        assertThat(failed(results.get(0)).kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(failed(results.get(1)).message()).contains("generic");
        applied(results.get(2));
    }

    @Test
    void legacyServersWithoutErrorCodesAreClassifiedByTheirMessages() {
        sandbox.close();
        sandbox = io.infrasync.sandbox.infrahub.InfrahubSandbox.start(io.infrasync.sandbox.infrahub.InfrahubSandboxOptions.defaults()
                .withSchemas(List.of(Sandboxes.TEST_SCHEMA)).withErrorCodes(false));
        sandbox.store().create("main", "TestSite", Map.of("name", "taken"), Map.of());
        String other = sandbox.store().create("main", "TestSite", Map.of("name", "other"), Map.of()).id();
        List<OperationResult> results = open().write(WriteBatch.of(
                WriteOperation.update("TestSite", "18187157-032c-2b7b-35b6-c5132b0ec757", Map.of("asn", 1L)),
                WriteOperation.update("TestSite", other, Map.of("name", "taken"))));
        assertThat(failed(results.get(0)).kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(failed(results.get(1)).kind()).isEqualTo(ErrorKind.CONFLICT);
    }

    @Test
    void aCancelledRunSendsNoFurtherWriteRequests() {
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        adapter = new InfrahubAdapterFactory().open(Sandboxes.settings(sandbox, "batch_size", 10, "max_concurrency", 1),
                AdapterContext.builder().cancellation(cancelled::get).build());
        adapter.describeSchema();
        cancelled.set(true);
        List<WriteOperation> operations = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            operations.add(WriteOperation.create("TestSite", Map.of("name", "c" + i)));
        }
        assertThatThrownBy(() -> adapter.write(WriteBatch.of(operations)))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(sandbox.store().count("main", "TestSite")).isZero();
    }
}
