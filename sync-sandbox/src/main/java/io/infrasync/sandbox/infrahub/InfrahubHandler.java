package io.infrasync.sandbox.infrahub;

import com.fasterxml.jackson.databind.JsonNode;
import graphql.ExecutionInput;
import io.infrasync.sandbox.SandboxHandler;
import io.infrasync.sandbox.SandboxJson;
import io.infrasync.sandbox.SandboxRequest;
import io.infrasync.sandbox.SandboxResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routes requests the way Infrahub's FastAPI app does: {@code /graphql[/<branch>]}, {@code /schema.graphql},
 * {@code /api/schema}, {@code /api/info}, {@code /api/config}, {@code /api/auth/login}, with its token
 * checks and error bodies.
 */
final class InfrahubHandler implements SandboxHandler {

    private final InfrahubStore store;
    private final GraphqlRuntime runtime;
    private final InfrahubSandboxOptions options;
    private final String deploymentId;

    InfrahubHandler(InfrahubStore store, GraphqlRuntime runtime, InfrahubSandboxOptions options, String deploymentId) {
        this.store = store;
        this.runtime = runtime;
        this.options = options;
        this.deploymentId = deploymentId;
    }

    /** Who is calling: a valid token, no token, or a wrong one. */
    private enum Caller { AUTHENTICATED, ANONYMOUS, INVALID }

    @Override
    public SandboxResponse handle(SandboxRequest request) {
        String path = request.path();
        Caller caller = caller(request);
        if (caller == Caller.INVALID) {
            return authError("Invalid token");
        }
        if (path.equals("/api/auth/login") && request.method().equals("POST")) {
            return login(request);
        }
        if (caller == Caller.ANONYMOUS && !options.anonymousReads() && !path.equals("/api/info")) {
            return authError("Authentication is required");
        }
        boolean authenticated = caller == Caller.AUTHENTICATED;
        if (path.equals("/graphql") || path.equals("/graphql/") || path.startsWith("/graphql/")) {
            // Branch names may contain '/' (sent raw or as %2F).
            String branch = path.length() > "/graphql/".length()
                    ? java.net.URLDecoder.decode(path.substring("/graphql/".length()).replace("+", "%2B"), StandardCharsets.UTF_8)
                    : InfrahubStore.MAIN;
            return graphql(request, branch, authenticated);
        }
        if (!request.method().equals("GET")) {
            return SandboxResponse.json(405, Map.of("detail", "Method Not Allowed"));
        }
        return switch (path) {
            case "/api/info" -> SandboxResponse.json(200, Map.of("deployment_id", deploymentId, "version", options.version()));
            case "/api/config" -> SandboxResponse.json(200, config());
            case "/api/schema", "/api/schema/" -> schema(request);
            case "/api/schema/summary" -> summary(request);
            case "/schema.graphql" -> sdl(request);
            default -> path.startsWith("/api/schema/") ? oneKind(request, path.substring("/api/schema/".length()))
                    : SandboxResponse.json(404, Map.of("detail", "Not Found"));
        };
    }

    private Caller caller(SandboxRequest request) {
        Optional<String> key = request.header("X-INFRAHUB-KEY");
        if (key.isPresent()) {
            return key.get().equals(options.token()) ? Caller.AUTHENTICATED : Caller.INVALID;
        }
        Optional<String> authorization = request.header("Authorization");
        if (authorization.isPresent()) {
            String value = authorization.get();
            return value.startsWith("Bearer ") && value.substring(7).trim().equals(options.token())
                    ? Caller.AUTHENTICATED : Caller.INVALID;
        }
        return Caller.ANONYMOUS;
    }

    private static SandboxResponse authError(String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", Map.of("code", 401));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", null);
        body.put("errors", List.of(error));
        return SandboxResponse.json(401, body);
    }

    /** Username/password login; the emulator's only account is {@code admin} / {@code infrahub}. */
    private SandboxResponse login(SandboxRequest request) {
        JsonNode body;
        try {
            body = SandboxJson.read(request.body());
        } catch (IllegalArgumentException e) {
            return SandboxResponse.json(422, Map.of("detail", List.of(Map.of("msg", e.getMessage()))));
        }
        if (!"admin".equals(body.path("username").asText()) || !"infrahub".equals(body.path("password").asText())) {
            return authError("Incorrect password");
        }
        return SandboxResponse.json(200, Map.of("access_token", options.token(), "refresh_token", options.token()));
    }

    private SandboxResponse graphql(SandboxRequest request, String branchName, boolean authenticated) {
        String query;
        Map<String, Object> variables = Map.of();
        String operationName = null;
        if (request.method().equals("GET")) {
            query = request.param("query").orElse(null);
            if (query == null) {
                return SandboxResponse.json(400, Map.of("errors", List.of("No GraphQL query found in the request")));
            }
        } else if (request.method().equals("POST")) {
            String contentType = request.header("Content-Type").orElse("");
            if (!contentType.startsWith("application/json")) {
                return SandboxResponse.json(400,
                        Map.of("errors", List.of("Content-type must be application/json or multipart/form-data")));
            }
            JsonNode body;
            try {
                body = SandboxJson.read(request.body());
            } catch (IllegalArgumentException e) {
                return SandboxResponse.json(400, Map.of("errors", List.of("Unable to parse request body as JSON")));
            }
            if (body.isArray()) {
                return SandboxResponse.json(400, Map.of("errors", List.of("This server does not support batching")));
            }
            query = body.path("query").isTextual() ? body.get("query").asText() : null;
            if (query == null) {
                return SandboxResponse.json(400, Map.of("errors", List.of("No GraphQL query found in the request")));
            }
            if (body.path("variables").isObject()) {
                variables = SandboxJson.mapper().convertValue(body.get("variables"), Map.class);
            }
            operationName = body.path("operationName").isTextual() ? body.get("operationName").asText() : null;
        } else {
            return SandboxResponse.json(405, Map.of("detail", "Method Not Allowed"));
        }
        if (store.branch(branchName).isEmpty()) {
            return SandboxResponse.json(404, Map.of("errors", List.of("Branch: " + branchName + " not found.")));
        }
        boolean mutation = isMutation(query);
        if (request.method().equals("GET") && query.stripLeading().startsWith("mutation")) {
            return SandboxResponse.json(405, Map.of("errors", List.of("Can only perform a mutation operation from a POST request.")));
        }
        Map<String, Object> vars = variables;
        String operation = operationName;
        Map<String, Object> answer = mutation
                ? store.write(s -> execute(query, vars, operation, branchName, authenticated))
                : store.read(s -> execute(query, vars, operation, branchName, authenticated));
        return SandboxResponse.json(200, answer);
    }

    private Map<String, Object> execute(String query, Map<String, Object> variables, String operationName,
            String branchName, boolean authenticated) {
        BranchData branch = store.branch(branchName).orElseThrow(() -> InfrahubStore.branchNotFound(branchName));
        RequestContext context = new RequestContext(store, branch, authenticated, deploymentId, options.version());
        ExecutionInput.Builder input = ExecutionInput.newExecutionInput().query(query).variables(variables)
                .graphQLContext(Map.of(RequestContext.KEY, context));
        if (operationName != null) {
            input.operationName(operationName);
        }
        return runtime.execute(input.build());
    }

    /**
     * Mutations take the write lock. A mutation cannot be written without the {@code mutation} keyword, so a
     * token match is a safe (and parse-free) test: a false positive only costs concurrency.
     */
    private static boolean isMutation(String query) {
        return MUTATION_KEYWORD.matcher(query).find();
    }

    private static final java.util.regex.Pattern MUTATION_KEYWORD = java.util.regex.Pattern.compile("\\bmutation\\b");

    private SandboxResponse schema(SandboxRequest request) {
        Optional<SandboxResponse> missing = missingBranch(request);
        if (missing.isPresent()) {
            return missing.get();
        }
        List<String> namespaces = request.params("namespaces").stream()
                .flatMap(value -> Arrays.stream(value.split(","))).filter(s -> !s.isBlank()).toList();
        return SandboxResponse.json(200, store.schema().apiJson(namespaces));
    }

    private SandboxResponse summary(SandboxRequest request) {
        Optional<SandboxResponse> missing = missingBranch(request);
        if (missing.isPresent()) {
            return missing.get();
        }
        Map<String, Object> nodes = new LinkedHashMap<>();
        Map<String, Object> generics = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> full = store.schema().apiJson(List.of());
        for (String section : List.of("nodes", "generics")) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) full.get(section);
            for (Map<String, Object> item : items) {
                (section.equals("nodes") ? nodes : generics).put((String) item.get("kind"), item.get("hash"));
            }
        }
        return SandboxResponse.json(200, Map.of("main", store.schema().hash(), "nodes", nodes, "generics", generics,
                "profiles", Map.of(), "templates", Map.of()));
    }

    private SandboxResponse oneKind(SandboxRequest request, String kind) {
        Optional<SandboxResponse> missing = missingBranch(request);
        if (missing.isPresent()) {
            return missing.get();
        }
        KindSchema schema = store.schema().get(kind);
        if (schema == null) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("message", "Unable to find the schema " + kind + " in the database.");
            error.put("extensions", Map.of("code", 422));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("data", null);
            body.put("errors", List.of(error));
            return SandboxResponse.json(422, body);
        }
        return SandboxResponse.json(200, SchemaJson.render(schema));
    }

    private SandboxResponse sdl(SandboxRequest request) {
        Optional<SandboxResponse> missing = missingBranch(request);
        if (missing.isPresent()) {
            return missing.get();
        }
        return new SandboxResponse(200, Map.of("Content-Type", "text/plain; charset=utf-8"),
                runtime.sdl().getBytes(StandardCharsets.UTF_8));
    }

    /** REST endpoints answer an unknown {@code ?branch=} with the legacy error envelope. */
    private Optional<SandboxResponse> missingBranch(SandboxRequest request) {
        String branch = request.param("branch").orElse(InfrahubStore.MAIN);
        if (store.branch(branch).isPresent()) {
            return Optional.empty();
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", "Branch: " + branch + " not found.");
        error.put("extensions", Map.of("code", 400));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", null);
        body.put("errors", List.of(error));
        return Optional.of(SandboxResponse.json(400, body));
    }

    private Map<String, Object> config() {
        Map<String, Object> main = new LinkedHashMap<>();
        main.put("default_branch", InfrahubStore.MAIN);
        main.put("allow_anonymous_access", options.anonymousReads());
        main.put("telemetry_optout", true);
        main.put("telemetry_endpoint", null);
        main.put("permission_backends", List.of("infrahub.permissions.LocalPermissionBackend"));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("main", main);
        config.put("logging", Map.of("remote", Map.of("enable", false)));
        config.put("analytics", Map.of("enable", false));
        config.put("experimental_features", Map.of("graphql_enums", false));
        config.put("sso", Map.of("providers", List.of(), "enabled", false));
        return config;
    }
}
