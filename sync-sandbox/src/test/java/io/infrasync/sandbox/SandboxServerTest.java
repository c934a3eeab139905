package io.infrasync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SandboxServerTest {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SandboxServer server = SandboxServer.start("test", 0, request -> SandboxResponse.json(200,
            Map.of("path", request.path(), "q", request.param("q").orElse(""), "body", request.bodyText(),
                    "base", request.baseUrl())));

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void bindsToLoopbackOnAnEphemeralPortAndAnswersThroughTheHandler() throws Exception {
        assertThat(server.port()).isPositive();
        HttpResponse<String> response = get("/api/dcim/sites/?q=a+b%2Fc");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(response.body()).contains("\"q\":\"a b/c\"").contains("\"path\":\"/api/dcim/sites/\"")
                .contains("\"base\":\"http://127.0.0.1:" + server.port() + "\"");
    }

    @Test
    void logsMethodPathQueryStatusAndBody() throws Exception {
        client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/graphql?x=1"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ a }\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(server.requestLog().entries())
                .containsExactly(new RequestLog.Entry("POST", "/graphql", "x=1", 200, "{\"query\":\"{ a }\"}"));
    }

    @Test
    void statsEndpointCountsAnsweredRequestsButNotItselfNorFaultsOnIt() throws Exception {
        assertThat(get(SandboxServer.STATS_PATH).body())
                .isEqualTo("{\"requests\":0,\"by_method\":{},\"request_bytes\":0,\"response_bytes\":0}");
        server.faults().global(new Fault.ServerError(502, "{}"), FaultPlan.ALWAYS);
        assertThat(get("/a").statusCode()).isEqualTo(502);
        server.faults().clear();
        String body = "{\"x\":1}";
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/b"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> stats = get(SandboxServer.STATS_PATH);
        assertThat(stats.statusCode()).isEqualTo(200);
        assertThat(stats.headers().firstValue("Content-Type")).contains("application/json");
        long sent = 2 + posted.body().length();
        assertThat(stats.body()).isEqualTo("{\"requests\":2,\"by_method\":{\"GET\":1,\"POST\":1},\"request_bytes\":"
                + body.length() + ",\"response_bytes\":" + sent + "}");
        assertThat(server.requestLog().entries()).extracting(RequestLog.Entry::path).containsExactly("/a", "/b");
        server.requestLog().clear();
        assertThat(server.stats().snapshot().requests()).isEqualTo(2);
    }

    @Test
    void serverErrorFaultFiresTheGivenNumberOfTimesOnItsRouteOnly() throws Exception {
        server.faults().route("GET", "/api/dcim/.*", new Fault.ServerError(503, "{\"detail\":\"down\"}"), 2);
        assertThat(get("/api/ipam/prefixes/").statusCode()).isEqualTo(200);
        assertThat(get("/api/dcim/sites/").statusCode()).isEqualTo(503);
        assertThat(get("/api/dcim/sites/").body()).isEqualTo("{\"detail\":\"down\"}");
        assertThat(get("/api/dcim/sites/").statusCode()).isEqualTo(200);
    }

    @Test
    void tooManyRequestsCarriesRetryAfter() throws Exception {
        server.faults().global(new Fault.TooManyRequests(7), 1);
        HttpResponse<String> response = get("/x");
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).contains("7");
        assertThat(get("/x").statusCode()).isEqualTo(200);
    }

    @Test
    void connectionResetDropsTheConnectionWithoutAStatus() {
        // The JDK client silently retries an idempotent request once on a dropped connection, so the
        // fault must outlast that retry for the caller to see it.
        server.faults().global(new Fault.ConnectionReset(), FaultPlan.ALWAYS);
        assertThatThrownBy(() -> get("/x")).isInstanceOf(IOException.class);
        assertThat(server.requestLog().entries()).isNotEmpty().allSatisfy(entry -> assertThat(entry.status()).isZero());
        server.faults().clear();
    }

    @Test
    void truncatedBodyEndsBeforeTheAnnouncedLength() {
        server.faults().global(new Fault.TruncatedBody(0.5), FaultPlan.ALWAYS);
        assertThatThrownBy(() -> get("/a-long-enough-path-to-have-a-body")).isInstanceOf(IOException.class);
    }

    @Test
    void latencyAndSlowBodyDelayButDeliverTheWholeAnswer() throws Exception {
        server.faults().global(new Fault.Latency(Duration.ofMillis(150)), 1);
        server.faults().global(new Fault.SlowBody(8, Duration.ofMillis(5)), 1);
        long start = System.nanoTime();
        HttpResponse<String> first = get("/slow");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(first.body()).contains("/slow");
        assertThat(get("/slow").body()).contains("\"path\":\"/slow\"");
    }

    @Test
    void anEmulatorExceptionBecomesA500NamingTheCause() throws Exception {
        try (SandboxServer failing = SandboxServer.start("failing", 0, request -> {
            throw new IllegalStateException("boom");
        })) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(failing.baseUrl() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("boom");
        }
    }
}
