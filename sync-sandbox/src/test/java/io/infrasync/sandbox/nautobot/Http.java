package io.infrasync.sandbox.nautobot;

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

/** A tiny java.net.http client for the emulator tests. */
final class Http {

    record Answer(int status, JsonNode json, HttpResponse<String> raw) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    Http(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    Answer get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, authorization, null);
    }

    Answer send(String method, String pathAndQuery, String body) {
        return send(method, pathAndQuery, body, authorization, null);
    }

    Answer send(String method, String pathAndQuery, String body, String auth, String accept) {
        String url = pathAndQuery.startsWith("http") ? pathAndQuery : base + pathAndQuery;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (auth != null) {
            builder.header("Authorization", auth);
        }
        builder.header("Accept", accept == null ? "application/json" : accept);
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isEmpty() ? null
                    : SandboxJson.read(response.body().getBytes(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), json, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
