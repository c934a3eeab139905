package io.infrasync.sandbox.netbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * DRF's {@code replace_query_param} / {@code remove_query_param}: the request URL with {@code limit}
 * and {@code offset} replaced, every other parameter kept, keys sorted (Python's {@code urlencode(sorted(...))}).
 */
final class PageLinks {

    private PageLinks() {
    }

    static String with(String base, String path, Map<String, List<String>> query, Map<String, String> replace,
            List<String> remove) {
        TreeMap<String, List<String>> params = new TreeMap<>(query);
        replace.forEach((k, v) -> params.put(k, List.of(v)));
        remove.forEach(params::remove);
        List<String> pairs = new ArrayList<>();
        params.forEach((k, values) -> values.forEach(v -> pairs.add(encode(k) + "=" + encode(v))));
        return base + path + (pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
