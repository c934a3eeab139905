package io.infrasync.adapter.netbox;

import io.infrasync.rest.RestHttpClient;
import io.infrasync.rest.RestProduct;
import io.infrasync.rest.RestSettings;
import io.infrasync.spi.AdapterContext;

/** What is NetBox's own in the shared REST client: its names and how its tokens are sent. */
final class RestClient {

    static final RestProduct NETBOX = new RestProduct("NetBox", "NETBOX");

    private RestClient() {
    }

    /** Opens the HTTP client for one adapter. */
    static RestHttpClient open(RestSettings config, AdapterContext context) {
        return new RestHttpClient(config, NETBOX, authorization(config.token()), "application/json", context);
    }

    /**
     * NetBox 4.5+ v2 tokens ({@code nbt_<key>.<secret>}) go with {@code Bearer}; every other token is a
     * v1 token sent with {@code Token}, as pynetbox decides.
     */
    static String authorization(String token) {
        boolean v2 = token.startsWith("nbt_") && token.indexOf('.', 4) > 4;
        return (v2 ? "Bearer " : "Token ") + token;
    }
}
