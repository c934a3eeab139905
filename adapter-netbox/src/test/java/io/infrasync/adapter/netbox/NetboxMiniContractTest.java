package io.infrasync.adapter.netbox;

import io.infrasync.sandbox.SandboxServer;
import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.tck.AdapterContract;
import io.infrasync.tck.TckFixture;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The adapter TCK against the small spec-faithful NetBox of these tests (large ids, unicode, nulls). */
class NetboxMiniContractTest extends AdapterContract {

    private SandboxServer server;

    @Override
    protected AdapterFactory createFactory() {
        return new NetboxAdapterFactory();
    }

    @Override
    protected AdapterSettings startEndpoint() {
        MiniNetbox netbox = new MiniNetbox().with("/dcim/sites/", 7).with("/dcim/regions/", 0);
        netbox.endpoints.get("/dcim/sites/").set(0, MiniNetbox.object(1, "Zürich ☃ 東京 😀", Instant.parse("2024-01-01T00:00:00Z")));
        netbox.endpoints.get("/dcim/sites/").add(MiniNetbox.object(9_007_199_254_740_993L, "big", Instant.parse("2024-01-01T00:00:00Z")));
        server = SandboxServer.start("netbox-tck", 0, netbox);
        return AdapterSettings.of(Map.of("url", server.baseUrl(), "token", MiniNetbox.TOKEN));
    }

    @Override
    protected void stopEndpoint() {
        server.close();
    }

    @Override
    protected TckFixture fixture() {
        Map<String, Object> zurich = new HashMap<>();
        zurich.put("name", "Zürich ☃ 東京 😀");
        zurich.put("description", null);
        return TckFixture.builder("dcim.sites", 8).pageSize(3)
                .emptyResource("dcim.regions")
                .expectRecord("dcim.sites", "1", zurich)
                .expectRecord("dcim.sites", "9007199254740993", Map.of("name", "big"))
                .build();
    }
}
