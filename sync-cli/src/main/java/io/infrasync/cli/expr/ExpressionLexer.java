package io.infrasync.cli.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the body of a {@code {{ }}} into tokens. Only what the compiled subset needs is recognised; anything
 * else (a backslash escape, an unknown character) makes the expression not compilable, so Jinjava keeps it.
 */
final class ExpressionLexer {

    private static final List<String> OPERATORS = List.of("==", "!=", "<=", ">=", "<", ">", "~", "|", ".", ",",
            "(", ")", "[", "]", "-");

    private ExpressionLexer() {
    }

    static List<Token> tokens(String body) throws NotCompilable {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else if (c == '\'' || c == '"') {
                int end = body.indexOf(c, i + 1);
                if (end < 0) {
                    throw new NotCompilable("unterminated string");
                }
                String text = body.substring(i + 1, end);
                if (text.indexOf('\\') >= 0) {
                    // escapes differ between Jinja and Jinjava's EL; leave them to Jinjava
                    throw new NotCompilable("escape in string literal");
                }
                tokens.add(new Token(Token.Kind.STRING, text));
                i = end + 1;
            } else if (isAsciiDigit(c)) {
                int end = i;
                while (end < body.length() && isAsciiDigit(body.charAt(end))) {
                    end++;
                }
                boolean fraction = end + 1 < body.length() && body.charAt(end) == '.' && isAsciiDigit(body.charAt(end + 1));
                if (fraction) {
                    end++;
                    while (end < body.length() && isAsciiDigit(body.charAt(end))) {
                        end++;
                    }
                }
                if (end < body.length() && (Character.isLetter(body.charAt(end)) || body.charAt(end) == '_'
                        || body.charAt(end) == '.')) {
                    throw new NotCompilable("unsupported number literal");
                }
                tokens.add(new Token(fraction ? Token.Kind.FLOAT : Token.Kind.INTEGER, body.substring(i, end)));
                i = end;
            } else if (isAsciiLetter(c) || c == '_') {
                int end = i;
                while (end < body.length() && (isAsciiLetter(body.charAt(end)) || isAsciiDigit(body.charAt(end))
                        || body.charAt(end) == '_')) {
                    end++;
                }
                tokens.add(new Token(Token.Kind.NAME, body.substring(i, end)));
                i = end;
            } else {
                String operator = null;
                for (String candidate : OPERATORS) {
                    if (body.startsWith(candidate, i)) {
                        operator = candidate;
                        break;
                    }
                }
                if (operator == null) {
                    throw new NotCompilable("unsupported character '" + c + "'");
                }
                tokens.add(new Token(Token.Kind.OPERATOR, operator));
                i += operator.length();
            }
        }
        tokens.add(new Token(Token.Kind.END, ""));
        return tokens;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
