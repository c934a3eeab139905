package io.infrasync.sandbox.netbox;

import java.util.List;
import java.util.Map;

/** A 400 answer: DRF's {@code {"<param>": ["<message>"]}} body. */
final class InvalidRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, List<String>> errors;

    InvalidRequest(String field, String message) {
        super(field + ": " + message);
        this.errors = Map.of(field, List.of(message));
    }

    Map<String, List<String>> errors() {
        return errors;
    }
}
