package io.infrasync.adapter.infrahub;

import io.infrasync.sandbox.infrahub.InfrahubSandbox;
import io.infrasync.sandbox.infrahub.InfrahubSandboxOptions;
import io.infrasync.spi.AdapterSettings;
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
