package io.infrasync.cli.demo;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The environment the demo runs its commands with: the user's, without the variables that would point the
 * adapters elsewhere (a {@code NETBOX_TOKEN} in the shell must not send the demo to a real NetBox), plus the
 * side-scoped overrides that aim the unmodified example configuration at the sandboxes, and the cache folder
 * made absolute so that every command of the demo writes to the same place.
 */
public final class DemoEnvironment {

    /** Global variables the configuration loader and the adapters read for the URL and token. */
    private static final Set<String> ADAPTER_VARIABLES = Set.of("NETBOX_ADDRESS", "NETBOX_URL", "NETBOX_TOKEN",
            "NAUTOBOT_ADDRESS", "NAUTOBOT_URL", "NAUTOBOT_TOKEN", "INFRAHUB_ADDRESS", "INFRAHUB_URL",
            "INFRAHUB_API_TOKEN");

    private DemoEnvironment() {
    }

    /**
     * @param user      the user's environment
     * @param sandboxes the running servers
     * @param cacheRoot the run cache folder the user's settings resolve to
     * @return the environment for the demo's diff and sync
     */
    public static Map<String, String> of(Map<String, String> user, DemoSandboxes sandboxes, Path cacheRoot) {
        Map<String, String> environment = new HashMap<>(user);
        environment.keySet().removeIf(name -> ADAPTER_VARIABLES.contains(name)
                || name.startsWith("INFRAHUB_SYNC_SOURCE_") || name.startsWith("INFRAHUB_SYNC_DESTINATION_"));
        environment.put("INFRAHUB_SYNC_SOURCE_URL", sandboxes.netboxUrl());
        environment.put("INFRAHUB_SYNC_SOURCE_TOKEN", sandboxes.netboxToken());
        environment.put("INFRAHUB_SYNC_DESTINATION_URL", sandboxes.infrahubUrl());
        environment.put("INFRAHUB_SYNC_DESTINATION_TOKEN", sandboxes.infrahubToken());
        environment.put("INFRAHUB_SYNC_CACHE_DIR", cacheRoot.toAbsolutePath().toString());
        return Map.copyOf(environment);
    }
}
