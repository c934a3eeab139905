package io.infrasync.adapter.nautobot;

import io.infrasync.rest.RestSettings;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterSettings;
import java.util.Optional;

/**
 * The adapter's settings: the common REST settings plus Nautobot's own.
 *
 * @param rest       url, token, HTTP, paging, retries and cursor margin (see {@link RestSettings})
 * @param depth      the {@code depth} of nested objects in records, 0..10
 * @param apiVersion the REST API version asked for in {@code Accept}, or empty for the server's default
 */
record NautobotConfig(RestSettings rest, int depth, Optional<String> apiVersion) {

    static NautobotConfig from(AdapterSettings settings, AdapterContext context) {
        RestSettings rest = RestSettings.from(settings, context, RestClient.NAUTOBOT);
        int depth = (int) RestSettings.range(settings, "depth", 1, 0, 10);
        Optional<String> apiVersion = RestSettings.text(settings, "api_version");
        if (apiVersion.isPresent() && !apiVersion.get().matches("\\d+\\.\\d+")) {
            throw RestSettings.configuration("setting 'api_version': expected <major>.<minor> such as 2.4, got "
                    + apiVersion.get());
        }
        return new NautobotConfig(rest, depth, apiVersion);
    }

    /** The token is a secret: keep it out of any accidental string form of this record. */
    @Override
    public String toString() {
        return "NautobotConfig[apiBase=" + rest.apiBase() + ", pageSize=" + rest.pageSize() + ", maxConcurrency="
                + rest.maxConcurrency() + ", depth=" + depth + "]";
    }
}
