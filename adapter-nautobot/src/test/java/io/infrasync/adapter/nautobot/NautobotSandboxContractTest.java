package io.infrasync.adapter.nautobot;

import io.infrasync.sandbox.nautobot.NautobotOptions;
import io.infrasync.sandbox.nautobot.NautobotSandbox;
import io.infrasync.spi.AdapterFactory;
import io.infrasync.spi.AdapterSettings;
import io.infrasync.tck.AdapterContract;
import io.infrasync.tck.TckFixture;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The adapter TCK against the sandbox's Nautobot emulator (a fresh one per test). */
class NautobotSandboxContractTest extends AdapterContract {

    private NautobotSandbox nautobot;
    private UUID renamed;

    @Override
    protected AdapterFactory createFactory() {
        return new NautobotAdapterFactory();
    }

    @Override
    protected AdapterSettings startEndpoint() {
        nautobot = NautobotSandbox.start(NautobotOptions.defaults().withData(NautobotOptions.Data.generated(3, 600)));
        renamed = nautobot.store().ids("dcim/locations").stream()
                .filter(id -> nautobot.store().get("dcim/locations", id).orElseThrow().get("parent") == null)
                .findFirst().orElseThrow();
        nautobot.store().update("dcim/locations", renamed, Map.of("name", "Zürich ☃ 東京 😀"));
        return AdapterSettings.of(Map.of("url", nautobot.baseUrl(), "token", nautobot.token()));
    }

    @Override
    protected void stopEndpoint() {
        nautobot.close();
    }

    @Override
    protected TckFixture fixture() {
        Map<String, Object> expected = new HashMap<>();
        expected.put("id", renamed.toString());
        expected.put("name", "Zürich ☃ 東京 😀");
        expected.put("parent", null);
        return TckFixture.builder("dcim.locations", nautobot.store().count("dcim/locations")).pageSize(2)
                .emptyResource("ipam.vlan-groups")
                .expectRecord("dcim.locations", renamed.toString(), expected)
                .build();
    }
}
