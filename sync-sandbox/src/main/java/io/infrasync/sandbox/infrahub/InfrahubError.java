package io.infrasync.sandbox.infrahub;

import java.util.Map;

/**
 * An error Infrahub reports inside a GraphQL answer (HTTP 200): the message, the catalogue code
 * ({@code NODE_NOT_FOUND}, {@code UNIQUENESS_VIOLATION}…), the HTTP status it stands for and its data.
 */
final class InfrahubError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final String code;
    final int httpStatus;
    final transient Map<String, Object> data;

    InfrahubError(String code, int httpStatus, String message, Map<String, Object> data) {
        super(message);
        this.code = code;
        this.httpStatus = httpStatus;
        this.data = Map.copyOf(data);
    }

    static InfrahubError nodeNotFound(String identifier, String kind) {
        return new InfrahubError("NODE_NOT_FOUND", 404,
                "Unable to find the node " + identifier + " / " + kind + " in the database.",
                Map.of("node_kind", kind, "identifier", identifier));
    }

    static InfrahubError required(String kind, String field) {
        return new InfrahubError("ATTRIBUTE_REQUIRED", 422, "A value is required for " + kind + "." + field,
                Map.of("node_kind", kind, "field_name", field));
    }

    static InfrahubError constraint(String kind, String field, String constraint, String detail, String message) {
        return new InfrahubError("ATTRIBUTE_CONSTRAINT_VIOLATION", 422, message,
                Map.of("node_kind", kind, "field_name", field, "constraint", constraint, "detail", detail));
    }

    static InfrahubError invalidType(String kind, String field, String expected, String received) {
        return new InfrahubError("ATTRIBUTE_INVALID_TYPE", 422,
                "Value for " + kind + "." + field + " must be of type " + expected + ", received " + received,
                Map.of("node_kind", kind, "field_name", field, "expected_type", expected, "received_type", received));
    }

    static InfrahubError validation(String message) {
        return new InfrahubError("VALIDATION_ERROR", 422, message, Map.of());
    }
}
