package io.infrasync.adapter.netbox;

import io.infrasync.sandbox.netbox.NetboxOptions;
import io.infrasync.sandbox.netbox.NetboxSandbox;
import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.tck.AdapterContract;
import io.infrasync.tck.TckFixture;
import java.util.HashMap;
import java.util.Map;

/** The adapter TCK against the sandbox's NetBox emulator (a fresh one per test). */
class NetboxSandboxContractTest extends AdapterContract {

    private NetboxSandbox netbox;
    private long zurich;

    @Override
    protected AdapterFactory createFactory() {
        return new NetboxAdapterFactory();
    }

    @Override
    protected AdapterSettings startEndpoint() {
        netbox = NetboxSandbox.start(NetboxOptions.defaults().withData(NetboxOptions.Data.empty()));
        zurich = netbox.store().create("dcim/sites", Map.of("name", "Zürich ☃ 東京 😀", "slug", "zurich"));
        for (int i = 1; i < 7; i++) {
            netbox.store().create("dcim/sites", Map.of("name", "site-" + i, "slug", "site-" + i,
                    "description", "site number " + i));
        }
        return AdapterSettings.of(Map.of("url", netbox.baseUrl(), "token", netbox.token()));
    }

    @Override
    protected void stopEndpoint() {
        netbox.close();
    }

    @Override
    protected TckFixture fixture() {
        Map<String, Object> expected = new HashMap<>();
        expected.put("name", "Zürich ☃ 東京 😀");
        expected.put("slug", "zurich");
        expected.put("region", null);
        return TckFixture.builder("dcim.sites", 7).pageSize(3)
                .emptyResource("dcim.regions")
                .expectRecord("dcim.sites", Long.toString(zurich), expected)
                .build();
    }
}
