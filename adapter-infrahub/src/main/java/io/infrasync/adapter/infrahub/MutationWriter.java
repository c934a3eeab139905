package io.infrasync.adapter.infrahub;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.model.ErrorKind;
import io.infrasync.spi.model.OperationResult;
import io.infrasync.spi.model.WriteBatch;
import io.infrasync.spi.model.WriteOperation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Applies a write batch as batched GraphQL requests: {@code batch_size} aliased mutations per request
 * ({@code op0: InfraDeviceUpsert(data: $d0) {...} op1: ...}), up to {@code max_concurrency} requests in
 * flight. Mutations of one request run in order (GraphQL executes mutation fields serially); requests run
 * concurrently only when that cannot change the outcome: a request holding a delete or a peer reference by
 * human-friendly id (which may name a node created earlier in the batch) waits for every earlier request, and
 * later requests wait for a request holding deletes. Each operation gets its own result: errors are mapped to
 * the operation by their GraphQL path (the alias); an answer whose errors carry no path (a document rejected
 * as a whole, for example a value of the wrong type in one input) is retried one operation per request to
 * find the culprit, so the rest of the batch is still applied.
 */
final class MutationWriter {

    private final InfrahubClient client;
    private final SchemaCatalog catalog;
    private final MutationInputs inputs;
    private final ExecutorService executor;
    private final int batchSize;
    private final Runnable cancellationCheck;

    /** One operation translated to a mutation, or already failed before sending. */
    private record Prepared(int index, String field, String inputType, Map<String, Object> input, WriteOperation operation) {
    }

    private record Chunk(List<Prepared> operations, boolean waitsForEarlier, boolean holdsDeletes) {
    }

    MutationWriter(InfrahubClient client, SchemaCatalog catalog, MutationInputs inputs, ExecutorService executor, int batchSize,
            Runnable cancellationCheck) {
        this.cancellationCheck = cancellationCheck;
        this.client = client;
        this.catalog = catalog;
        this.inputs = inputs;
        this.executor = executor;
        this.batchSize = batchSize;
    }

    List<OperationResult> write(WriteBatch batch) {
        List<WriteOperation> operations = batch.operations();
        OperationResult[] results = new OperationResult[operations.size()];
        List<Prepared> prepared = new ArrayList<>();
        Map<String, Integer> createdKeys = new HashMap<>();
        for (int i = 0; i < operations.size(); i++) {
            try {
                Prepared p = prepare(i, operations.get(i));
                String duplicate = duplicateKey(p);
                if (duplicate != null && createdKeys.putIfAbsent(duplicate, i) != null) {
                    results[i] = OperationResult.failed(ErrorKind.CONFLICT, "create #" + (i + 1) + " of "
                            + p.operation().resource() + " has the same human-friendly id " + p.input().get("hfid") + " as create #"
                            + (createdKeys.get(duplicate) + 1) + " of this batch: two source objects would collapse into one Infrahub node");
                    continue;
                }
                prepared.add(p);
            } catch (InvalidOperation e) {
                results[i] = OperationResult.failed(e.kind, e.getMessage());
            }
        }
        List<Future<?>> inFlight = new ArrayList<>();
        for (Chunk chunk : chunks(prepared)) {
            try {
                cancellationCheck.run(); // a cancelled run sends no further request; those in flight complete
            } catch (CancellationException e) {
                awaitAll(inFlight);
                throw e;
            }
            if (chunk.waitsForEarlier()) {
                awaitAll(inFlight);
            }
            inFlight.add(executor.submit(() -> execute(chunk.operations(), results)));
            if (chunk.holdsDeletes()) {
                awaitAll(inFlight);
            }
        }
        awaitAll(inFlight);
        List<OperationResult> list = new ArrayList<>(results.length);
        for (OperationResult result : results) {
            list.add(result);
        }
        return list;
    }

    private static String duplicateKey(Prepared p) {
        return p.operation() instanceof WriteOperation.Create && p.input().get("hfid") != null
                ? p.field() + "\u0000" + p.input().get("hfid") : null;
    }

    private List<Chunk> chunks(List<Prepared> prepared) {
        List<Chunk> chunks = new ArrayList<>();
        for (int from = 0; from < prepared.size(); from += batchSize) {
            List<Prepared> part = prepared.subList(from, Math.min(prepared.size(), from + batchSize));
            boolean deletes = part.stream().anyMatch(p -> p.operation() instanceof WriteOperation.Delete);
            boolean byHfid = part.stream().anyMatch(p -> MutationInputs.refersByHfid(p.input()));
            chunks.add(new Chunk(List.copyOf(part), deletes || byHfid, deletes));
        }
        return chunks;
    }

    private Prepared prepare(int index, WriteOperation operation) {
        SchemaCatalog.Kind kind = catalog.kind(operation.resource()).orElseThrow(() -> new InvalidOperation(ErrorKind.NOT_FOUND,
                "kind " + operation.resource() + " does not exist in the Infrahub schema of branch '" + client.branch() + "'"));
        if (kind.generic()) {
            throw new InvalidOperation(ErrorKind.INVALID_DATA, operation.resource()
                    + " is a generic: write to one of its kinds " + kind.usedBy());
        }
        String k = kind.name();
        if (operation instanceof WriteOperation.Create create) {
            Map<String, Object> input = inputs.create(kind, create.data());
            return new Prepared(index, k + "Upsert", k + "UpsertInput!", input, operation);
        }
        if (operation instanceof WriteOperation.Update update) {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("id", update.localId());
            input.putAll(inputs.update(kind, update.data()));
            return new Prepared(index, k + "Update", k + "UpdateInput!", input, operation);
        }
        WriteOperation.Delete delete = (WriteOperation.Delete) operation;
        return new Prepared(index, k + "Delete", "DeleteInput!", Map.of("id", delete.localId()), operation);
    }

    /** Sends one request; on a document-level rejection, isolates the failing operation by sending one per request. */
    private void execute(List<Prepared> chunk, OperationResult[] results) {
        StringBuilder header = new StringBuilder("mutation Write(");
        StringBuilder body = new StringBuilder();
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            Prepared p = chunk.get(i);
            header.append(i == 0 ? "" : ", ").append("$d").append(i).append(": ").append(p.inputType());
            body.append(" op").append(i).append(": ").append(p.field()).append("(data: $d").append(i).append(") { ok")
                    .append(p.operation() instanceof WriteOperation.Create ? " object { id }" : "").append(" }");
            variables.put("d" + i, p.input());
        }
        String document = header.append(") {").append(body).append(" }").toString();
        String what = "writing " + chunk.size() + " operation(s) to branch '" + client.branch() + "'";
        JsonNode answer;
        try {
            answer = client.graphql(document, variables, what);
        } catch (AdapterException e) {
            if (e.kind() == ErrorKind.AUTH) {
                throw e;
            }
            for (Prepared p : chunk) {
                results[p.index()] = OperationResult.failed(e.kind(), describe(p) + ": " + e.getMessage());
            }
            return;
        }
        Map<String, JsonNode> errorsByAlias = new HashMap<>();
        List<JsonNode> unattributed = new ArrayList<>();
        for (JsonNode error : answer.path("errors")) {
            JsonNode path = error.path("path");
            if (path.isArray() && path.size() > 0 && path.get(0).asText().startsWith("op")) {
                errorsByAlias.putIfAbsent(path.get(0).asText(), error);
            } else {
                unattributed.add(error);
            }
        }
        JsonNode data = answer.path("data");
        if (!unattributed.isEmpty() && (data.isNull() || data.isMissingNode() || data.isEmpty())) {
            if (chunk.size() > 1) {
                for (Prepared p : chunk) {
                    execute(List.of(p), results);
                }
                return;
            }
            JsonNode error = unattributed.get(0);
            Prepared p = chunk.get(0);
            ErrorKind kind = error.isTextual() ? ErrorKind.INVALID_DATA : GraphqlErrors.kindOf(error);
            results[p.index()] = OperationResult.failed(kind, describe(p) + ": "
                    + (error.isTextual() ? error.asText() : GraphqlErrors.message(error)));
            return;
        }
        for (int i = 0; i < chunk.size(); i++) {
            Prepared p = chunk.get(i);
            String alias = "op" + i;
            JsonNode error = errorsByAlias.get(alias);
            JsonNode result = data.path(alias);
            if (error != null) {
                results[p.index()] = OperationResult.failed(GraphqlErrors.kindOf(error), describe(p) + ": " + GraphqlErrors.message(error));
            } else if (!result.path("ok").asBoolean(false)) {
                results[p.index()] = OperationResult.failed(ErrorKind.INVALID_DATA, describe(p) + ": Infrahub did not confirm it (ok is not true)"
                        + (unattributed.isEmpty() ? "" : ": " + GraphqlErrors.message(unattributed.get(0))));
            } else {
                results[p.index()] = OperationResult.applied(resultId(p, result));
            }
        }
    }

    private static String resultId(Prepared p, JsonNode result) {
        if (p.operation() instanceof WriteOperation.Update update) {
            return update.localId();
        }
        if (p.operation() instanceof WriteOperation.Delete delete) {
            return delete.localId();
        }
        String id = result.path("object").path("id").asText("");
        if (id.isBlank()) {
            throw new AdapterException(ErrorKind.INVALID_DATA, describe(p) + ": Infrahub returned no id for the created node");
        }
        return id;
    }

    private static String describe(Prepared p) {
        WriteOperation op = p.operation();
        return switch (op.action()) {
            case CREATE -> "create of " + op.resource();
            case UPDATE -> "update of " + op.resource() + " " + ((WriteOperation.Update) op).localId();
            case DELETE -> "delete of " + op.resource() + " " + ((WriteOperation.Delete) op).localId();
        };
    }

    private static void awaitAll(List<Future<?>> futures) {
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(f -> f.cancel(true));
            throw new CancellationException("interrupted while writing");
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AdapterException(ErrorKind.TRANSIENT, "writing: " + cause, cause);
        } finally {
            futures.clear();
        }
    }

    /** An operation that cannot be sent (unknown kind or field, malformed value). */
    static final class InvalidOperation extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ErrorKind kind;

        InvalidOperation(ErrorKind kind, String message) {
            super(message);
            this.kind = kind;
        }
    }
}
