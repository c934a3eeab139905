package io.infrasync.adapter.nautobot;

import io.infrasync.sandbox.SandboxServer;
import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.tck.AdapterContract;
import io.infrasync.tck.TckFixture;
import java.util.HashMap;
import java.util.Map;

/** The adapter TCK against the small spec-faithful Nautobot of these tests (UUIDs, unicode, nulls). */
class NautobotMiniContractTest extends AdapterContract {

    private SandboxServer server;

    @Override
    protected AdapterFactory createFactory() {
        return new NautobotAdapterFactory();
    }

    @Override
    protected AdapterSettings startEndpoint() {
        server = SandboxServer.start("nautobot-tck", 0, new MiniNautobot().with("/dcim/locations/", 7)
                .with("/dcim/racks/", 0));
        return AdapterSettings.of(Map.of("url", server.baseUrl(), "token", MiniNautobot.TOKEN));
    }

    @Override
    protected void stopEndpoint() {
        server.close();
    }

    @Override
    protected TckFixture fixture() {
        Map<String, Object> zurich = new HashMap<>();
        zurich.put("name", "Zürich");
        zurich.put("description", null);
        return TckFixture.builder("dcim.locations", 7).pageSize(3)
                .emptyResource("dcim.racks")
                .expectRecord("dcim.locations", MiniNautobot.uuid(1), zurich)
                .build();
    }
}
