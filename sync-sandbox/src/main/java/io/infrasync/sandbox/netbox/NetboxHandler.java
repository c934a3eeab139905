package io.infrasync.sandbox.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.infrasync.sandbox.SandboxHandler;
import io.infrasync.sandbox.SandboxJson;
import io.infrasync.sandbox.SandboxRequest;
import io.infrasync.sandbox.SandboxResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers NetBox REST requests: routing, authentication, version negotiation, pagination, brief and
 * {@code fields} views, filters, single and bulk writes, with NetBox's statuses and bodies.
 */
final class NetboxHandler implements SandboxHandler {

    private static final String ALLOW = "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS";
    private static final int DEFAULT_PAGE = 50;
    private static final List<String> APPS = List.of("circuits", "core", "dcim", "extras", "ipam", "plugins",
            "tenancy", "users", "virtualization", "vpn", "wireless");

    private final NetboxStore store;
    private final NetboxOptions options;
    private final NetboxVersion version;
    /** Rendered JSON per object and view, valid for one data generation. */
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
    private volatile long cacheGeneration = -1;
    /** The ids matching recent filtered queries, so that paging through them does not rescan the table. */
    private final MatchCache matchCache = new MatchCache(16);

    NetboxHandler(NetboxStore store, NetboxOptions options) {
        this.store = store;
        this.options = options;
        this.version = NetboxVersion.parse(options.version());
    }

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        Optional<String> accept = request.header("accept");
        if (accept.isPresent() && accept.get().contains("version=")) {
            String wanted = accept.get().replaceAll(".*version=\\s*([^;,\\s]+).*", "$1");
            if (!wanted.equals(version.apiVersion())) {
                return json(406, "{\"detail\":\"Invalid version in \\\"Accept\\\" header.\"}");
            }
        }
        String path = request.path();
        if (!path.startsWith("/api")) {
            return json(404, "{\"detail\":\"Not found.\"}");
        }
        if (!path.endsWith("/")) {
            // Django's APPEND_SLASH: a permanent redirect to the slashed URL.
            String location = request.baseUrl() + path + "/" + (request.rawQuery().isEmpty() ? ""
                    : "?" + request.rawQuery());
            return new SandboxResponse(301, Map.of("Location", location, "API-Version", version.apiVersion()),
                    new byte[0]);
        }
        Optional<SandboxResponse> denied = authenticate(request);
        if (denied.isPresent()) {
            return denied.get();
        }
        try {
            return route(request);
        } catch (InvalidRequest e) {
            return json(400, SandboxJson.write(e.errors()));
        }
    }

    // ----- authentication (netbox/netbox/api/authentication.py) -----

    private Optional<SandboxResponse> authenticate(SandboxRequest request) {
        Optional<String> header = request.header("authorization");
        if (header.isPresent()) {
            String[] parts = header.get().trim().split("\\s+");
            String keyword = parts[0].toLowerCase(Locale.ROOT);
            boolean v2Era = version.atLeast(5);
            if (keyword.equals("token")) {
                if (parts.length == 1) {
                    return Optional.of(detail(403, "Invalid token header. No credentials provided."));
                }
                if (parts.length > 2) {
                    return Optional.of(detail(403, v2Era
                            ? "Invalid authorization header: Must be in the form \"Bearer <key>.<token>\" or \"Token <token>\""
                            : "Invalid token header. Token string should not contain spaces."));
                }
                return parts[1].equals(options.token()) ? Optional.empty()
                        : Optional.of(detail(403, v2Era ? "Invalid v1 token" : "Invalid token"));
            }
            if (keyword.equals("bearer") && v2Era) {
                if (parts.length != 2) {
                    return Optional.of(detail(403,
                            "Invalid authorization header: Must be in the form \"Bearer <key>.<token>\" or \"Token <token>\""));
                }
                String value = parts[1];
                if (!value.startsWith("nbt_") || !value.contains(".")) {
                    return Optional.of(detail(403, "Invalid authorization header: Could not parse key from v2 token. "
                            + "Did you mean to use 'Token' instead of 'Bearer'?"));
                }
                return value.equals(options.v2Token()) ? Optional.empty()
                        : Optional.of(detail(403, "Invalid v2 token"));
            }
            // Any other keyword is not NetBox's: the header is ignored and the request is anonymous.
        }
        return options.loginRequired() ? Optional.of(detail(403, "Authentication credentials were not provided."))
                : Optional.empty();
    }

    // ----- routing -----

    private SandboxResponse route(SandboxRequest request) {
        List<String> segments = Arrays.stream(request.path().split("/")).filter(s -> !s.isEmpty()).toList();
        String method = request.method();
        if (segments.size() == 1) {
            return readOnly(method).orElseGet(() -> apiRoot(request));
        }
        String app = segments.get(1);
        if (segments.size() == 2) {
            if (app.equals("status")) {
                return readOnly(method).orElseGet(this::status);
            }
            if (APPS.contains(app)) {
                return readOnly(method).orElseGet(() -> appRoot(request, app));
            }
            return detail(404, "Not found.");
        }
        Optional<ModelSpec> spec = NetboxModels.byEndpoint(app + "/" + segments.get(2));
        if (spec.isEmpty() || segments.size() > 4) {
            return detail(404, "Not found.");
        }
        if (segments.size() == 3) {
            return switch (method) {
                case "GET", "HEAD" -> list(request, spec.get());
                case "POST" -> create(request, spec.get());
                case "PATCH", "PUT" -> bulkUpdate(request, spec.get(), method.equals("PATCH"));
                case "DELETE" -> bulkDelete(request, spec.get());
                default -> notAllowed(method);
            };
        }
        long id;
        try {
            id = Long.parseLong(segments.get(3));
        } catch (NumberFormatException e) {
            return notFound(spec.get());
        }
        return switch (method) {
            case "GET", "HEAD" -> detailView(request, spec.get(), id);
            case "PATCH", "PUT" -> update(request, spec.get(), id, method.equals("PATCH"));
            case "DELETE" -> delete(spec.get(), id);
            default -> notAllowed(method);
        };
    }

    private Optional<SandboxResponse> readOnly(String method) {
        return method.equals("GET") || method.equals("HEAD") ? Optional.empty() : Optional.of(notAllowed(method));
    }

    private SandboxResponse apiRoot(SandboxRequest request) {
        Map<String, String> apps = new LinkedHashMap<>();
        APPS.forEach(app -> apps.put(app, request.baseUrl() + "/api/" + app + "/"));
        return json(200, SandboxJson.write(apps));
    }

    private SandboxResponse appRoot(SandboxRequest request, String app) {
        Map<String, String> endpoints = new LinkedHashMap<>();
        for (ModelSpec spec : NetboxModels.all()) {
            if (spec.endpoint().startsWith(app + "/")) {
                endpoints.put(spec.endpoint().substring(app.length() + 1),
                        request.baseUrl() + "/api/" + spec.endpoint() + "/");
            }
        }
        return json(200, SandboxJson.write(endpoints));
    }

    private SandboxResponse status() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("django-version", "5.1.8");
        if (version.atLeast(6)) {
            body.put("hostname", "netbox-sandbox");
        }
        Map<String, String> installed = new LinkedHashMap<>();
        installed.put("django_filters", "25.1");
        installed.put("rest_framework", "3.16.0");
        body.put(version.atLeast(6) ? "installed_apps" : "installed-apps", installed);
        body.put("netbox-version", version.full());
        if (version.atLeast(6)) {
            body.put("netbox-full-version", version.full());
        }
        body.put("plugins", Map.of());
        body.put("python-version", "3.12.3");
        body.put("rq-workers-running", 1);
        return json(200, SandboxJson.write(body));
    }

    // ----- reads -----

    private SandboxResponse list(SandboxRequest request, ModelSpec spec) {
        Map<String, List<String>> query = request.query();
        View view = View.of(request, version);
        RowFilter filter = RowFilter.parse(spec, query, store);
        Optional<String> start = version.atLeast(6) ? request.param("start").filter(s -> !s.isEmpty()) : Optional.empty();
        if (start.isPresent()) {
            return cursorPage(request, spec, view, filter, start.get());
        }
        int limit = limit(request);
        int offset = nonNegative(request.param("offset").orElse(""), 0);
        // Tables are kept in id order, as NetBox serves ?ordering=id from the primary key index:
        // no scan and sort, so clients that ask for stable id order are not penalised.
        List<String> ordering = request.param("ordering").filter(s -> !s.isEmpty())
                .map(s -> Arrays.asList(s.split(","))).filter(terms -> !terms.equals(List.of("id")))
                .orElse(List.of());
        String matchKey = spec.endpoint() + '?' + new java.util.TreeMap<>(query).entrySet().stream()
                .filter(e -> !e.getKey().equals("limit") && !e.getKey().equals("offset"))
                .map(String::valueOf).collect(java.util.stream.Collectors.joining("&"));
        Page page = store.read(() -> select(spec, filter, ordering, offset, limit, matchKey));
        String next = offset + limit < page.count()
                ? PageLinks.with(request.baseUrl(), request.path(), query,
                        Map.of("limit", Integer.toString(limit), "offset", Integer.toString(offset + limit)), List.of())
                : null;
        String previous = null;
        if (offset > 0) {
            previous = offset - limit <= 0
                    ? PageLinks.with(request.baseUrl(), request.path(), query, Map.of("limit", Integer.toString(limit)),
                            List.of("offset"))
                    : PageLinks.with(request.baseUrl(), request.path(), query,
                            Map.of("limit", Integer.toString(limit), "offset", Integer.toString(offset - limit)),
                            List.of());
        }
        return json(200, envelope(Long.toString(page.count()), next, previous, spec, page.rows(), view, request));
    }

    private SandboxResponse cursorPage(SandboxRequest request, ModelSpec spec, View view, RowFilter filter,
            String startText) {
        if (request.param("offset").isPresent()) {
            return json(400, "[\"'start' and 'offset' are mutually exclusive.\"]");
        }
        if (request.param("ordering").isPresent()) {
            return json(400, "[\"Ordering cannot be specified in conjunction with cursor-based pagination.\"]");
        }
        long start = nonNegative(startText, 0);
        int limit = limit(request);
        List<Map<String, Object>> rows = store.read(() -> {
            Table table = store.table(spec.endpoint());
            List<Map<String, Object>> found = new ArrayList<>();
            for (int i = table.lowerBound(Math.max(start, filter.minimumId())); i < table.size() && found.size() < limit;
                    i++) {
                Map<String, Object> row = table.get(table.idAt(i));
                if (filter.test(row)) {
                    found.add(row);
                }
            }
            return found;
        });
        String next = rows.size() < limit ? null : PageLinks.with(request.baseUrl(), request.path(), request.query(),
                Map.of("limit", Integer.toString(limit),
                        "start", Long.toString((Long) rows.get(rows.size() - 1).get("id") + 1)), List.of());
        return json(200, envelope("null", next, null, spec, rows, view, request));
    }

    /** The page size: default 50, clamped to MAX_PAGE_SIZE, 0 meaning MAX_PAGE_SIZE, garbage meaning default. */
    private int limit(SandboxRequest request) {
        int fallback = Math.min(DEFAULT_PAGE, options.maxPageSize());
        Optional<String> text = request.param("limit");
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(text.get().trim());
            if (limit < 0) {
                return fallback;
            }
            return limit == 0 ? options.maxPageSize() : Math.min(limit, options.maxPageSize());
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

    /** The rows of one page and the total count. */
    private record Page(long count, List<Map<String, Object>> rows) {
    }

    private Page select(ModelSpec spec, RowFilter filter, List<String> ordering, int offset, int limit,
            String matchKey) {
        Table table = store.table(spec.endpoint());
        if (filter.isEmpty() && ordering.isEmpty()) {
            // Id order without filters: the page is an index range, no scan.
            List<Map<String, Object>> rows = new ArrayList<>(Math.min(limit, Math.max(0, table.size() - offset)));
            for (int i = offset; i < table.size() && i < (long) offset + limit; i++) {
                rows.add(table.get(table.idAt(i)));
            }
            return new Page(table.size(), rows);
        }
        long[] matches = matchCache.get(store.generation(), matchKey);
        if (matches == null) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = table.lowerBound(filter.minimumId()); i < table.size(); i++) {
                Map<String, Object> row = table.get(table.idAt(i));
                if (filter.test(row)) {
                    rows.add(row);
                }
            }
            if (!ordering.isEmpty()) {
                rows.sort(comparator(spec, ordering));
            }
            matches = rows.stream().mapToLong(row -> (Long) row.get("id")).toArray();
            matchCache.put(store.generation(), matchKey, matches);
        }
        List<Map<String, Object>> page = new ArrayList<>();
        for (int i = offset; i < matches.length && i < (long) offset + limit; i++) {
            page.add(table.get(matches[i]));
        }
        return new Page(matches.length, page);
    }

    /** DRF OrderingFilter: known fields only, {@code -} for descending, id as the last tie-breaker. */
    private static Comparator<Map<String, Object>> comparator(ModelSpec spec, List<String> ordering) {
        Comparator<Map<String, Object>> result = null;
        for (String term : ordering) {
            boolean descending = term.startsWith("-");
            String name = descending ? term.substring(1) : term;
            if (!name.equals("id") && !name.equals("created") && !name.equals("last_updated")
                    && spec.field(name).isEmpty()) {
                continue;
            }
            Comparator<Map<String, Object>> one = Comparator.comparing(row -> sortKey(row.get(name)),
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            one = descending ? one.reversed() : one;
            result = result == null ? one : result.thenComparing(one);
        }
        Comparator<Map<String, Object>> byId = Comparator.comparing(row -> (Long) row.get("id"));
        return result == null ? byId : result.thenComparing(byId);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparable sortKey(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        return value instanceof Comparable comparable ? comparable : value.toString();
    }

    private SandboxResponse detailView(SandboxRequest request, ModelSpec spec, long id) {
        View view = View.of(request, version);
        byte[] body = store.read(() -> {
            Map<String, Object> row = store.table(spec.endpoint()).get(id);
            return row == null ? null : render(spec, row, view, request.baseUrl());
        });
        return body == null ? notFound(spec) : new SandboxResponse(200, headers(), body);
    }

    private byte[] envelope(String count, String next, String previous, ModelSpec spec,
            List<Map<String, Object>> rows, View view, SandboxRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + rows.size() * 512);
        out.writeBytes(("{\"count\":" + count + ",\"next\":" + quote(next) + ",\"previous\":" + quote(previous)
                + ",\"results\":[").getBytes(StandardCharsets.UTF_8));
        store.read(() -> {
            boolean first = true;
            for (Map<String, Object> row : rows) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                out.writeBytes(render(spec, row, view, request.baseUrl()));
            }
            return null;
        });
        out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /**
     * One object's JSON for a view; full, brief and selected-fields forms are cached until the data
     * changes.
     */
    private byte[] render(ModelSpec spec, Map<String, Object> row, View view, String base) {
        if (!view.omit().isEmpty()) {
            ObjectNode node = new Renderer(store, version, base).full(spec, row);
            node.remove(view.omit());
            return SandboxJson.write(node);
        }
        if (!options.cacheJson()) {
            return renderFresh(spec, row, view, base);
        }
        long generation = store.generation();
        if (generation != cacheGeneration) {
            cache.clear();
            cacheGeneration = generation;
        }
        String key = spec.endpoint() + '|' + row.get("id") + '|' + view.brief() + '|' + view.excludeConfigContext()
                + '|' + base + '|' + String.join(",", view.fields());
        return cache.computeIfAbsent(key, k -> renderFresh(spec, row, view, base));
    }

    private byte[] renderFresh(ModelSpec spec, Map<String, Object> row, View view, String base) {
        Renderer renderer = new Renderer(store, version, base);
        // Like NetBox's serializer, ?fields= renders only the fields asked for (cheaper than full, then cut).
        ObjectNode node = view.brief() ? renderer.brief(spec, row, false)
                : view.fields().isEmpty() ? renderer.full(spec, row) : renderer.selected(spec, row, view.fields());
        if (view.excludeConfigContext()) {
            node.remove("config_context");
        }
        return SandboxJson.write(node);
    }

    /** How objects are shown: brief, selected fields, omitted fields, config context excluded. */
    private record View(boolean brief, Set<String> fields, Set<String> omit, boolean excludeConfigContext) {
        static View of(SandboxRequest request, NetboxVersion version) {
            // NetBox only checks that brief is non-empty: even brief=false selects the brief form.
            boolean brief = request.method().equals("GET") && request.param("brief").filter(s -> !s.isEmpty()).isPresent();
            Set<String> fields = split(request.param("fields").orElse(""));
            Set<String> omit = version.atLeast(5) && fields.isEmpty() ? split(request.param("omit").orElse("")) : Set.of();
            boolean exclude = request.params("exclude").contains("config_context");
            return new View(brief && fields.isEmpty(), fields, omit, exclude);
        }

        private static Set<String> split(String text) {
            Set<String> names = new LinkedHashSet<>();
            for (String name : text.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.trim());
                }
            }
            return names;
        }
    }

    // ----- writes -----

    private SandboxResponse create(SandboxRequest request, ModelSpec spec) {
        JsonNode body;
        try {
            body = SandboxJson.read(request.body());
        } catch (IllegalArgumentException e) {
            return detail(400, "JSON parse error - " + e.getMessage());
        }
        if (body.isArray()) {
            List<Long> created = new ArrayList<>();
            List<Map<String, List<String>>> errors = new ArrayList<>();
            boolean failed = false;
            for (JsonNode item : body) {
                NetboxStore.WriteResult result = store.write(spec.endpoint(), null, item, false);
                result.id().ifPresent(created::add);
                errors.add(result.errors());
                failed |= result.id().isEmpty();
            }
            if (failed) {
                // Bulk creation is one transaction in NetBox: nothing stays when one item fails.
                created.forEach(id -> store.delete(spec.endpoint(), id));
                return json(400, SandboxJson.write(errors));
            }
            return json(201, renderList(spec, created, request.baseUrl()));
        }
        NetboxStore.WriteResult result = store.write(spec.endpoint(), null, body, false);
        if (result.id().isEmpty()) {
            return json(400, SandboxJson.write(result.errors()));
        }
        return json(201, renderOne(spec, result.id().get(), request.baseUrl()));
    }

    private SandboxResponse update(SandboxRequest request, ModelSpec spec, long id, boolean partial) {
        if (store.get(spec.endpoint(), id).isEmpty()) {
            return notFound(spec);
        }
        JsonNode body;
        try {
            body = SandboxJson.read(request.body());
        } catch (IllegalArgumentException e) {
            return detail(400, "JSON parse error - " + e.getMessage());
        }
        NetboxStore.WriteResult result = store.write(spec.endpoint(), id, body, partial);
        if (result.id().isEmpty()) {
            return json(400, SandboxJson.write(result.errors()));
        }
        return json(200, renderOne(spec, id, request.baseUrl()));
    }

    private SandboxResponse bulkUpdate(SandboxRequest request, ModelSpec spec, boolean partial) {
        JsonNode body;
        try {
            body = SandboxJson.read(request.body());
        } catch (IllegalArgumentException e) {
            return detail(400, "JSON parse error - " + e.getMessage());
        }
        if (!body.isArray()) {
            return json(400, "{\"non_field_errors\":[\"Expected a list of items but got type \\\"dict\\\".\"]}");
        }
        List<Map<String, List<String>>> errors = new ArrayList<>();
        boolean failed = false;
        for (JsonNode item : body) {
            Map<String, List<String>> itemErrors = bulkIdError(spec, item);
            errors.add(itemErrors);
            failed |= !itemErrors.isEmpty();
        }
        if (failed) {
            return json(400, SandboxJson.write(errors));
        }
        List<Long> ids = new ArrayList<>();
        errors.clear();
        for (JsonNode item : body) {
            long id = item.get("id").asLong();
            NetboxStore.WriteResult result = store.write(spec.endpoint(), id, item, partial);
            errors.add(result.errors());
            failed |= result.id().isEmpty();
            ids.add(id);
        }
        if (failed) {
            return json(400, SandboxJson.write(errors));
        }
        return json(200, renderList(spec, ids, request.baseUrl()));
    }

    private SandboxResponse bulkDelete(SandboxRequest request, ModelSpec spec) {
        JsonNode body;
        try {
            body = SandboxJson.read(request.body());
        } catch (IllegalArgumentException e) {
            return detail(400, "JSON parse error - " + e.getMessage());
        }
        if (!body.isArray()) {
            return json(400, "{\"non_field_errors\":[\"Expected a list of items but got type \\\"dict\\\".\"]}");
        }
        List<Map<String, List<String>>> errors = new ArrayList<>();
        boolean failed = false;
        for (JsonNode item : body) {
            Map<String, List<String>> itemErrors = bulkIdError(spec, item);
            errors.add(itemErrors);
            failed |= !itemErrors.isEmpty();
        }
        if (failed) {
            return json(400, SandboxJson.write(errors));
        }
        for (JsonNode item : body) {
            List<String> blockers = store.protectingReferences(spec.endpoint(), item.get("id").asLong());
            if (!blockers.isEmpty()) {
                return protectedError(blockers);
            }
        }
        body.forEach(item -> store.delete(spec.endpoint(), item.get("id").asLong()));
        return SandboxResponse.empty(204).withHeader("API-Version", version.apiVersion());
    }

    private Map<String, List<String>> bulkIdError(ModelSpec spec, JsonNode item) {
        JsonNode id = item.get("id");
        if (id == null || id.isNull()) {
            return Map.of("id", List.of("This field is required."));
        }
        if (!id.canConvertToLong() || (id.isTextual() && !id.asText().matches("\\d+"))) {
            return Map.of("id", List.of("A valid integer is required."));
        }
        if (store.get(spec.endpoint(), id.asLong()).isEmpty()) {
            return Map.of("id", List.of("Object with id " + id.asText() + " does not exist."));
        }
        return Map.of();
    }

    private SandboxResponse delete(ModelSpec spec, long id) {
        if (store.get(spec.endpoint(), id).isEmpty()) {
            return notFound(spec);
        }
        List<String> blockers = store.protectingReferences(spec.endpoint(), id);
        if (!blockers.isEmpty()) {
            return protectedError(blockers);
        }
        store.delete(spec.endpoint(), id);
        return SandboxResponse.empty(204).withHeader("API-Version", version.apiVersion());
    }

    private SandboxResponse protectedError(List<String> blockers) {
        return detail(409, "Unable to delete object. " + blockers.size() + " dependent objects were found: "
                + String.join(", ", blockers.subList(0, Math.min(5, blockers.size()))));
    }

    private byte[] renderOne(ModelSpec spec, long id, String base) {
        return store.read(() -> SandboxJson.write(new Renderer(store, version, base).full(spec,
                store.table(spec.endpoint()).get(id))));
    }

    private byte[] renderList(ModelSpec spec, List<Long> ids, String base) {
        return store.read(() -> {
            Renderer renderer = new Renderer(store, version, base);
            List<ObjectNode> nodes = new ArrayList<>();
            ids.forEach(id -> nodes.add(renderer.full(spec, store.table(spec.endpoint()).get(id))));
            return SandboxJson.write(nodes);
        });
    }

    // ----- answers -----

    private SandboxResponse notFound(ModelSpec spec) {
        return detail(404, "No " + className(spec) + " matches the given query.");
    }

    /** Django's model class name from the verbose name: {@code device type} → {@code DeviceType}. */
    private static String className(ModelSpec spec) {
        StringBuilder name = new StringBuilder();
        for (String word : spec.verboseName().split(" ")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    private SandboxResponse notAllowed(String method) {
        return detail(405, "Method \"" + method + "\" not allowed.");
    }

    private SandboxResponse detail(int status, String message) {
        return json(status, SandboxJson.write(Map.of("detail", message)));
    }

    private SandboxResponse json(int status, String body) {
        return json(status, body.getBytes(StandardCharsets.UTF_8));
    }

    private SandboxResponse json(int status, byte[] body) {
        return new SandboxResponse(status, headers(), body);
    }

    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("API-Version", version.apiVersion());
        headers.put("Allow", ALLOW);
        headers.put("Vary", "Accept, Cookie, Origin");
        headers.put("X-Request-ID", UUID.randomUUID().toString());
        return headers;
    }

    private static String quote(String url) {
        return url == null ? "null" : "\"" + url.replace("\"", "%22") + "\"";
    }
}
