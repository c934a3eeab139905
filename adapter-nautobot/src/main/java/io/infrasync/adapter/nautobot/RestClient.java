package io.infrasync.adapter.nautobot;

import io.infrasync.rest.RestHttpClient;
import io.infrasync.rest.RestProduct;
import io.infrasync.spi.AdapterContext;

/** What is Nautobot's own in the shared REST client: its names, token keyword and API version header. */
final class RestClient {

    static final RestProduct NAUTOBOT = new RestProduct("Nautobot", "NAUTOBOT");

    private RestClient() {
    }

    /**
     * Opens the HTTP client for one adapter. Nautobot authenticates with DRF's token keyword,
     * {@code Token <40 hex>}; pinning an API version keeps the answers' shape stable across server
     * upgrades (DRF versioning in {@code Accept}).
     */
    static RestHttpClient open(NautobotConfig config, AdapterContext context) {
        String accept = config.apiVersion().map(v -> "application/json; version=" + v).orElse("application/json");
        return new RestHttpClient(config.rest(), NAUTOBOT, "Token " + config.rest().token(), accept, context);
    }
}
