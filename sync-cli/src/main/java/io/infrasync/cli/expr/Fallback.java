package io.infrasync.cli.expr;

/**
 * Thrown by a compiled expression when a value falls outside the exactly reproduced part of Jinjava's
 * semantics (a type combination, an error): the caller then evaluates the record with Jinjava, which gives
 * the authoritative result or error. One shared instance without a stack trace, since it is control flow.
 */
final class Fallback extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final Fallback INSTANCE = new Fallback();

    private Fallback() {
        super("outside the compiled subset", null, false, false);
    }
}
