package io.infrasync.adapter.infrahub;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrasync.spi.AdapterException;
import io.infrasync.spi.model.ErrorKind;
import java.util.Locale;

/**
 * Classifies the errors of a GraphQL answer (sent with HTTP 200). Newer servers put an error-catalogue
 * code in {@code extensions.code} ({@code NODE_NOT_FOUND}, {@code UNIQUENESS_VIOLATION}…) or an HTTP status
 * in {@code extensions.http_status}; older ones only a message, for which a few well-known phrasings are
 * recognised as a last resort.
 */
final class GraphqlErrors {

    private GraphqlErrors() {
    }

    static ErrorKind kindOf(JsonNode error) {
        JsonNode extensions = error.path("extensions");
        JsonNode code = extensions.path("code");
        if (code.isTextual()) {
            switch (code.asText().toUpperCase(Locale.ROOT)) {
                case "NODE_NOT_FOUND", "SCHEMA_NOT_FOUND", "BRANCH_NOT_FOUND", "RESOURCE_NOT_FOUND":
                    return ErrorKind.NOT_FOUND;
                case "UNIQUENESS_VIOLATION", "BRANCH_NEEDS_REBASE", "MERGE_IN_PROGRESS", "CONFLICT":
                    return ErrorKind.CONFLICT;
                case "PERMISSION_DENIED", "AUTHENTICATION_REQUIRED", "TOKEN_EXPIRED", "AUTHENTICATION_FAILED":
                    return ErrorKind.AUTH;
                default:
                    break;
            }
        }
        int status = code.isInt() ? code.asInt() : extensions.path("http_status").asInt(0);
        if (status == 401 || status == 403) {
            return ErrorKind.AUTH;
        }
        if (status == 404) {
            return ErrorKind.NOT_FOUND;
        }
        if (status == 409) {
            return ErrorKind.CONFLICT;
        }
        if (status == 429) {
            return ErrorKind.RATE_LIMITED;
        }
        if (status >= 500) {
            return ErrorKind.TRANSIENT;
        }
        if (status >= 400) {
            return ErrorKind.INVALID_DATA;
        }
        String message = error.path("message").asText("").toLowerCase(Locale.ROOT);
        if (message.startsWith("unable to find the node") || message.contains("not found")) {
            return ErrorKind.NOT_FOUND;
        }
        if (message.contains("already has") || message.contains("already exists") || message.contains("violates uniqueness")) {
            return ErrorKind.CONFLICT;
        }
        if (message.contains("authentication") || message.contains("permission")) {
            return ErrorKind.AUTH;
        }
        return ErrorKind.INVALID_DATA;
    }

    static String message(JsonNode error) {
        return HttpTransport.oneLine(error.path("message").asText("unknown GraphQL error"));
    }

    /** Throws the first error of an answer as the failure of a whole call (reads, schema, branch checks). */
    static void throwIfAny(JsonNode body, String what) {
        JsonNode errors = body.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            JsonNode first = errors.get(0);
            String text = first.isTextual() ? first.asText() : message(first);
            ErrorKind kind = first.isTextual() ? ErrorKind.INVALID_DATA : kindOf(first);
            throw new AdapterException(kind, what + ": Infrahub answered with an error: " + text
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        }
    }
}
