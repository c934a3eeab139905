package io.infrasync.core.domain.config;

import static java.util.Objects.requireNonNull;

/**
 * One entry of {@code filters}: keep a source record only if {@code operation} holds between the value at
 * {@code field} (a dotted path into the record) and {@code value}.
 *
 * @param field     dotted path into the source record
 * @param operation the operation
 * @param value     the operand as written in YAML (JSON-like: String, Number, Boolean, List, Map or null);
 *                  ignored by the unary operations
 */
public record FilterSpec(String field, FilterOperation operation, Object value) {

    public FilterSpec {
        requireNonNull(field, "field is null");
        requireNonNull(operation, "operation is null");
    }
}
