package io.infrasync.adapter.infrahub;

import io.infrasync.sandbox.infrahub.InfrahubSandbox;
import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.tck.AdapterContract;
import io.infrasync.tck.TckFixture;
import io.infrasync.tck.WriteScenario;
import java.util.HashMap;
import java.util.Map;

/** The adapter TCK against the Infrahub emulator holding five sites (one with unicode and a null). */
class InfrahubAdapterContractTest extends AdapterContract {

    private InfrahubSandbox sandbox;
    private String unicodeSiteId;

    @Override
    protected AdapterFactory createFactory() {
        return new InfrahubAdapterFactory();
    }

    @Override
    protected AdapterSettings startEndpoint() {
        sandbox = Sandboxes.start();
        for (int i = 1; i <= 4; i++) {
            sandbox.store().create("main", "TestSite", Map.of("name", "site-" + i, "description", "site number " + i,
                    "asn", 64_500L + i), Map.of());
        }
        unicodeSiteId = sandbox.store().create("main", "TestSite", Map.of("name", "Zürich ☃ 東京 😀"), Map.of()).id();
        return Sandboxes.settings(sandbox);
    }

    @Override
    protected void stopEndpoint() {
        sandbox.close();
    }

    @Override
    protected TckFixture fixture() {
        Map<String, Object> zurich = new HashMap<>();
        zurich.put("name", "Zürich ☃ 東京 😀");
        zurich.put("description", null);
        zurich.put("asn", null);
        zurich.put("__typename", "TestSite");
        return TckFixture.builder("TestSite", 5).pageSize(2)
                .emptyResource("TestPanel")
                .unknownResource("TestNoSuchKind")
                .expectRecord("TestSite", unicodeSiteId, zurich)
                .schemaKinds("TestSite", "TestDevice", "TestPanel", "TestEquipment")
                .writeScenario(WriteScenario.of("TestSite", Map.of("name", "new-site", "asn", 65_000L), Map.of("asn", 65_001L)))
                .missingId("18187157-032c-2b7b-35b6-c5132b0ec757")
                .build();
    }
}
