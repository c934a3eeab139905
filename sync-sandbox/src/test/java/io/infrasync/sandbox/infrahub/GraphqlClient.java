package io.infrasync.sandbox.infrahub;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrasync.sandbox.SandboxJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A minimal Infrahub client for the tests: POST GraphQL documents, GET REST endpoints. */
final class GraphqlClient {

    /** Status and parsed body. */
    record Answer(int status, JsonNode body) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;

    GraphqlClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    GraphqlClient withToken(String otherToken) {
        return new GraphqlClient(baseUrl, otherToken);
    }

    Answer graphql(String path, String query) {
        return graphql(path, query, Map.of());
    }

    Answer graphql(String path, String query, Map<String, Object> variables) {
        byte[] body = SandboxJson.write(Map.of("query", query, "variables", variables));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("X-INFRAHUB-KEY", token);
        }
        return send(request.build());
    }

    /** A mutation or query on main through {@code /graphql/main}, as the SDK sends it. */
    JsonNode ok(String query) {
        Answer answer = graphql("/graphql/main", query);
        if (answer.status() != 200 || answer.body().has("errors")) {
            throw new AssertionError("GraphQL call failed: " + answer.status() + " " + answer.body());
        }
        return answer.body().get("data");
    }

    Answer get(String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("X-INFRAHUB-KEY", token);
        }
        return send(request.build());
    }

    String getText(String pathAndQuery) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), SandboxJson.read(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
