package io.infrasync.core.port.out;

import java.util.Map;

/**
 * Evaluates the Jinja expressions of {@code schema_mapping[].transforms}. The core compiles each expression
 * once per run and evaluates the compiled form once per record, so implementations should do all parsing
 * in {@link #compile}.
 *
 * <p>Semantics required of implementations (those of the original's {@code NativeEnvironment} with
 * {@code StrictUndefined}): an undefined name is an error, not an empty string; a template that is a single
 * {@code {{ expression }}} returns the expression's native value (a String, Number, Boolean, List, Map or
 * null); any other template renders to text, which is then read as a Python literal when it is one
 * ({@code 42}, {@code 1.5}, {@code True}, {@code None}) and returned as a String otherwise. A {@code null}
 * result means "None": the core leaves the field unset.
 */
public interface ExpressionEvaluator {

    /**
     * Parses {@code expression}.
     *
     * @throws ExpressionException when it is not a valid template (the message says where and why)
     */
    Compiled compile(String expression);

    /** A parsed expression. Implementations must be safe to evaluate from several threads at once. */
    interface Compiled {

        /**
         * Evaluates against one record.
         *
         * @param context the record: top-level keys are the template's variables; values are JSON-like
         * @return the native result, or null for None
         * @throws ExpressionException when evaluation fails (undefined name, type error, ...)
         */
        Object evaluate(Map<String, Object> context);
    }

    /** A template that does not parse or does not evaluate. */
    final class ExpressionException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public ExpressionException(String message) {
            super(message);
        }

        public ExpressionException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
