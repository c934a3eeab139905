package io.infrasync.sandbox.infrahub;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * A small main-method harness (not a unit test): writes N objects through aliased GraphQL mutations,
 * reads them back page by page, re-upserts them by HFID and runs an incremental query.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) io.infrasync.sandbox.infrahub.InfrahubSandboxBenchmark 100000 250 1000 [inline|variables]</pre>
 */
public final class InfrahubSandboxBenchmark {

    private InfrahubSandboxBenchmark() {
    }

    public static void main(String[] args) {
        int objects = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perRequest = args.length > 1 ? Integer.parseInt(args[1]) : 250;
        int pageSize = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        try (InfrahubSandbox sandbox = InfrahubSandbox.start(InfrahubSandboxOptions.defaults())) {
            GraphqlClient client = new GraphqlClient(sandbox.baseUrl(), sandbox.token());
            long start = System.nanoTime();
            String site = client.ok("mutation { LocationGenericCreate(data: {name: {value: \"bench\"}, type: {value: \"Site\"}}) { object { id } } }")
                    .at("/LocationGenericCreate/object/id").asText();
            boolean variables = args.length > 3 && args[3].equals("variables");
            for (int from = 0; from < objects; from += perRequest) {
                int size = Math.min(objects, from + perRequest) - from;
                if (variables) {
                    // One document text for every full batch: parsed and validated once, values in variables.
                    StringBuilder declarations = new StringBuilder();
                    StringBuilder fields = new StringBuilder();
                    java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
                    for (int k = 0; k < size; k++) {
                        int i = from + k;
                        declarations.append(k == 0 ? "" : ", ").append("$d").append(k).append(": InfraVLANUpsertInput!");
                        fields.append(" m").append(k).append(": InfraVLANUpsert(data: $d").append(k).append(") { ok object { id } }");
                        values.put("d" + k, java.util.Map.of("name", java.util.Map.of("value", "vlan-" + i),
                                "vlan_id", java.util.Map.of("value", i % 4094 + 1), "location", java.util.Map.of("id", site)));
                    }
                    GraphqlClient.Answer answer = client.graphql("/graphql/main",
                            "mutation Batch(" + declarations + ") {" + fields + " }", values);
                    if (answer.body().has("errors")) {
                        throw new IllegalStateException(answer.body().toString());
                    }
                    continue;
                }
                StringBuilder mutation = new StringBuilder("mutation {");
                for (int i = from; i < from + size; i++) {
                    mutation.append(" m").append(i).append(": InfraVLANUpsert(data: {name: {value: \"vlan-").append(i)
                            .append("\"}, vlan_id: {value: ").append(i % 4094 + 1).append("}, location: {id: \"").append(site)
                            .append("\"}}) { ok object { id } }");
                }
                client.ok(mutation.append(" }").toString());
            }
            long written = System.nanoTime();
            Set<String> ids = new HashSet<>();
            int count = -1;
            for (int offset = 0; count < 0 || offset < count; offset += pageSize) {
                JsonNode page = client.ok("{ InfraVLAN(offset: " + offset + ", limit: " + pageSize
                        + ") { count edges { node { id hfid display_label __typename name { value } vlan_id { value }"
                        + " location { node { id hfid display_label __typename } } } } } }").get("InfraVLAN");
                count = page.get("count").asInt();
                page.get("edges").forEach(edge -> ids.add(edge.at("/node/id").asText()));
            }
            long read = System.nanoTime();
            JsonNode since = client.ok("{ InfraVLAN(node_metadata__updated_at__after: \"2000-01-01T00:00:00Z\", limit: 10) { count } }");
            long incremental = System.nanoTime();
            report(objects, perRequest, pageSize, ids.size(), since.at("/InfraVLAN/count").asInt(),
                    written - start, read - written, incremental - read);
            // The same pages without HTTP: what the GraphQL engine and the store cost on their own.
            GraphqlRuntime runtime = new GraphqlRuntime(sandbox.store().schema(), true);
            long engineStart = System.nanoTime();
            int engineRows = 0;
            int total = count;
            for (int offset = 0; offset < count; offset += pageSize) {
                String query = "{ InfraVLAN(offset: " + offset + ", limit: " + pageSize
                        + ") { count edges { node { id hfid display_label __typename name { value } vlan_id { value }"
                        + " location { node { id hfid display_label __typename } } } } } }";
                int from = offset;
                engineRows += sandbox.store().read(store -> {
                    RequestContext context = new RequestContext(store, store.branch("main").orElseThrow(), true, "x", "1.10.6");
                    Object data = runtime.execute(graphql.ExecutionInput.newExecutionInput().query(query)
                            .graphQLContext(java.util.Map.of(RequestContext.KEY, context)).build()).get("data");
                    return data != null ? Math.min(pageSize, total - from) : 0;
                });
            }
            System.out.printf("engine only (no HTTP, no JSON): read %d objects in %.2f s%n", engineRows,
                    (System.nanoTime() - engineStart) / 1e9);
            long writeStart = System.nanoTime();
            long parseOnly = 0;
            for (int from = 0; from < objects; from += perRequest) {
                StringBuilder mutation = new StringBuilder("mutation {");
                for (int i = from; i < Math.min(objects, from + perRequest); i++) {
                    mutation.append(" m").append(i).append(": InfraVLANUpsert(data: {name: {value: \"again-").append(i)
                            .append("\"}, vlan_id: {value: ").append(i % 4094 + 1).append("}, location: {id: \"").append(site)
                            .append("\"}}) { ok object { id } }");
                }
                String document = mutation.append(" }").toString();
                long p0 = System.nanoTime();
                graphql.parser.Parser.parse(document);
                parseOnly += System.nanoTime() - p0;
                sandbox.store().write(store -> {
                    RequestContext context = new RequestContext(store, store.branch("main").orElseThrow(), true, "x", "1.10.6");
                    return runtime.execute(graphql.ExecutionInput.newExecutionInput().query(document)
                            .graphQLContext(java.util.Map.of(RequestContext.KEY, context)).build());
                });
            }
            System.out.printf("engine only: wrote %d objects in %.2f s (of which parsing %.2f s)%n", objects,
                    (System.nanoTime() - writeStart) / 1e9, parseOnly / 1e9);
        }
    }

    private static void report(int objects, int perRequest, int pageSize, int readBack, int incremental,
            long writeNanos, long readNanos, long incrementalNanos) {
        System.out.printf("objects=%d mutations/request=%d page=%d%n", objects, perRequest, pageSize);
        System.out.printf("write: %.2f s (%.0f objects/s)%n", writeNanos / 1e9, objects / (writeNanos / 1e9));
        System.out.printf("read back %d objects: %.2f s (%.0f objects/s)%n", readBack, readNanos / 1e9, readBack / (readNanos / 1e9));
        System.out.printf("incremental query over %d objects: %.3f s%n", incremental, incrementalNanos / 1e9);
    }
}
