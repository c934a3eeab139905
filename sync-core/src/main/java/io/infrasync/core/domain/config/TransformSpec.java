package io.infrasync.core.domain.config;

import static java.util.Objects.requireNonNull;

/**
 * One entry of {@code transforms}: evaluate the Jinja {@code expression} with the source record as context
 * and store the result under {@code field} of the record, before the fields are mapped.
 *
 * @param field      the record key (a dotted path writes into nested objects)
 * @param expression the Jinja template
 */
public record TransformSpec(String field, String expression) {

    public TransformSpec {
        requireNonNull(field, "field is null");
        requireNonNull(expression, "expression is null");
    }
}
