package io.infrasync.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.Spi;
import io.infrasync.spi.annotation.Stable;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.AttributeSchema;
import io.infrasync.spi.model.Capability;
import io.infrasync.spi.model.Cursor;
import io.infrasync.spi.model.CursorTier;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.GenericSchema;
import io.infrasync.spi.model.KindSchema;
import io.infrasync.spi.model.OperationResult;
import io.infrasync.spi.model.ReadRequest;
import io.infrasync.spi.model.RelationshipSchema;
import io.infrasync.spi.model.SchemaDescription;
import io.infrasync.spi.model.WriteBatch;
import io.infrasync.spi.model.WriteOperation;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The adapter contract: subclass it in your adapter's tests, supply the factory, a fresh endpoint per
 * test (an in-process fake server on {@code 127.0.0.1}, a folder, an in-memory store) and a
 * {@link TckFixture} describing the endpoint's data.
 *
 * <pre>{@code
 * class NetboxAdapterContractTest extends AdapterContract {
 *     private FakeNetbox server;
 *     protected AdapterFactory createFactory() { return new NetboxAdapterFactory(); }
 *     protected AdapterSettings startEndpoint() {
 *         server = FakeNetbox.start(seedData());
 *         return AdapterSettings.of(Map.of("url", server.url(), "token", "t"));
 *     }
 *     protected void stopEndpoint() { server.close(); }
 *     protected TckFixture fixture() {
 *         return TckFixture.builder("dcim.sites", 120).pageSize(50).emptyResource("dcim.regions")
 *                 .expectRecord("dcim.sites", "3000000000", Map.of("name", "Zürich ☃", "description", null))
 *                 .build();
 *     }
 * }
 * }</pre>
 *
 * <p>Lifecycle per test: {@link #createFactory()}, {@link #startEndpoint()}, {@link #fixture()}, then the
 * contract opens the adapter; after the test it closes the adapter and calls {@link #stopEndpoint()}.
 * Tests may write, so every test needs an endpoint in the fixture's initial state.
 *
 * <p>Every test checks one requirement for one capability, in both directions: if the factory declares
 * the capability it is exercised, otherwise the adapter must fail with the canonical unsupported error.
 *
 * @since 1.0
 */
@Stable(since = "1.0")
public abstract class AdapterContract {

    private static final Pattern VALID_ID = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private AdapterFactory factory;
    private TckFixture fixture;
    private Adapter adapter;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * Creates the factory under test, as {@code ServiceLoader} would (a new instance).
     *
     * @return the factory; never {@code null}
     */
    protected abstract AdapterFactory createFactory();

    /**
     * Starts (or resets) an endpoint holding exactly the fixture's data and returns the adapter
     * settings that point at it. Called before every test.
     *
     * @return the settings to open the adapter with
     * @throws Exception if the endpoint cannot start; the test then errors
     */
    protected abstract AdapterSettings startEndpoint() throws Exception;

    /**
     * Describes the data of the endpoint {@link #startEndpoint()} provides.
     *
     * @return the fixture; never {@code null}
     */
    protected abstract TckFixture fixture();

    /**
     * Stops the endpoint after a test. The default does nothing.
     *
     * @throws Exception if stopping fails
     */
    protected void stopEndpoint() throws Exception {
    }

    /**
     * The context the adapter is opened with. The default is {@link AdapterContext#builder()}'s defaults.
     *
     * @return the context
     */
    protected AdapterContext context() {
        return AdapterContext.builder().build();
    }

    /**
     * The adapter opened for the current test.
     *
     * @return the open adapter
     */
    protected final Adapter adapter() {
        return adapter;
    }

    /**
     * Tells whether the factory declares a capability.
     *
     * @param capability the capability
     * @return {@code true} if declared
     */
    protected final boolean declares(Capability capability) {
        return factory.capabilities().contains(capability);
    }

    @BeforeEach
    final void openAdapter() throws Exception {
        factory = createFactory();
        assertNotNull(factory, "createFactory() returned null");
        AdapterSettings settings = startEndpoint();
        fixture = fixture();
        adapter = factory.open(settings, new CancellableContext(context(), cancelled));
        assertNotNull(adapter, "open() returned null");
    }

    @AfterEach
    final void closeAdapter() throws Exception {
        try {
            if (adapter != null) {
                adapter.close();
            }
        } finally {
            stopEndpoint();
        }
    }

    // ---------------------------------------------------------------- factory

    /** The id is usable as {@code source.name} in {@code config.yml}. */
    @Test
    public void required_factory_idIsAValidConfigName() {
        assertTrue(VALID_ID.matcher(factory.id()).matches(),
                "id '" + factory.id() + "' must be lower case letters, digits, '-' or '_', starting with a letter");
    }

    /** The adapter was built against an SPI this host runs. */
    @Test
    public void required_factory_spiVersionRunsOnThisHost() {
        assertTrue(factory.spiVersion().runsOn(Spi.current()), "adapter built for SPI " + factory.spiVersion()
                + " does not run on SPI " + Spi.current() + "; return SpiVersion.of(Spi.MAJOR, Spi.MINOR)");
    }

    /** Declared capabilities include what they imply (DELETE needs WRITE, WRITE needs READ, ...). */
    @Test
    public void required_factory_capabilitiesIncludeWhatTheyImply() {
        assertEquals(Set.of(), Capability.missingImplied(factory.capabilities()),
                "capabilities implied by the declared ones but not declared");
    }

    /**
     * The factory is public, has a public no-argument constructor and is listed for ServiceLoader.
     *
     * @throws Exception if the constructor cannot be found
     */
    @Test
    public void required_factory_isFoundByServiceLoader() throws Exception {
        Class<?> type = factory.getClass();
        assertTrue(Modifier.isPublic(type.getModifiers()), type.getName() + " must be public");
        assertTrue(Modifier.isPublic(type.getConstructor().getModifiers()), "public no-argument constructor");
        boolean registered = ServiceLoader.load(AdapterFactory.class, type.getClassLoader()).stream()
                .anyMatch(provider -> provider.type() == type);
        assertTrue(registered, type.getName() + " must be listed in META-INF/services/" + AdapterFactory.class.getName());
    }

    // ---------------------------------------------------------------- READ

    /** Reading returns every record exactly once, across more than one page. */
    @Test
    public void required_read_returnsEveryRecordAcrossPages() {
        ReadRequest request = ReadRequest.of(fixture.pagedResource()).withPageSizeHint(fixture.pageSize());
        if (!declares(Capability.READ)) {
            assertUnsupported(Capability.READ, () -> adapter.read(request));
            return;
        }
        List<List<AdapterRecord>> pages = readPages(request);
        long nonEmpty = pages.stream().filter(page -> !page.isEmpty()).count();
        assertTrue(nonEmpty > 1, "expected more than one page of " + fixture.pageSize() + " records, got " + nonEmpty);
        List<AdapterRecord> records = pages.stream().flatMap(List::stream).toList();
        assertEquals(fixture.pagedCount(), records.size(), "records in " + fixture.pagedResource());
        assertUniqueIds(records);
    }

    /** An existing resource without records yields no records and no error. */
    @Test
    public void required_read_emptyResourceYieldsNoRecords() {
        assumeTrue(fixture.emptyResource().isPresent(), "the fixture names no empty resource");
        ReadRequest request = ReadRequest.of(fixture.emptyResource().get());
        if (!declares(Capability.READ)) {
            assertUnsupported(Capability.READ, () -> adapter.read(request));
            return;
        }
        assertEquals(List.of(), readPages(request).stream().flatMap(List::stream).toList());
    }

    /** An unknown resource fails with NOT_FOUND, when the read starts or on its first page. */
    @Test
    public void required_read_unknownResourceFailsWithNotFound() {
        ReadRequest request = ReadRequest.of(fixture.unknownResource());
        if (!declares(Capability.READ)) {
            assertUnsupported(Capability.READ, () -> adapter.read(request));
            return;
        }
        AdapterException e = assertThrows(AdapterException.class, () -> readPages(request),
                "reading unknown resource " + fixture.unknownResource());
        assertEquals(ErrorKind.NOT_FOUND, e.kind(), "kind of the failure: " + e.getMessage());
    }

    /** Records have a non-blank id and origin and hold JSON-like trees only. */
    @Test
    public void required_read_recordsAreJsonLikeTrees() {
        assumeTrue(declares(Capability.READ), "READ not declared (checked by required_read_returnsEveryRecordAcrossPages)");
        for (AdapterRecord record : readAll(fixture.pagedResource())) {
            assertFalse(record.localId().isBlank());
            assertFalse(record.origin().isBlank());
            Optional<String> violation = JsonTrees.firstViolation(record.data(), record.localId());
            assertTrue(violation.isEmpty(), () -> "record data must be a JSON-like tree: " + violation.get());
        }
    }

    /** The fixture's expected records are read with the expected data (unicode and nulls intact). */
    @Test
    public void required_read_expectedRecordsMatch() {
        assumeTrue(declares(Capability.READ), "READ not declared");
        assertFalse(fixture.expectedRecords().isEmpty(), "the fixture must list expected records");
        for (TckFixture.ExpectedRecord expected : fixture.expectedRecords()) {
            AdapterRecord record = find(expected.resource(), expected.localId()).orElseThrow(() -> new AssertionError(
                    "record " + expected.localId() + " not read from " + expected.resource()));
            Optional<String> mismatch = JsonTrees.subsetMismatch(expected.expected(), record.data());
            assertTrue(mismatch.isEmpty(), () -> "record " + expected.localId() + " of " + expected.resource() + ": "
                    + mismatch.get());
        }
    }

    /** The fixture exercises unicode and null values, which adapters most often mangle. */
    @Test
    public void required_read_fixtureCoversUnicodeAndNulls() {
        assumeTrue(declares(Capability.READ), "READ not declared");
        List<Map<String, Object>> data = fixture.expectedRecords().stream().map(TckFixture.ExpectedRecord::expected).toList();
        assertTrue(data.stream().anyMatch(JsonTrees::containsNonAscii),
                "add an expected record with a non-ASCII string value to the fixture");
        assertTrue(data.stream().anyMatch(JsonTrees::containsNull),
                "add an expected record with a null value to the fixture");
    }

    /** Numeric ids beyond 32 bits come back exactly (no int overflow, no double rounding). */
    @Test
    public void optional_read_largeIdsSurviveExactly() {
        assumeTrue(declares(Capability.READ), "READ not declared");
        List<TckFixture.ExpectedRecord> large = fixture.expectedRecords().stream()
                .filter(expected -> expected.localId().matches("\\d{1,40}")
                        && new BigInteger(expected.localId()).compareTo(INT_MAX) > 0)
                .toList();
        assumeTrue(!large.isEmpty(), "the fixture has no expected record with a numeric id above 2^31");
        for (TckFixture.ExpectedRecord expected : large) {
            assertTrue(find(expected.resource(), expected.localId()).isPresent(),
                    "record with large id " + expected.localId() + " not read back exactly");
        }
    }

    /** Two streams over one resource are independent: reading them interleaved yields every record twice. */
    @Test
    public void required_read_streamsAreIndependent() {
        assumeTrue(declares(Capability.READ), "READ not declared");
        ReadRequest request = ReadRequest.of(fixture.pagedResource()).withPageSizeHint(fixture.pageSize());
        List<AdapterRecord> first = new ArrayList<>();
        List<AdapterRecord> second = new ArrayList<>();
        try (PageStream<AdapterRecord> a = adapter.read(request); PageStream<AdapterRecord> b = adapter.read(request)) {
            boolean moreA = true;
            boolean moreB = true;
            while (moreA || moreB) {
                moreA = moreA && a.nextPage().map(first::addAll).isPresent();
                moreB = moreB && b.nextPage().map(second::addAll).isPresent();
            }
        }
        assertEquals(fixture.pagedCount(), first.size(), "records of the first stream");
        assertEquals(ids(first), ids(second), "ids of two interleaved streams");
    }

    /** A long read stops with a CancellationException at the next page once the host cancels the run. */
    @Test
    public void required_read_stopsAtTheNextPageWhenCancelled() {
        assumeTrue(declares(Capability.READ), "READ not declared");
        try (PageStream<AdapterRecord> stream = adapter.read(ReadRequest.of(fixture.pagedResource())
                .withPageSizeHint(fixture.pageSize()))) {
            assertTrue(stream.nextPage().isPresent(), "first page of " + fixture.pagedResource());
            cancelled.set(true);
            assertThrows(CancellationException.class, stream::nextPage,
                    "nextPage() after cancellation: call context.throwIfCancelled() before fetching a page");
        } finally {
            cancelled.set(false);
        }
    }

    /** A stream can be closed after its first page, and closed twice. */
    @Test
    public void required_read_streamClosesEarlyAndTwice() {
        assumeTrue(declares(Capability.READ), "READ not declared");
        PageStream<AdapterRecord> stream = adapter.read(ReadRequest.of(fixture.pagedResource())
                .withPageSizeHint(fixture.pageSize()));
        assertTrue(stream.nextPage().isPresent(), "first page of " + fixture.pagedResource());
        stream.close();
        stream.close();
    }

    // ---------------------------------------------------------------- SCHEMA

    /** The schema names the fixture's kinds and is internally consistent. */
    @Test
    public void required_schema_isConsistentAndNamesTheFixtureKinds() {
        if (!declares(Capability.SCHEMA)) {
            assertUnsupported(Capability.SCHEMA, adapter::describeSchema);
            return;
        }
        SchemaDescription schema = adapter.describeSchema();
        assertNotNull(schema, "describeSchema() returned null");
        Set<String> kinds = new HashSet<>();
        schema.kinds().forEach(kind -> kinds.add(kind.name()));
        Set<String> generics = new HashSet<>();
        schema.generics().forEach(generic -> generics.add(generic.name()));
        for (String expected : fixture.schemaKinds()) {
            assertTrue(kinds.contains(expected) || generics.contains(expected), "schema lacks kind " + expected);
        }
        for (KindSchema kind : schema.kinds()) {
            for (RelationshipSchema relationship : kind.relationships()) {
                assertTrue(kinds.contains(relationship.peer()) || generics.contains(relationship.peer()),
                        kind.name() + "." + relationship.name() + " points at unknown peer " + relationship.peer());
            }
            for (String generic : kind.inheritsFrom()) {
                assertTrue(generics.contains(generic), kind.name() + " inherits from unknown generic " + generic);
            }
            Set<String> fields = fieldsOf(kind, schema);
            for (String path : kind.humanFriendlyId()) {
                String head = path.split("__", 2)[0];
                assertTrue(fields.contains(head), kind.name() + " human-friendly id path " + path
                        + " does not start with one of its attributes or relationships");
            }
        }
        for (GenericSchema generic : schema.generics()) {
            for (String kind : generic.implementedBy()) {
                assertTrue(kinds.contains(kind), "generic " + generic.name() + " is implemented by unknown kind " + kind);
            }
        }
    }

    private static Set<String> fieldsOf(KindSchema kind, SchemaDescription schema) {
        Set<String> fields = new HashSet<>();
        kind.attributes().stream().map(AttributeSchema::name).forEach(fields::add);
        kind.relationships().stream().map(RelationshipSchema::name).forEach(fields::add);
        for (String generic : kind.inheritsFrom()) {
            schema.generic(generic).ifPresent(g -> {
                g.attributes().stream().map(AttributeSchema::name).forEach(fields::add);
                g.relationships().stream().map(RelationshipSchema::name).forEach(fields::add);
            });
        }
        return fields;
    }

    // ---------------------------------------------------------------- CHANGES_SINCE

    /**
     * With CHANGES_SINCE the incremental resource has a tier, a safe cursor of that tier that survives
     * being stored as text, and changes since it are records of the resource; without it every tier is
     * NONE and the calls fail canonically.
     */
    @Test
    public void required_changesSince_cursorRoundTripsAndChangesAreRecordsOfTheResource() {
        String resource = fixture.incrementalResource();
        ReadRequest request = ReadRequest.of(resource).withPageSizeHint(fixture.pageSize());
        if (!declares(Capability.CHANGES_SINCE)) {
            assertEquals(CursorTier.NONE, adapter.cursorTier(resource), "tier without CHANGES_SINCE");
            assertUnsupported(Capability.CHANGES_SINCE, () -> adapter.safeCursor(resource));
            assertUnsupported(Capability.CHANGES_SINCE,
                    () -> adapter.readChangesSince(request, Cursor.of(CursorTier.TIMESTAMP, "2020-01-01T00:00:00Z")));
            return;
        }
        CursorTier tier = adapter.cursorTier(resource);
        assertTrue(tier.isIncremental(), "declares CHANGES_SINCE but the tier of " + resource + " is NONE");
        Cursor cursor = adapter.safeCursor(resource);
        assertEquals(tier, cursor.tier(), "tier of the safe cursor");
        Cursor stored = Cursor.of(cursor.tier(), cursor.value());
        Set<String> all = ids(readAll(resource));
        List<AdapterRecord> changes = drain(adapter.readChangesSince(request, stored));
        assertUniqueIds(changes);
        for (AdapterRecord change : changes) {
            assertTrue(all.contains(change.localId()), "change " + change.localId() + " is not a record of " + resource);
        }
    }

    /** A record updated after a safe cursor was taken is among the changes since that cursor. */
    @Test
    public void optional_changesSince_seesAnUpdateMadeAfterTheCursor() {
        assumeTrue(declares(Capability.CHANGES_SINCE) && declares(Capability.WRITE), "needs CHANGES_SINCE and WRITE");
        WriteScenario scenario = scenario();
        assumeTrue(adapter.cursorTier(scenario.resource()).isIncremental(), "writable resource has tier NONE");
        String id = create(scenario);
        Cursor cursor = adapter.safeCursor(scenario.resource());
        assertApplied(write(WriteOperation.update(scenario.resource(), id, scenario.update())).get(0), "update");
        Set<String> changed = ids(drain(adapter.readChangesSince(ReadRequest.of(scenario.resource()), cursor)));
        assertTrue(changed.contains(id), "record " + id + " updated after the cursor is missing from the changes");
    }

    // ---------------------------------------------------------------- LIST_IDS

    /** Listing ids returns exactly the ids a read returns. */
    @Test
    public void required_listIds_equalsTheIdsRead() {
        String resource = fixture.pagedResource();
        if (!declares(Capability.LIST_IDS)) {
            assertUnsupported(Capability.LIST_IDS, () -> adapter.listIds(resource));
            return;
        }
        List<String> listed = drain(adapter.listIds(resource));
        assertEquals(listed.size(), new HashSet<>(listed).size(), "listed ids must be unique");
        assertEquals(ids(readAll(resource)), new HashSet<>(listed), "ids of " + resource);
        fixture.emptyResource().ifPresent(empty -> assertEquals(List.of(), drain(adapter.listIds(empty))));
    }

    // ---------------------------------------------------------------- WRITE

    /** A create returns the destination id, and the record is then read with the expected data. */
    @Test
    public void required_write_createReturnsTheIdOfAReadableRecord() {
        if (!declares(Capability.WRITE)) {
            assertUnsupported(Capability.WRITE,
                    () -> adapter.write(WriteBatch.of(WriteOperation.create(fixture.pagedResource(), Map.of()))));
            return;
        }
        WriteScenario scenario = scenario();
        String id = create(scenario);
        AdapterRecord record = find(scenario.resource(), id).orElseThrow(() -> new AssertionError(
                "created record " + id + " is not read from " + scenario.resource()));
        assertSubset(scenario.expectedAfterCreate(), record, "after create");
    }

    /** Applying the same update twice succeeds twice and leaves the same state. */
    @Test
    public void required_write_updateIsIdempotent() {
        assumeTrue(declares(Capability.WRITE), "WRITE not declared (checked by required_write_createReturnsTheIdOfAReadableRecord)");
        WriteScenario scenario = scenario();
        String id = create(scenario);
        for (int attempt = 1; attempt <= 2; attempt++) {
            OperationResult result = write(WriteOperation.update(scenario.resource(), id, scenario.update())).get(0);
            assertEquals(id, assertApplied(result, "update #" + attempt).destinationId(), "id reported by the update");
            AdapterRecord record = find(scenario.resource(), id).orElseThrow();
            assertSubset(scenario.expectedAfterUpdate(), record, "after update #" + attempt);
        }
    }

    /** Creating the same record twice either returns the same id (upsert) or fails with CONFLICT. */
    @Test
    public void required_write_createTwiceUpsertsOrConflicts() {
        assumeTrue(declares(Capability.WRITE), "WRITE not declared");
        WriteScenario scenario = scenario();
        int before = readAll(scenario.resource()).size();
        String id = create(scenario);
        OperationResult again = write(WriteOperation.create(scenario.resource(), scenario.create())).get(0);
        if (again instanceof OperationResult.Applied applied) {
            assertEquals(id, applied.destinationId(), "a repeated create must upsert the same record");
        } else {
            assertEquals(ErrorKind.CONFLICT, ((OperationResult.Failed) again).kind(),
                    "a repeated create that does not upsert must fail with CONFLICT: " + again);
        }
        assertEquals(before + 1, readAll(scenario.resource()).size(), "records after creating one record twice");
    }

    /** One failing operation (an update of a missing record: NOT_FOUND) does not stop the rest of its batch. */
    @Test
    public void required_write_oneFailureDoesNotAbortTheBatch() {
        assumeTrue(declares(Capability.WRITE), "WRITE not declared");
        WriteScenario scenario = scenario();
        List<OperationResult> results = adapter.write(WriteBatch.of(
                WriteOperation.update(scenario.resource(), fixture.missingId(), scenario.update()),
                WriteOperation.create(scenario.resource(), scenario.create())));
        assertEquals(2, results.size(), "one result per operation");
        OperationResult.Failed failed = assertInstanceOf(OperationResult.Failed.class, results.get(0),
                "update of missing record " + fixture.missingId());
        assertEquals(ErrorKind.NOT_FOUND, failed.kind(), "kind of the update failure: " + failed.message());
        String id = assertApplied(results.get(1), "create after a failed update").destinationId();
        assertTrue(find(scenario.resource(), id).isPresent(), "record created after a failure");
    }

    /** An empty batch returns no results. */
    @Test
    public void required_write_emptyBatchReturnsNoResults() {
        assumeTrue(declares(Capability.WRITE), "WRITE not declared");
        assertEquals(List.of(), adapter.write(WriteBatch.of()));
    }

    // ---------------------------------------------------------------- DELETE

    /**
     * With DELETE a delete removes the record and deleting it again fails with NOT_FOUND; a writer
     * without DELETE answers a delete with the canonical unsupported result.
     */
    @Test
    public void required_delete_removesTheRecordAndASecondDeleteIsNotFound() {
        assumeTrue(declares(Capability.WRITE), "WRITE not declared (deletes travel in write batches)");
        WriteScenario scenario = scenario();
        if (!declares(Capability.DELETE)) {
            OperationResult result = write(WriteOperation.delete(scenario.resource(), fixture.missingId())).get(0);
            assertEquals(OperationResult.unsupported(Capability.DELETE), result, "delete without DELETE");
            return;
        }
        String id = create(scenario);
        assertEquals(id, assertApplied(write(WriteOperation.delete(scenario.resource(), id)).get(0), "delete")
                .destinationId(), "id reported by the delete");
        assertFalse(find(scenario.resource(), id).isPresent(), "record " + id + " still read after its delete");
        OperationResult again = write(WriteOperation.delete(scenario.resource(), id)).get(0);
        OperationResult.Failed failed = assertInstanceOf(OperationResult.Failed.class, again, "second delete");
        assertEquals(ErrorKind.NOT_FOUND, failed.kind(), "kind of the second delete: " + failed.message());
    }

    // ---------------------------------------------------------------- helpers

    private WriteScenario scenario() {
        return fixture.writeScenario().orElseThrow(() -> new AssertionError(
                "the adapter declares WRITE: add a WriteScenario to the fixture"));
    }

    private String create(WriteScenario scenario) {
        return assertApplied(write(WriteOperation.create(scenario.resource(), scenario.create())).get(0), "create")
                .destinationId();
    }

    private List<OperationResult> write(WriteOperation operation) {
        List<OperationResult> results = adapter.write(WriteBatch.of(operation));
        assertNotNull(results, "write() returned null");
        assertEquals(1, results.size(), "one result per operation");
        return results;
    }

    private static OperationResult.Applied assertApplied(OperationResult result, String what) {
        if (result instanceof OperationResult.Failed failed) {
            fail(what + " failed with " + failed.kind() + ": " + failed.message());
        }
        return (OperationResult.Applied) result;
    }

    private static void assertSubset(Map<String, Object> expected, AdapterRecord record, String when) {
        Optional<String> mismatch = JsonTrees.subsetMismatch(expected, record.data());
        assertTrue(mismatch.isEmpty(), () -> "record " + record.localId() + " " + when + ": " + mismatch.get());
    }

    private static void assertUnsupported(Capability capability, Executable call) {
        AdapterException e = assertThrows(AdapterException.class, call,
                "undeclared " + capability + " must fail with AdapterException.unsupported(" + capability + ")");
        assertEquals(ErrorKind.UNSUPPORTED, e.kind(), "kind of the undeclared-capability failure");
        assertEquals(capability.unsupportedMessage(), e.getMessage(), "canonical message");
    }

    private static void assertUniqueIds(List<AdapterRecord> records) {
        Set<String> seen = new HashSet<>();
        for (AdapterRecord record : records) {
            assertTrue(seen.add(record.localId()), "id " + record.localId() + " read twice");
        }
    }

    private List<List<AdapterRecord>> readPages(ReadRequest request) {
        List<List<AdapterRecord>> pages = new ArrayList<>();
        try (PageStream<AdapterRecord> stream = adapter.read(request)) {
            assertNotNull(stream, "read() returned null");
            for (Optional<List<AdapterRecord>> page = stream.nextPage(); page.isPresent(); page = stream.nextPage()) {
                pages.add(page.get());
            }
        }
        return pages;
    }

    private List<AdapterRecord> readAll(String resource) {
        return readPages(ReadRequest.of(resource)).stream().flatMap(List::stream).toList();
    }

    private Optional<AdapterRecord> find(String resource, String localId) {
        Map<String, AdapterRecord> byId = new LinkedHashMap<>();
        readAll(resource).forEach(record -> byId.put(record.localId(), record));
        return Optional.ofNullable(byId.get(localId));
    }

    private static <T> List<T> drain(PageStream<T> stream) {
        assertNotNull(stream, "the adapter returned a null stream");
        List<T> items = new ArrayList<>();
        try (stream) {
            stream.forEachRemaining(items::add);
        }
        return items;
    }

    private static Set<String> ids(List<AdapterRecord> records) {
        Set<String> ids = new HashSet<>();
        records.forEach(record -> ids.add(record.localId()));
        return ids;
    }
}
