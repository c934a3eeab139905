package io.infrasync.adapter.infrahub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.infrasync.spi.AdapterContext;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.model.ErrorKind;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * HTTP to one Infrahub server: GraphQL posts to {@code /graphql/<branch>} and REST gets, with the token in
 * {@code X-INFRAHUB-KEY}, retries with exponential backoff and full jitter on connection errors, 5xx and
 * 429 (honouring {@code Retry-After}) inside a total deadline, and status codes mapped to {@link ErrorKind}s.
 * Never logs or reports the token.
 */
final class HttpTransport {

    /** A successful answer: the JSON body and the server's {@code Date} header, if any. */
    record Reply(JsonNode body, Optional<Instant> date) {
    }

    private final HttpClient client;
    private final InfrahubSettings settings;
    private final AdapterContext context;
    private final ObjectMapper mapper;

    HttpTransport(InfrahubSettings settings, AdapterContext context, ObjectMapper mapper) {
        this.settings = settings;
        this.context = context;
        this.mapper = mapper;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(context.http().connectTimeout())
                .proxy(context.proxySelector())
                .sslContext(TlsSupport.sslContext(settings.verifySsl(), settings.caBundle()))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Posts a GraphQL document to the branch's endpoint; GraphQL errors are left to the caller. */
    Reply graphql(String branch, String query, Map<String, Object> variables, String what) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (variables != null && !variables.isEmpty()) {
            body.put("variables", variables);
        }
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new AdapterException(ErrorKind.INVALID_DATA, what + ": cannot encode the request as JSON: " + e.getOriginalMessage(), e);
        }
        URI uri = URI.create(settings.url() + (branch == null ? "/graphql" : "/graphql/" + encodePath(branch)));
        return send(() -> base(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build(), what, branch);
    }

    /** Gets a REST resource, for example {@code /api/schema?branch=main}. */
    Reply get(String pathAndQuery, String what) {
        URI uri = URI.create(settings.url() + pathAndQuery);
        return send(() -> base(uri).GET().build(), what, null);
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Branch names may contain '/', which Infrahub's {@code /graphql/{branch:path}} route accepts as is. */
    private static String encodePath(String branch) {
        StringBuilder out = new StringBuilder();
        for (String segment : branch.split("/", -1)) {
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return out.toString();
    }

    private HttpRequest.Builder base(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("User-Agent", context.http().userAgent()).header("Accept", "application/json");
        settings.token().ifPresent(token -> builder.header("X-INFRAHUB-KEY", token));
        return builder;
    }

    private interface RequestFactory {
        HttpRequest build();
    }

    private Reply send(RequestFactory factory, String what, String branch) {
        long deadline = System.nanoTime() + settings.retryDeadline().toNanos();
        int attempt = 0;
        while (true) {
            context.throwIfCancelled();
            AdapterException failure;
            try {
                HttpResponse<byte[]> response = client.send(factory.build(), HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return new Reply(parse(response.body(), what), date(response));
                }
                failure = statusFailure(status, response, what, branch);
            } catch (HttpTimeoutException e) {
                failure = new AdapterException(ErrorKind.TRANSIENT, what + ": Infrahub at " + settings.url()
                        + " did not answer within " + settings.timeout().toSeconds() + " s", e);
            } catch (IOException e) {
                failure = new AdapterException(ErrorKind.TRANSIENT, what + ": connection to Infrahub at " + settings.url()
                        + " failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AdapterException(ErrorKind.TRANSIENT, what + ": interrupted", e);
            }
            if (!failure.isRetryable() || attempt >= settings.maxRetries()) {
                throw failure;
            }
            int done = attempt;
            Duration wait = failure.retryAfter().orElseGet(() -> backoff(done));
            long remaining = deadline - System.nanoTime();
            if (wait.toNanos() > remaining) {
                throw new AdapterException(failure.kind(), failure.getMessage() + " (gave up: retry deadline of "
                        + settings.retryDeadline().toSeconds() + " s reached)", failure.getCause());
            }
            context.logger().log(System.Logger.Level.DEBUG, "{0}: retrying in {1} ms after: {2}", what, wait.toMillis(),
                    failure.getMessage());
            sleep(wait, what);
            attempt++;
        }
    }

    /** Exponential backoff with full jitter: uniform in [base, base * 2^attempt]. */
    private Duration backoff(int attempt) {
        long base = settings.retryBackoff().toMillis();
        long ceiling = base << Math.min(attempt, 10);
        return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(Math.max(1, ceiling - base + 1)));
    }

    private void sleep(Duration wait, String what) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdapterException(ErrorKind.TRANSIENT, what + ": interrupted while waiting to retry", e);
        }
    }

    private AdapterException statusFailure(int status, HttpResponse<byte[]> response, String what, String branch) {
        String detail = errorDetail(response.body());
        String where = "Infrahub at " + settings.url();
        if (status == 401 || status == 403) {
            return new AdapterException(ErrorKind.AUTH, what + ": " + where + " refused the request (HTTP " + status
                    + (detail.isEmpty() ? "" : ": " + detail) + "): check the token (setting 'token' or INFRAHUB_API_TOKEN)");
        }
        if (status == 429) {
            Duration after = response.headers().firstValue("Retry-After").flatMap(HttpTransport::retryAfter)
                    .orElse(Duration.ZERO);
            return AdapterException.rateLimited(what + ": " + where + " asked to slow down (HTTP 429)",
                    after.isZero() ? backoff(0) : after);
        }
        if (status >= 500) {
            return new AdapterException(ErrorKind.TRANSIENT, what + ": " + where + " answered HTTP " + status
                    + (detail.isEmpty() ? "" : ": " + detail));
        }
        if (status == 404 && branch != null) {
            return new AdapterException(ErrorKind.NOT_FOUND, what + ": branch '" + branch + "' does not exist in " + where
                    + (detail.isEmpty() ? "" : " (" + detail + ")"));
        }
        if (status == 404) {
            return new AdapterException(ErrorKind.NOT_FOUND, what + ": " + where + " answered HTTP 404"
                    + (detail.isEmpty() ? "" : ": " + detail));
        }
        return new AdapterException(ErrorKind.INVALID_DATA, what + ": " + where + " answered HTTP " + status
                + (detail.isEmpty() ? "" : ": " + detail));
    }

    private static Optional<Duration> retryAfter(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
        } catch (NumberFormatException e) {
            return Optional.empty(); // an HTTP-date would need the host clock; the backoff is used instead
        }
    }

    private static Optional<Instant> date(HttpResponse<?> response) {
        return response.headers().firstValue("Date").flatMap(value -> {
            try {
                return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    /** The first error message of Infrahub's envelopes ({@code errors: ["..."]}, {@code errors: [{message}]}, {@code detail}), one line. */
    private String errorDetail(byte[] body) {
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null) {
                return "";
            }
            JsonNode first = node.path("errors").path(0);
            String text = first.isTextual() ? first.asText() : first.path("message").asText("");
            if (text.isEmpty()) {
                text = node.path("detail").isTextual() ? node.path("detail").asText() : "";
            }
            return oneLine(text);
        } catch (IOException e) {
            return "";
        }
    }

    static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private JsonNode parse(byte[] body, String what) {
        try {
            JsonNode node = mapper.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new AdapterException(ErrorKind.INVALID_DATA, what + ": Infrahub at " + settings.url() + " sent an empty body");
            }
            return node;
        } catch (IOException e) {
            throw new AdapterException(ErrorKind.INVALID_DATA, what + ": Infrahub at " + settings.url()
                    + " sent a body that is not JSON", e);
        }
    }
}
