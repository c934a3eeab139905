package io.infrasync.adapter.infrahub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.infrasync.sandbox.Fault;
import io.infrasync.sandbox.RequestLog;
import io.infrasync.sandbox.infrahub.InfrahubSandbox;
import io.infrasync.sandbox.infrahub.InfrahubSandboxOptions;
import io.infrasync.spi.Adapter;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.spi.PageStream;
import io.infrasync.spi.model.AdapterRecord;
import io.infrasync.spi.model.Cursor;
import io.infrasync.spi.model.CursorTier;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.OperationResult;
import io.infrasync.spi.model.ReadRequest;
import io.infrasync.spi.model.WriteBatch;
import io.infrasync.spi.model.WriteOperation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Branches, authentication, retries and incremental reads against the emulator. */
class InfrahubConnectionTest {

    private InfrahubSandbox sandbox;
    private Adapter adapter;

    @AfterEach
    void stop() {
        if (adapter != null) {
            adapter.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private Adapter open(AdapterSettings settings) {
        adapter = new InfrahubAdapterFactory().open(settings, AdapterContext.builder().build());
        return adapter;
    }

    private static List<AdapterRecord> drain(PageStream<AdapterRecord> stream) {
        List<AdapterRecord> records = new ArrayList<>();
        try (stream) {
            stream.forEachRemaining(records::add);
        }
        return records;
    }

    @Test
    void anUnknownBranchIsAClearError() {
        sandbox = Sandboxes.start();
        Adapter adapter = open(Sandboxes.settings(sandbox).withBranch("feature-x"));
        assertThatThrownBy(adapter::describeSchema).isInstanceOf(AdapterException.class)
                .hasMessageContaining("branch 'feature-x' does not exist").hasMessageContaining("create_branch")
                .satisfies(e -> assertThat(((AdapterException) e).kind()).isEqualTo(ErrorKind.NOT_FOUND));
        assertThat(sandbox.store().branches()).containsExactly("main");
    }

    @Test
    void createBranchCreatesItFirstAndWritesLandOnTheBranchOnly() {
        sandbox = Sandboxes.start();
        Adapter adapter = open(Sandboxes.settings(sandbox, "branch", "sync/netbox", "create_branch", true));
        String id = ((OperationResult.Applied) adapter.write(WriteBatch.of(WriteOperation.create("TestSite",
                Map.of("name", "on-branch")))).get(0)).destinationId();
        assertThat(sandbox.store().branches()).contains("sync/netbox");
        assertThat(sandbox.store().get("sync/netbox", id)).isPresent();
        assertThat(sandbox.store().get("main", id)).isEmpty();
        assertThat(drain(adapter.read(ReadRequest.of("TestSite")))).extracting(AdapterRecord::localId).containsExactly(id);
        assertThat(sandbox.server().requestLog().entries()).anySatisfy(e -> assertThat(e.path()).isEqualTo("/graphql/sync/netbox"));
    }

    @Test
    void theBranchSettingIsOverriddenByTheBranchFlag() {
        sandbox = Sandboxes.start();
        sandbox.store().createBranch("flagged");
        sandbox.store().create("flagged", "TestSite", Map.of("name", "only-here"), Map.of());
        Adapter adapter = open(Sandboxes.settings(sandbox, "branch", "ignored").withBranch("flagged"));
        assertThat(drain(adapter.read(ReadRequest.of("TestSite")))).extracting(r -> r.data().get("name")).containsExactly("only-here");
    }

    @Test
    void aRefusedTokenFailsAtOnceWithoutRetryingAndNeverShowsTheToken() {
        sandbox = Sandboxes.start();
        String secret = "0000-this-is-a-wrong-secret-token";
        Adapter adapter = open(AdapterSettings.of(Map.of("url", sandbox.baseUrl(), "token", secret, "retry_backoff_ms", 5)));
        assertThatThrownBy(adapter::describeSchema).isInstanceOf(AdapterException.class)
                .hasMessageContaining("check the token").satisfies(e -> {
                    assertThat(((AdapterException) e).kind()).isEqualTo(ErrorKind.AUTH);
                    assertThat(e.getMessage()).doesNotContain(secret);
                    assertThat(e.toString()).doesNotContain(secret);
                });
        assertThat(sandbox.server().requestLog().entries()).hasSize(1);
    }

    @Test
    void retriesServerErrorsRateLimitsAndResetsThenSucceeds() {
        sandbox = Sandboxes.start();
        sandbox.store().create("main", "TestSite", Map.of("name", "s1"), Map.of());
        Adapter adapter = open(Sandboxes.settings(sandbox));
        adapter.describeSchema();
        RequestLog log = sandbox.server().requestLog();
        log.clear();
        sandbox.server().faults().route("POST", "/graphql/main", new Fault.ServerError(502, "{\"detail\": \"bad gateway\"}"), 1)
                .route("POST", "/graphql/main", new Fault.TooManyRequests(0), 1)
                .route("POST", "/graphql/main", new Fault.ConnectionReset(), 1);

        assertThat(drain(adapter.read(ReadRequest.of("TestSite")))).hasSize(1);
        Sandboxes.awaitEntries(log, 4);
        assertThat(log.entries()).extracting(RequestLog.Entry::status).containsExactly(502, 429, 0, 200);

        sandbox.server().faults().route("POST", "/graphql/main", new Fault.ServerError(503, "{}"), 2);
        OperationResult result = adapter.write(WriteBatch.of(WriteOperation.create("TestSite", Map.of("name", "s2")))).get(0);
        assertThat(result.isApplied()).isTrue();
        assertThat(sandbox.store().count("main", "TestSite")).isEqualTo(2);
    }

    @Test
    void retryLogsNeverShowTheToken() {
        sandbox = Sandboxes.start();
        List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
        System.Logger logger = new System.Logger() {
            @Override
            public String getName() {
                return "capture";
            }

            @Override
            public boolean isLoggable(Level level) {
                return true;
            }

            @Override
            public void log(Level level, java.util.ResourceBundle bundle, String msg, Throwable thrown) {
                messages.add(msg + (thrown == null ? "" : " " + thrown));
            }

            @Override
            public void log(Level level, java.util.ResourceBundle bundle, String format, Object... params) {
                messages.add(java.text.MessageFormat.format(format, params));
            }
        };
        adapter = new InfrahubAdapterFactory().open(Sandboxes.settings(sandbox),
                AdapterContext.builder().logger(logger).build());
        sandbox.server().faults().route(null, "/api/schema", new Fault.ServerError(502, "{}"), 2);
        adapter.describeSchema();
        assertThat(messages).hasSize(2).allSatisfy(m -> assertThat(m).contains("retrying").doesNotContain(sandbox.token()));
    }

    @Test
    void givesUpAfterTheRetriesWithATransientError() {
        sandbox = Sandboxes.start();
        Adapter adapter = open(Sandboxes.settings(sandbox, "max_retries", 2));
        adapter.describeSchema();
        sandbox.server().faults().route("POST", "/graphql/main", new Fault.ServerError(502, "{}"), 100);
        assertThatThrownBy(() -> drain(adapter.read(ReadRequest.of("TestSite")))).isInstanceOf(AdapterException.class)
                .hasMessageContaining("HTTP 502").satisfies(e -> assertThat(((AdapterException) e).kind()).isEqualTo(ErrorKind.TRANSIENT));
        // A write batch whose request keeps failing reports the failure per operation.
        List<OperationResult> results = adapter.write(WriteBatch.of(WriteOperation.create("TestSite", Map.of("name", "x"))));
        assertThat(((OperationResult.Failed) results.get(0)).kind()).isEqualTo(ErrorKind.TRANSIENT);
    }

    @Test
    void graphqlErrorsWithStatus200AreFailuresNotEmptyResults() {
        sandbox = Sandboxes.start();
        sandbox.store().create("main", "TestSite", Map.of("name", "s1"), Map.of());
        Adapter adapter = open(Sandboxes.settings(sandbox));
        Cursor bogus = Cursor.of(CursorTier.TIMESTAMP, "2020-01-01T00:00:00Z");
        // Anonymous mutations are refused inside the GraphQL answer (HTTP 200) by the emulator.
        Adapter anonymous = new InfrahubAdapterFactory().open(AdapterSettings.of(Map.of("url", sandbox.baseUrl())),
                AdapterContext.builder().build());
        try (anonymous) {
            OperationResult result = anonymous.write(WriteBatch.of(WriteOperation.create("TestSite", Map.of("name", "x")))).get(0);
            assertThat(result.isApplied()).isFalse();
            assertThat(((OperationResult.Failed) result).kind()).isEqualTo(ErrorKind.AUTH);
        }
        assertThat(drain(adapter.readChangesSince(ReadRequest.of("TestSite"), bogus))).hasSize(1);
    }

    @Test
    void incrementalReadsUseASafeCursorFromTheServerAndTheUpdatedAfterFilter() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.now().minus(Duration.ofHours(1)));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        sandbox = InfrahubSandbox.start(InfrahubSandboxOptions.defaults().withSchemas(List.of(Sandboxes.TEST_SCHEMA)).withClock(clock));
        String old = sandbox.store().create("main", "TestSite", Map.of("name", "old"), Map.of()).id();
        String changed = sandbox.store().create("main", "TestSite", Map.of("name", "changed"), Map.of()).id();
        // The host's clock is far in the future: the adapter must not use it.
        adapter = new InfrahubAdapterFactory().open(Sandboxes.settings(sandbox, "cursor_margin", 30),
                AdapterContext.builder().clock(Clock.fixed(Instant.parse("2099-01-01T00:00:00Z"), ZoneOffset.UTC)).build());

        assertThat(adapter.cursorTier("TestSite")).isEqualTo(CursorTier.TIMESTAMP);
        Cursor cursor = adapter.safeCursor("TestSite");
        assertThat(cursor.instant()).isBefore(Instant.now().minusSeconds(29)).isAfter(Instant.now().minusSeconds(120));

        now.set(Instant.now());
        sandbox.store().update("main", changed, Map.of("description", "touched"), Map.of());

        List<AdapterRecord> changes = drain(adapter.readChangesSince(ReadRequest.of("TestSite"),
                Cursor.of(cursor.tier(), cursor.value())));
        assertThat(changes).extracting(AdapterRecord::localId).containsExactly(changed).doesNotContain(old);
        assertThat(changes.get(0).data()).containsEntry("description", "touched");
        assertThat(sandbox.server().requestLog().entries()).anySatisfy(e ->
                assertThat(e.body()).contains("node_metadata__updated_at__after"));
        assertThatThrownBy(() -> adapter.readChangesSince(ReadRequest.of("TestSite"), Cursor.of(CursorTier.TIMESTAMP, "yesterday")))
                .isInstanceOf(AdapterException.class)
                .satisfies(e -> assertThat(((AdapterException) e).kind()).isEqualTo(ErrorKind.INVALID_DATA));
    }

    @Test
    void pagesAfterTheFirstAreFetchedConcurrently() {
        sandbox = Sandboxes.start();
        for (int i = 0; i < 9; i++) {
            sandbox.store().create("main", "TestSite", Map.of("name", "s" + i), Map.of());
        }
        Adapter adapter = open(Sandboxes.settings(sandbox, "max_concurrency", 4));
        adapter.describeSchema();
        sandbox.server().faults().route("POST", "/graphql/main", new Fault.Latency(Duration.ofMillis(300)), 100);
        long start = System.nanoTime();
        List<AdapterRecord> records = drain(adapter.read(ReadRequest.of("TestSite").withPageSizeHint(2)));
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertThat(records).hasSize(9);
        assertThat(records).extracting(r -> r.data().get("name")).containsExactly("s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8");
        // 5 pages of 300 ms each: sequential would take 1.5 s; first page, then the other four at once.
        assertThat(millis).isLessThan(1_300);
    }
}
