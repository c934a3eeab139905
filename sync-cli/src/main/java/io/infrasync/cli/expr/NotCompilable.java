package io.infrasync.cli.expr;

/** Thrown by {@link ExpressionParser} for an expression outside the compiled subset (Jinjava evaluates it). */
final class NotCompilable extends Exception {

    private static final long serialVersionUID = 1L;

    NotCompilable(String reason) {
        super(reason, null, false, false);
    }
}
