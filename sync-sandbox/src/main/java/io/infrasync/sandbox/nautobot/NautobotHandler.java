package io.infrasync.sandbox.nautobot;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrasync.sandbox.SandboxHandler;
import io.infrasync.sandbox.SandboxJson;
import io.infrasync.sandbox.SandboxRequest;
import io.infrasync.sandbox.SandboxResponse;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers Nautobot 2.x REST requests: API version negotiation, token authentication, strict
 * filtering, {@code depth}, {@code sort}, limit/offset pagination and simple writes.
 */
final class NautobotHandler implements SandboxHandler {

    private static final int DEFAULT_PAGE = 50;
    private static final List<String> APPS = List.of("circuits", "cloud", "dcim", "extras", "ipam", "plugins",
            "tenancy", "users", "virtualization", "wireless");

    private final NautobotStore store;
    private final NautobotOptions options;
    private final List<String> allowedVersions = new ArrayList<>();
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
    private volatile long cacheGeneration = -1;

    NautobotHandler(NautobotStore store, NautobotOptions options) {
        this.store = store;
        this.options = options;
        int current = Integer.parseInt(options.apiVersion().split("\\.")[1]);
        for (int minor = 0; minor <= current; minor++) {
            allowedVersions.add("2." + minor);
        }
    }

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        // DRF determines the version before it authenticates.
        Optional<String> fromHeader = request.header("accept").filter(a -> a.contains("version="))
                .map(a -> a.replaceAll(".*version=\\s*([^;,\\s]+).*", "$1"));
        Optional<String> fromQuery = request.param("api_version");
        if (fromHeader.isPresent() && fromQuery.isPresent() && !fromHeader.get().equals(fromQuery.get())) {
            return detail(400, "Version mismatch between \"Accept\" header and query parameter.",
                    options.apiVersion());
        }
        String version = fromHeader.or(() -> fromQuery).orElse(options.apiVersion());
        if (!allowedVersions.contains(version)) {
            return detail(406, "Invalid version \"" + version + "\" in \"Accept\" header. Supported versions are: "
                    + String.join(", ", allowedVersions), options.apiVersion());
        }
        String path = request.path();
        if (!path.startsWith("/api")) {
            return detail(404, "Not found.", version);
        }
        if (!path.endsWith("/")) {
            return new SandboxResponse(301, Map.of("Location", request.baseUrl() + path + "/"
                    + (request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery()), "API-Version", version),
                    new byte[0]);
        }
        Optional<String> authorization = request.header("authorization");
        if (authorization.isEmpty() || !authorization.get().trim().toLowerCase().startsWith("token")) {
            return detail(403, "Authentication credentials were not provided.", version);
        }
        String[] parts = authorization.get().trim().split("\\s+");
        if (parts.length != 2) {
            return detail(403, parts.length == 1 ? "Invalid token header. No credentials provided."
                    : "Invalid token header. Token string should not contain spaces.", version);
        }
        if (!parts[1].equals(options.token())) {
            return detail(403, "Invalid token", version);
        }
        try {
            return route(request, version);
        } catch (NautobotFilter.Invalid e) {
            return json(400, SandboxJson.write(e.errors), version);
        }
    }

    private SandboxResponse route(SandboxRequest request, String version) {
        List<String> segments = Arrays.stream(request.path().split("/")).filter(s -> !s.isEmpty()).toList();
        String method = request.method();
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (segments.size() == 1) {
            Map<String, String> apps = new LinkedHashMap<>();
            APPS.forEach(app -> apps.put(app, request.baseUrl() + "/api/" + app + "/"));
            return read ? json(200, SandboxJson.write(apps), version) : notAllowed(method, version);
        }
        if (segments.size() == 2 && segments.get(1).equals("status")) {
            return read ? json(200, SandboxJson.write(status()), version) : notAllowed(method, version);
        }
        if (segments.size() == 2 && APPS.contains(segments.get(1))) {
            Map<String, String> endpoints = new LinkedHashMap<>();
            NautobotModels.all().stream().filter(m -> m.endpoint().startsWith(segments.get(1) + "/"))
                    .forEach(m -> endpoints.put(m.endpoint().substring(segments.get(1).length() + 1),
                            request.baseUrl() + "/api/" + m.endpoint() + "/"));
            return read ? json(200, SandboxJson.write(endpoints), version) : notAllowed(method, version);
        }
        Optional<Model> model = segments.size() >= 3
                ? NautobotModels.byEndpoint(segments.get(1) + "/" + segments.get(2)) : Optional.empty();
        if (model.isEmpty() || segments.size() > 4) {
            return detail(404, "Not found.", version);
        }
        if (segments.size() == 3) {
            return switch (method) {
                case "GET", "HEAD" -> list(request, model.get(), version);
                case "POST" -> create(request, model.get(), version);
                default -> notAllowed(method, version);
            };
        }
        UUID id;
        try {
            id = UUID.fromString(segments.get(3));
        } catch (IllegalArgumentException e) {
            return notFound(model.get(), version);
        }
        if (store.get(model.get().endpoint(), id).isEmpty()) {
            return notFound(model.get(), version);
        }
        return switch (method) {
            case "GET", "HEAD" -> detailView(request, model.get(), id, version);
            case "PATCH", "PUT" -> update(request, model.get(), id, version);
            case "DELETE" -> {
                store.delete(model.get().endpoint(), id);
                yield SandboxResponse.empty(204).withHeader("API-Version", version);
            }
            default -> notAllowed(method, version);
        };
    }

    private Map<String, Object> status() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("django-version", "4.2.16");
        body.put("installed-apps", Map.of("django_filters", "23.5", "rest_framework", "3.15.2"));
        body.put("nautobot-version", options.version());
        body.put("nautobot-apps", Map.of());
        body.put("plugins", Map.of());
        body.put("python-version", "3.12.3");
        body.put("celery-workers-running", 1);
        return body;
    }

    private SandboxResponse list(SandboxRequest request, Model model, String version) {
        int depth = depth(request);
        NautobotFilter filter = NautobotFilter.parse(model, request.query(), store);
        int limit = limit(request);
        int offset = nonNegative(request.param("offset").orElse(""), 0);
        List<String> sort = request.param("sort").filter(s -> !s.isEmpty())
                .map(s -> Arrays.asList(s.split(","))).orElse(List.of());
        record Page(int count, List<Map<String, Object>> rows) {
        }
        Page page = store.read(() -> {
            NautobotStore.Rows rows = store.rows(model.endpoint());
            if (filter.isEmpty() && sort.isEmpty()) {
                List<Map<String, Object>> slice = new ArrayList<>();
                for (int i = offset; i < rows.order.size() && i < (long) offset + limit; i++) {
                    slice.add(rows.byId.get(rows.order.get(i)));
                }
                return new Page(rows.order.size(), slice);
            }
            List<Map<String, Object>> matches = new ArrayList<>();
            for (UUID id : rows.order) {
                Map<String, Object> row = rows.byId.get(id);
                if (filter.test(row)) {
                    matches.add(row);
                }
            }
            if (!sort.isEmpty()) {
                matches.sort(comparator(model, sort));
            }
            int from = Math.min(offset, matches.size());
            int to = (int) Math.min((long) offset + limit, matches.size());
            return new Page(matches.size(), new ArrayList<>(matches.subList(from, to)));
        });
        String next = offset + limit < page.count() ? link(request, Map.of("limit", "" + limit, "offset",
                "" + (offset + limit)), null) : null;
        String previous = offset <= 0 ? null : offset - limit <= 0
                ? link(request, Map.of("limit", "" + limit), "offset")
                : link(request, Map.of("limit", "" + limit, "offset", "" + (offset - limit)), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + page.rows().size() * 512);
        out.writeBytes(("{\"count\":" + page.count() + ",\"next\":" + quote(next) + ",\"previous\":"
                + quote(previous) + ",\"results\":[").getBytes(StandardCharsets.UTF_8));
        store.read(() -> {
            for (int i = 0; i < page.rows().size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.writeBytes(render(model, page.rows().get(i), depth, request.baseUrl(), include(request)));
            }
            return null;
        });
        out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        return json(200, out.toByteArray(), version);
    }

    private static Comparator<Map<String, Object>> comparator(Model model, List<String> sort) {
        Comparator<Map<String, Object>> result = null;
        for (String term : sort) {
            boolean descending = term.startsWith("-");
            String name = descending ? term.substring(1) : term;
            if (model.field(name).isEmpty() && !name.equals("created") && !name.equals("last_updated")) {
                continue;
            }
            Comparator<Map<String, Object>> one = Comparator.comparing(row -> row.get(name) == null ? ""
                    : row.get(name) instanceof Number n ? String.format("%020d", n.longValue())
                    : row.get(name).toString());
            one = descending ? one.reversed() : one;
            result = result == null ? one : result.thenComparing(one);
        }
        return result == null ? (a, b) -> 0 : result;
    }

    private SandboxResponse detailView(SandboxRequest request, Model model, UUID id, String version) {
        int depth = depth(request);
        byte[] body = store.read(() -> {
            Map<String, Object> row = store.row(model.endpoint(), id);
            return row == null ? null : render(model, row, depth, request.baseUrl(), include(request));
        });
        return body == null ? notFound(model, version) : json(200, body, version);
    }

    /** Depth-0 answers are cached per object until the data changes; deeper ones are rendered each time. */
    private byte[] render(Model model, Map<String, Object> row, int depth, String base) {
        return render(model, row, depth, base, List.of());
    }

    /** {@code ?include=computed_fields,relationships} adds those (empty here: none are defined) after the fields. */
    private byte[] render(Model model, Map<String, Object> row, int depth, String base, List<String> include) {
        if (!include.isEmpty()) {
            com.fasterxml.jackson.databind.node.ObjectNode node =
                    new NautobotRenderer(store, base).render(model, row, depth, false);
            for (String extra : List.of("computed_fields", "relationships")) {
                if (include.contains(extra)) {
                    node.putObject(extra);
                }
            }
            return SandboxJson.write(node);
        }
        if (depth > 0) {
            return SandboxJson.write(new NautobotRenderer(store, base).render(model, row, depth, false));
        }
        long generation = store.generation();
        if (generation != cacheGeneration) {
            cache.clear();
            cacheGeneration = generation;
        }
        return cache.computeIfAbsent(model.endpoint() + '|' + row.get("id") + '|' + base,
                k -> SandboxJson.write(new NautobotRenderer(store, base).render(model, row, 0, false)));
    }

    private static List<String> include(SandboxRequest request) {
        List<String> include = new ArrayList<>();
        request.params("include").forEach(v -> include.addAll(Arrays.asList(v.split(","))));
        return include;
    }

    private static int depth(SandboxRequest request) {
        String text = request.param("depth").orElse("0");
        try {
            int depth = Integer.parseInt(text.trim());
            if (depth < 0 || depth > 10) {
                throw new NautobotFilter.Invalid(Map.of("depth", List.of("Ensure this value is between 0 and 10.")));
            }
            return depth;
        } catch (NumberFormatException e) {
            throw new NautobotFilter.Invalid(Map.of("depth", List.of("A valid integer is required.")));
        }
    }

    private int limit(SandboxRequest request) {
        int fallback = Math.min(DEFAULT_PAGE, options.maxPageSize());
        Optional<String> text = request.param("limit");
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(text.get().trim());
            return limit < 0 ? fallback : limit == 0 ? options.maxPageSize() : Math.min(limit, options.maxPageSize());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int nonNegative(String text, int fallback) {
        try {
            int value = Integer.parseInt(text.trim());
            return value < 0 ? fallback : value;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** DRF's replace_query_param / remove_query_param: sorted keys, other parameters kept. */
    private static String link(SandboxRequest request, Map<String, String> replace, String remove) {
        TreeMap<String, List<String>> params = new TreeMap<>(request.query());
        replace.forEach((k, v) -> params.put(k, List.of(v)));
        if (remove != null) {
            params.remove(remove);
        }
        List<String> pairs = new ArrayList<>();
        params.forEach((k, values) -> values.forEach(v -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return request.baseUrl() + request.path() + (pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
    }

    // ----- writes (answers use depth 0, as Nautobot does for non-GET requests) -----

    private SandboxResponse create(SandboxRequest request, Model model, String version) {
        Map<String, Object> values;
        try {
            values = writeValues(model, SandboxJson.read(request.body()));
        } catch (IllegalArgumentException e) {
            return json(400, SandboxJson.write(Map.of("detail", e.getMessage())), version);
        }
        for (Field field : model.fields()) {
            if (model.naturalKey().contains(field.name()) && field.kind() == Kind.STRING && !values.containsKey(field.name())) {
                return json(400, SandboxJson.write(Map.of(field.name(), List.of("This field is required."))), version);
            }
        }
        try {
            UUID id = store.create(model.endpoint(), values);
            return json(201, render(model, store.row(model.endpoint(), id), 0, request.baseUrl()), version);
        } catch (IllegalArgumentException e) {
            return json(400, SandboxJson.write(Map.of("non_field_errors", List.of(e.getMessage()))), version);
        }
    }

    private SandboxResponse update(SandboxRequest request, Model model, UUID id, String version) {
        try {
            store.update(model.endpoint(), id, writeValues(model, SandboxJson.read(request.body())));
        } catch (IllegalArgumentException e) {
            return json(400, SandboxJson.write(Map.of("non_field_errors", List.of(e.getMessage()))), version);
        }
        return json(200, render(model, store.row(model.endpoint(), id), 0, request.baseUrl()), version);
    }

    /** Keeps the writable fields; relations may be a UUID, a name, {@code {"id": ...}} or {@code {"name": ...}}. */
    private static Map<String, Object> writeValues(Model model, JsonNode body) {
        if (!body.isObject()) {
            throw new IllegalArgumentException("Invalid data. Expected a dictionary, but got list.");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        body.fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            Optional<Field> field = model.field(name);
            if (name.equals("tags")) {
                List<String> tags = new ArrayList<>();
                value.forEach(tag -> tags.add(reference(tag)));
                values.put("tags", tags);
            } else if (field.isPresent() && field.get().kind() != Kind.COUNT) {
                switch (field.get().kind()) {
                    case FOREIGN_KEY -> values.put(name, value.isNull() ? null : reference(value));
                    case MANY_TO_MANY -> {
                        List<String> ids = new ArrayList<>();
                        value.forEach(item -> ids.add(reference(item)));
                        values.put(name, ids);
                    }
                    case INTEGER -> values.put(name, value.isNull() ? null : value.asLong());
                    case BOOLEAN -> values.put(name, value.asBoolean());
                    case JSON -> values.put(name, value);
                    default -> values.put(name, value.isNull() ? null : value.isObject() && value.has("value")
                            ? value.get("value").asText() : value.asText());
                }
            }
        });
        return values;
    }

    private static String reference(JsonNode value) {
        if (value.isObject()) {
            return value.has("id") ? value.get("id").asText() : value.path("name").asText();
        }
        String text = value.asText();
        int at = text.indexOf("/api/");
        if (at >= 0) {
            String[] parts = text.split("/");
            return parts[parts.length - 1];
        }
        return text;
    }

    // ----- answers -----

    private SandboxResponse notFound(Model model, String version) {
        return detail(404, "No " + model.verboseName() + " matches the given query.", version);
    }

    private SandboxResponse notAllowed(String method, String version) {
        return detail(405, "Method \"" + method + "\" not allowed.", version);
    }

    private static SandboxResponse detail(int status, String message, String version) {
        return json(status, SandboxJson.write(Map.of("detail", message)), version);
    }

    private static SandboxResponse json(int status, byte[] body, String version) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("API-Version", version);
        headers.put("Allow", "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS");
        headers.put("Vary", "Accept, Cookie, Origin");
        return new SandboxResponse(status, headers, body);
    }

    private static String quote(String url) {
        return url == null ? "null" : "\"" + url + "\"";
    }
}
