package io.infrasync.sandbox;

import static java.util.Objects.requireNonNull;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An incoming request as an emulator sees it: decoded query parameters (repeatable, in arrival order),
 * lower-cased header names, and the whole body.
 *
 * @param method   upper-case HTTP method
 * @param path     the raw path, without query string
 * @param rawQuery the raw query string, or empty
 * @param query    decoded query parameters, each with all its values
 * @param headers  header values keyed by lower-case name
 * @param body     the request body (empty for none)
 * @param baseUrl  scheme, host and port the client used, for absolute links such as NetBox's {@code next}
 */
public record SandboxRequest(
        String method,
        String path,
        String rawQuery,
        Map<String, List<String>> query,
        Map<String, List<String>> headers,
        byte[] body,
        String baseUrl) {

    public SandboxRequest {
        requireNonNull(method, "method is null");
        requireNonNull(path, "path is null");
        rawQuery = rawQuery == null ? "" : rawQuery;
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body == null ? new byte[0] : body;
        requireNonNull(baseUrl, "baseUrl is null");
    }

    /** Parses a raw query string the way Django and Starlette do: {@code +} is a space, repeats kept. */
    public static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The first value of a query parameter. */
    public Optional<String> param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** All values of a query parameter (empty when absent). */
    public List<String> params(String name) {
        return query.getOrDefault(name, List.of());
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The body decoded as UTF-8. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
