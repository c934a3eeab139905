package io.infrasync.rest;

import io.infrasync.spi.AdapterException;
import io.infrasync.spi.model.ErrorKind;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * A mapping path resolved to its REST list endpoint: {@code dcim.sites} is {@code /api/dcim/sites/},
 * {@code ipam.ip_addresses} and {@code ipam.ip-addresses} are {@code /api/ipam/ip-addresses/},
 * {@code plugins.bgp.bgp_sessions} is {@code /api/plugins/bgp/bgp-sessions/} (underscores become
 * hyphens in every segment, as pynetbox and pynautobot spell attribute names as URLs).
 *
 * @param resource the mapping path as the host gave it (the records' origin)
 * @param path     the list path below the API base, with leading and trailing slash
 */
public record RestEndpoint(String resource, String path) {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    /**
     * Resolves a mapping path.
     *
     * @param resource the mapping path
     * @param product  the system, named in the error
     * @return the endpoint
     * @throws AdapterException of kind {@code NOT_FOUND} when {@code resource} is not {@code <app>.<model>}
     *         or {@code plugins.<app>.<model>} with segments of {@code [A-Za-z0-9_-]}
     */
    public static RestEndpoint of(String resource, RestProduct product) {
        String[] segments = resource.trim().split("\\.", -1);
        boolean plugin = segments.length > 0 && segments[0].equalsIgnoreCase("plugins");
        int expected = plugin ? 3 : 2;
        boolean valid = segments.length == expected;
        for (String segment : segments) {
            valid &= SEGMENT.matcher(segment).matches();
        }
        if (!valid) {
            throw new AdapterException(ErrorKind.NOT_FOUND, "resource '" + resource + "' is not a " + product.displayName() + " endpoint: "
                    + "expected <app>.<model> (for example dcim.sites) or plugins.<app>.<model>");
        }
        StringJoiner path = new StringJoiner("/", "/", "/");
        for (String segment : segments) {
            path.add(segment.toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return new RestEndpoint(resource, path.toString());
    }

    /**
     * The list URL with the given query parameters, in order, their values URL-encoded.
     *
     * @param apiBase the API root ({@code https://netbox/api})
     * @param query   the parameters
     * @return the URL
     */
    public URI uri(URI apiBase, Map<String, String> query) {
        StringJoiner text = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((name, value) -> text.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return URI.create(apiBase + path + text);
    }
}
