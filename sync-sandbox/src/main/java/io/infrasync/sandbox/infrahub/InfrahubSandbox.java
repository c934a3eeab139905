package io.infrasync.sandbox.infrahub;

import io.infrasync.sandbox.SandboxServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback emulator of an Infrahub 1.x server: {@code /graphql[/<branch>]} executed by graphql-java over
 * a schema generated from Infrahub schema files (plus the built-in core kinds), {@code /api/schema},
 * {@code /api/info}, {@code /api/config}, {@code /schema.graphql}, token auth, branches, node metadata
 * and lineage. Starts in milliseconds on 127.0.0.1 and prints nothing.
 *
 * <pre>{@code
 * try (InfrahubSandbox infrahub = InfrahubSandbox.start(InfrahubSandboxOptions.defaults())) {
 *     // point the client at infrahub.baseUrl() with X-INFRAHUB-KEY: infrahub.token()
 *     infrahub.store().list("main", "BuiltinTag");
 *     infrahub.server().faults().route("POST", "/graphql/.*", new Fault.ServerError(502, "{}"), 1);
 * }
 * }</pre>
 */
public final class InfrahubSandbox implements AutoCloseable {

    private static final String CORE_SCHEMA = "infrahub/core/core.yml";

    /** One compiled schema (model + GraphQL engine) per distinct set of schema texts. */
    private static final Map<String, Compiled> COMPILED = new ConcurrentHashMap<>();

    private record Compiled(InfrahubSchema schema, GraphqlRuntime runtime) {
    }

    private final SandboxServer server;
    private final InfrahubStore store;
    private final InfrahubSandboxOptions options;
    private final GraphqlRuntime runtime;

    private InfrahubSandbox(SandboxServer server, InfrahubStore store, InfrahubSandboxOptions options, GraphqlRuntime runtime) {
        this.server = server;
        this.store = store;
        this.options = options;
        this.runtime = runtime;
    }

    /**
     * Loads the schemas and data of {@code options} and starts listening.
     *
     * @throws IllegalArgumentException when a schema file or the data dump is invalid (the message names it)
     */
    public static InfrahubSandbox start(InfrahubSandboxOptions options) {
        List<SchemaDocument> documents = new ArrayList<>();
        documents.add(resource(CORE_SCHEMA));
        options.schemaResources().forEach(name -> documents.add(resource(name)));
        for (Path file : options.schemaFiles()) {
            try {
                documents.add(new SchemaDocument(file.toString(), Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read Infrahub schema file " + file, e);
            }
        }
        StringBuilder key = new StringBuilder(options.errorCodes() ? "codes" : "legacy");
        documents.forEach(document -> key.append('\u0000').append(document.text()));
        Compiled compiled = COMPILED.computeIfAbsent(InfrahubSchema.md5(key.toString()), k -> {
            InfrahubSchema schema = SchemaLoader.load(documents);
            return new Compiled(schema, new GraphqlRuntime(schema, options.errorCodes()));
        });
        InfrahubStore store = new InfrahubStore(compiled.schema(), options.clock(), options.seed());
        String data = options.dataJson();
        if (options.dataFile() != null) {
            try {
                data = Files.readString(options.dataFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read Infrahub data dump " + options.dataFile(), e);
            }
        }
        if (data != null) {
            store.loadJson(data);
        }
        store.write(s -> {
            s.seedDefaultNamespace();
            return null;
        });
        String deploymentId = UUID.nameUUIDFromBytes(("infrahub-sandbox-" + options.seed()).getBytes(StandardCharsets.UTF_8))
                .toString();
        InfrahubHandler handler = new InfrahubHandler(store, compiled.runtime(), options, deploymentId);
        return new InfrahubSandbox(SandboxServer.start("infrahub", options.port(), handler), store, options,
                compiled.runtime());
    }

    private static SchemaDocument resource(String name) {
        try (InputStream in = InfrahubSandbox.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("Infrahub schema resource " + name + " is not on the classpath");
            }
            return new SchemaDocument(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Infrahub schema resource " + name, e);
        }
    }

    /** {@code http://127.0.0.1:<port>}, the address to give the SDK or adapter. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** The API token to send as {@code X-INFRAHUB-KEY}. */
    public String token() {
        return options.token();
    }

    /** The HTTP server: fault injection ({@code server().faults()}) and the request log. */
    public SandboxServer server() {
        return server;
    }

    /** The data, for tests to seed, inspect and change. */
    public InfrahubStore store() {
        return store;
    }

    /** The SDL served at {@code /schema.graphql}. */
    public String graphqlSchema() {
        return runtime.sdl();
    }

    /** The {@code /api/schema} hash ({@code main}) of the loaded schema. */
    public String schemaHash() {
        return store.schema().hash();
    }

    @Override
    public void close() {
        server.close();
    }
}
