package io.infrasync.adapter.infrahub;

import io.infrasync.sandbox.RequestLog;
import io.infrasync.sandbox.infrahub.InfrahubSandbox;
import io.infrasync.sandbox.infrahub.InfrahubSandboxOptions;
import io.infrasync.spi.AdapterSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Starts the Infrahub emulator with the test schema and builds settings pointing at it. */
final class Sandboxes {

    static final String TEST_SCHEMA = "infrahub/test-schema.yml";

    private Sandboxes() {
    }

    static InfrahubSandbox start() {
        return InfrahubSandbox.start(InfrahubSandboxOptions.defaults().withSchemas(List.of(TEST_SCHEMA)));
    }

    /** The server records an exchange after closing it, so the client may see the answer before the log does. */
    static void awaitEntries(RequestLog log, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (log.entries().size() < count && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        try {
            Thread.sleep(50); // lets a stray extra request show up, so "exactly n requests" assertions can fail
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static AdapterSettings settings(InfrahubSandbox sandbox, Object... extra) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("url", sandbox.baseUrl());
        values.put("token", sandbox.token());
        values.put("retry_backoff_ms", 5);
        for (int i = 0; i + 1 < extra.length; i += 2) {
            values.put((String) extra[i], extra[i + 1]);
        }
        return AdapterSettings.of(values);
    }
}
