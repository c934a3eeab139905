package io.infrasync.tck.inmemory;

import io.infrasync.spi.AdapterSettings;
import io.infrasync.tck.TckFixture;
import io.infrasync.tck.WriteScenario;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Seeds a fresh in-memory store per test and describes it for the TCK. */
final class InMemoryFixture {

    private String storeName;

    AdapterSettings start() {
        InMemoryStore store = new InMemoryStore();
        store.addResource("dcim.sites");
        store.addResource("dcim.regions");
        Instant now = Instant.now();
        Map<String, Object> zurich = new HashMap<>();
        zurich.put("name", "Zürich ☃ 東京 😀");
        zurich.put("description", null);
        zurich.put("tags", java.util.List.of("a", "b"));
        store.insert("dcim.sites", zurich, now);
        for (int i = 2; i <= 5; i++) {
            store.insert("dcim.sites", Map.of("name", "site-" + i, "asn", 64_500L + i), now);
        }
        storeName = "tck-" + UUID.randomUUID();
        InMemoryStore.STORES.put(storeName, store);
        return AdapterSettings.of(Map.of("store", storeName));
    }

    void stop() {
        InMemoryStore.STORES.remove(storeName);
    }

    static TckFixture fixture() {
        Map<String, Object> zurich = new HashMap<>();
        zurich.put("name", "Zürich ☃ 東京 😀");
        zurich.put("description", null);
        return TckFixture.builder("dcim.sites", 5).pageSize(2).emptyResource("dcim.regions")
                .expectRecord("dcim.sites", "3000000000", zurich)
                .expectRecord("dcim.sites", "3000000001", Map.of("name", "site-2", "asn", 64_502))
                .schemaKinds("dcim.sites", "dcim.regions")
                .writeScenario(WriteScenario.of("dcim.sites", Map.of("name", "new-site", "asn", 65_000),
                        Map.of("asn", 65_001)))
                .build();
    }
}
