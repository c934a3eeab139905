package io.infrasync.cli.demo;

import io.infrasync.sandbox.infrahub.InfrahubSandbox;
import io.infrasync.sandbox.infrahub.InfrahubSandboxOptions;
import io.infrasync.sandbox.netbox.NetboxOptions;
import io.infrasync.sandbox.netbox.NetboxSandbox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two servers of the demo on 127.0.0.1 and ephemeral ports: a NetBox seeded from the NetBox demo data and
 * an empty Infrahub with the schema of the upstream {@code netbox_to_infrahub} example
 * ({@code models/examples/netbox.yml}). Closing stops both.
 */
public final class DemoSandboxes implements AutoCloseable {

    private final NetboxSandbox netbox;
    private final InfrahubSandbox infrahub;

    private DemoSandboxes(NetboxSandbox netbox, InfrahubSandbox infrahub) {
        this.netbox = netbox;
        this.infrahub = infrahub;
    }

    /** Starts both servers; if Infrahub cannot start, NetBox is stopped again. */
    public static DemoSandboxes start() {
        NetboxSandbox netbox = NetboxSandbox.start(NetboxOptions.defaults());
        try {
            InfrahubSandbox infrahub = InfrahubSandbox.start(InfrahubSandboxOptions.defaults()
                    .withSchemas(InfrahubSandboxOptions.NETBOX_EXAMPLE));
            return new DemoSandboxes(netbox, infrahub);
        } catch (RuntimeException e) {
            netbox.close();
            throw e;
        }
    }

    /** @return the NetBox root URL ({@code http://127.0.0.1:<port>}) */
    public String netboxUrl() {
        return netbox.baseUrl();
    }

    /** @return the NetBox API token */
    public String netboxToken() {
        return netbox.token();
    }

    /** @return the Infrahub root URL */
    public String infrahubUrl() {
        return infrahub.baseUrl();
    }

    /** @return the Infrahub API token */
    public String infrahubToken() {
        return infrahub.token();
    }

    /** How many objects NetBox serves at each endpoint ({@code dcim/sites} ...), endpoints with objects only. */
    public Map<String, Integer> netboxCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String endpoint : netbox.store().endpoints()) {
            int count = netbox.store().count(endpoint);
            if (count > 0) {
                counts.put(endpoint, count);
            }
        }
        return counts;
    }

    /** How many objects Infrahub's {@code main} branch holds of each kind (nodes or generics). */
    public Map<String, Integer> infrahubCounts(List<String> kinds) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        kinds.forEach(kind -> counts.put(kind, infrahub.store().count("main", kind)));
        return counts;
    }

    @Override
    public void close() {
        try {
            infrahub.close();
        } finally {
            netbox.close();
        }
    }
}
