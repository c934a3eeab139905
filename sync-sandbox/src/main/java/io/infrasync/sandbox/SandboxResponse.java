package io.infrasync.sandbox;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an emulator answers: status, headers and body. {@code Content-Length} is computed by the
 * server; an empty body with status 204 is sent without one, as real servers do.
 *
 * @param status  HTTP status
 * @param headers response headers (single-valued)
 * @param body    response body bytes
 */
public record SandboxResponse(int status, Map<String, String> headers, byte[] body) {

    public SandboxResponse {
        headers = Map.copyOf(headers);
        requireNonNull(body, "body is null");
    }

    /** A JSON answer with the given status. */
    public static SandboxResponse json(int status, String json) {
        return new SandboxResponse(status, Map.of("Content-Type", "application/json"),
                json.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON answer serialised with the sandbox's shared mapper. */
    public static SandboxResponse json(int status, Object value) {
        return new SandboxResponse(status, Map.of("Content-Type", "application/json"), SandboxJson.write(value));
    }

    /** An answer without a body (204 No Content and the like). */
    public static SandboxResponse empty(int status) {
        return new SandboxResponse(status, Map.of(), new byte[0]);
    }

    /** A copy with one more header (replacing one of the same name). */
    public SandboxResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SandboxResponse(status, copy, body);
    }

    /** The body decoded as UTF-8. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
