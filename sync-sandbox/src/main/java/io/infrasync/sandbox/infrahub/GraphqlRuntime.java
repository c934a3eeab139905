package io.infrasync.sandbox.infrahub;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.InterfaceWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnionWiringEnvironment;
import graphql.schema.idl.WiringFactory;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The executable GraphQL schema of one emulated server, generated once per Infrahub schema: SDL from
 * {@link SdlGenerator}, every field wired to {@link Fetchers}, interfaces resolved to the stored
 * object's concrete kind, and errors rendered in Infrahub's shape.
 */
final class GraphqlRuntime {

    private static final Pattern FIELD_UNDEFINED = Pattern.compile("Field '([^']+)' in type '([^']+)' is undefined");

    private final String sdl;
    private final GraphQL graphql;

    GraphqlRuntime(InfrahubSchema schema, boolean errorCodes) {
        this.sdl = SdlGenerator.generate(schema);
        Fetchers fetchers = new Fetchers();
        TypeResolver byKind = env -> env.getSchema().getObjectType(((NodeRecord) env.getObject()).kind);
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(Scalars.DATE_TIME).scalar(Scalars.BIG_INT).scalar(Scalars.GENERIC)
                .wiringFactory(new WiringFactory() {
                    @Override
                    public boolean providesTypeResolver(InterfaceWiringEnvironment environment) {
                        return true;
                    }

                    @Override
                    public TypeResolver getTypeResolver(InterfaceWiringEnvironment environment) {
                        return byKind;
                    }

                    @Override
                    public boolean providesTypeResolver(UnionWiringEnvironment environment) {
                        return true;
                    }

                    @Override
                    public TypeResolver getTypeResolver(UnionWiringEnvironment environment) {
                        return byKind;
                    }

                    @Override
                    public DataFetcher<?> getDefaultDataFetcher(FieldWiringEnvironment environment) {
                        return fetchers;
                    }
                })
                .build();
        GraphQLSchema executable;
        try {
            executable = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl), wiring);
        } catch (RuntimeException e) {
            throw new IllegalStateException("the GraphQL schema generated from the Infrahub schema is invalid: "
                    + e.getMessage(), e);
        }
        this.graphql = GraphQL.newGraphQL(executable).defaultDataFetcherExceptionHandler(exceptionHandler(errorCodes))
                .preparsedDocumentProvider(new DocumentCache()).build();
    }

    String sdl() {
        return sdl;
    }

    /** Executes one request and renders the body Infrahub sends (always HTTP 200). */
    Map<String, Object> execute(ExecutionInput input) {
        ExecutionResult result = graphql.execute(input);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", result.isDataPresent() ? result.getData() : null);
        if (!result.getErrors().isEmpty()) {
            List<Object> errors = new ArrayList<>();
            for (GraphQLError error : result.getErrors()) {
                errors.add(render(error));
            }
            body.put("errors", errors);
        }
        return body;
    }

    /** graphql-java's error in graphql-core's words where Infrahub's Python stack says it differently. */
    private static Map<String, Object> render(GraphQLError error) {
        Map<String, Object> rendered = new LinkedHashMap<>(error.toSpecification());
        if (error instanceof ValidationError validation
                && validation.getValidationErrorType() == ValidationErrorType.FieldUndefined) {
            Matcher matcher = FIELD_UNDEFINED.matcher(validation.getDescription());
            if (matcher.find()) {
                rendered.put("message", "Cannot query field '" + matcher.group(1) + "' on type '" + matcher.group(2) + "'.");
            }
        }
        rendered.remove("extensions");
        if (error.getExtensions() != null && error.getExtensions().containsKey("code")) {
            rendered.put("extensions", error.getExtensions());
        }
        return rendered;
    }

    /**
     * Parsing and validating big documents dominates the cost of a write; clients that send the same
     * document with different variables (or page through a kind) get it parsed and validated once.
     */
    private static final class DocumentCache implements graphql.execution.preparsed.PreparsedDocumentProvider {

        private static final int CAPACITY = 256;

        private final Map<String, graphql.execution.preparsed.PreparsedDocumentEntry> entries =
                new java.util.LinkedHashMap<>(CAPACITY, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, graphql.execution.preparsed.PreparsedDocumentEntry> eldest) {
                        return size() > CAPACITY;
                    }
                };

        @Override
        public CompletableFuture<graphql.execution.preparsed.PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                java.util.function.Function<ExecutionInput, graphql.execution.preparsed.PreparsedDocumentEntry> parseAndValidate) {
            graphql.execution.preparsed.PreparsedDocumentEntry cached;
            synchronized (entries) {
                cached = entries.get(input.getQuery());
            }
            if (cached == null) {
                cached = parseAndValidate.apply(input);
                synchronized (entries) {
                    entries.put(input.getQuery(), cached);
                }
            }
            return CompletableFuture.completedFuture(cached);
        }
    }

    private static DataFetcherExceptionHandler exceptionHandler(boolean errorCodes) {
        return parameters -> {
            Throwable exception = parameters.getException();
            GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                    .message(exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage())
                    .location(parameters.getSourceLocation())
                    .path(parameters.getPath());
            if (exception instanceof InfrahubError infrahub && errorCodes) {
                Map<String, Object> extensions = new LinkedHashMap<>();
                extensions.put("code", infrahub.code);
                extensions.put("http_status", infrahub.httpStatus);
                extensions.put("data", infrahub.data);
                builder.extensions(extensions);
            }
            return CompletableFuture.completedFuture(
                    DataFetcherExceptionHandlerResult.newResult().error(builder.build()).build());
        };
    }
}
