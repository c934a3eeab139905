package io.infrasync.cli.expr;

/** One lexical token of a Jinja expression. */
record Token(Kind kind, String text) {

    enum Kind { NAME, STRING, INTEGER, FLOAT, OPERATOR, END }

    boolean is(Kind expected, String value) {
        return kind == expected && text.equals(value);
    }

    boolean isOperator(String value) {
        return is(Kind.OPERATOR, value);
    }

    boolean isName(String value) {
        return is(Kind.NAME, value);
    }
}
