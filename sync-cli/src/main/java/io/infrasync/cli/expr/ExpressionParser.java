package io.infrasync.cli.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses the body of a single {@code {{ expression }}} into a {@link ExpressionNode} tree, for the shapes real
 * infrahub-sync configs use: names, {@code .key} / {@code ['key']} / {@code [0]} access, string, number,
 * boolean and none literals, {@code ~}, the filters of {@link Filters}, {@code x if c else y}, one comparison
 * ({@code == != < <= > >= in, not in}), {@code and} / {@code or} / {@code not}, and the tests {@code none},
 * {@code defined}, {@code undefined}, {@code string}, {@code number}. Precedence is the one Jinja and Jinjava
 * share for these operators (filters and tests bind tightest, then {@code ~}, comparisons, {@code and},
 * {@code or}, the conditional); where they differ ({@code not} before a comparison) the expression is not
 * compiled. The differential test checks each combination against Jinjava.
 *
 * <p>Anything else throws {@link NotCompilable}; the expression then stays with Jinjava.
 */
final class ExpressionParser {

    /** Words that Jinja or Jinjava's EL reserve; as names they are left to Jinjava. */
    private static final Set<String> RESERVED = Set.of("and", "or", "not", "if", "else", "in", "is", "eq", "ne",
            "lt", "gt", "le", "ge", "true", "false", "True", "False", "null", "none", "None", "instanceof", "empty",
            "div", "mod", "class", "for", "recursive", "elif", "endif");
    private static final Set<String> TESTS = Set.of("none", "defined", "undefined", "string", "number");
    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=");

    private final List<Token> tokens;
    private int position;

    private ExpressionParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The tree of {@code body}, the text between {@code {{} and {@code }}}. */
    static ExpressionNode parse(String body) throws NotCompilable {
        ExpressionParser parser = new ExpressionParser(ExpressionLexer.tokens(body));
        ExpressionNode node = parser.conditional();
        if (parser.peek().kind() != Token.Kind.END) {
            throw new NotCompilable("unexpected '" + parser.peek().text() + "'");
        }
        return node;
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token next() {
        return tokens.get(position++);
    }

    private boolean acceptName(String word) {
        if (peek().isName(word)) {
            position++;
            return true;
        }
        return false;
    }

    private boolean acceptOperator(String operator) {
        if (peek().isOperator(operator)) {
            position++;
            return true;
        }
        return false;
    }

    private void expectOperator(String operator) throws NotCompilable {
        if (!acceptOperator(operator)) {
            throw new NotCompilable("expected '" + operator + "'");
        }
    }

    private ExpressionNode conditional() throws NotCompilable {
        ExpressionNode then = or();
        if (acceptName("if")) {
            ExpressionNode condition = or();
            ExpressionNode otherwise = acceptName("else") ? conditional() : null;
            return new ExpressionNode.Conditional(then, condition, otherwise);
        }
        return then;
    }

    private ExpressionNode or() throws NotCompilable {
        ExpressionNode left = and();
        while (acceptName("or")) {
            left = new ExpressionNode.Or(left, and());
        }
        return left;
    }

    private ExpressionNode and() throws NotCompilable {
        ExpressionNode left = not();
        while (acceptName("and")) {
            left = new ExpressionNode.And(left, not());
        }
        return left;
    }

    /**
     * Jinja parses {@code not a == b} as {@code not (a == b)}, Jinjava's EL as {@code (not a) == b}. To stay
     * with Jinjava without guessing, {@code not} is compiled only before a name, a literal or a parenthesised
     * expression that no operator other than {@code and}, {@code or} or the conditional follows.
     */
    private ExpressionNode not() throws NotCompilable {
        if (acceptName("not")) {
            ExpressionNode operand = peek().isName("not") ? not() : postfix(primary());
            Token following = peek();
            boolean unambiguous = following.kind() == Token.Kind.END || following.isName("and")
                    || following.isName("or") || following.isName("if") || following.isName("else")
                    || following.isOperator(")") || following.isOperator(",") || following.isOperator("]");
            if (!unambiguous) {
                throw new NotCompilable("'not' followed by '" + following.text() + "'");
            }
            return new ExpressionNode.Not(operand);
        }
        return comparison();
    }

    private ExpressionNode comparison() throws NotCompilable {
        ExpressionNode left = concat();
        String operator = comparisonOperator();
        if (operator == null) {
            return left;
        }
        ExpressionNode node = new ExpressionNode.Compare(left, operator, concat());
        if (comparisonOperator() != null) {
            // Jinja chains (a < b < c), Jinjava's EL nests: leave chains to Jinjava
            throw new NotCompilable("chained comparison");
        }
        return node;
    }

    private String comparisonOperator() {
        Token token = peek();
        if (token.kind() == Token.Kind.OPERATOR && COMPARISONS.contains(token.text())) {
            position++;
            return token.text();
        }
        if (token.isName("in")) {
            position++;
            return "in";
        }
        if (token.isName("not") && tokens.get(position + 1).isName("in")) {
            position += 2;
            return "not in";
        }
        return null;
    }

    private ExpressionNode concat() throws NotCompilable {
        ExpressionNode first = unary();
        if (!peek().isOperator("~")) {
            return first;
        }
        List<ExpressionNode> parts = new ArrayList<>();
        parts.add(first);
        while (acceptOperator("~")) {
            parts.add(unary());
        }
        return new ExpressionNode.Concat(List.copyOf(parts));
    }

    private ExpressionNode unary() throws NotCompilable {
        ExpressionNode node = postfix(primary());
        boolean filtered = false;
        while (true) {
            if (node instanceof ExpressionNode.Test && (peek().isOperator("|") || peek().isName("is"))) {
                throw new NotCompilable("filter or test after a test"); // a syntax error in Jinjava
            }
            if (acceptOperator("|")) {
                node = filter(node);
                filtered = true;
            } else if (filtered && peek().isName("is")) {
                throw new NotCompilable("test after a filter"); // a syntax error in Jinjava
            } else if (acceptName("is")) {
                boolean negated = acceptName("not");
                Token test = next();
                if (test.kind() != Token.Kind.NAME || !TESTS.contains(test.text())) {
                    throw new NotCompilable("test '" + test.text() + "'");
                }
                node = new ExpressionNode.Test(node, test.text(), negated);
            } else {
                return node;
            }
        }
    }

    private ExpressionNode filter(ExpressionNode input) throws NotCompilable {
        Token name = next();
        if (name.kind() != Token.Kind.NAME) {
            throw new NotCompilable("filter name expected");
        }
        List<ExpressionNode> arguments = new ArrayList<>();
        if (acceptOperator("(")) {
            if (!acceptOperator(")")) {
                do {
                    // keyword arguments (name=value) never get here: the lexer does not know '='
                    arguments.add(conditional());
                } while (acceptOperator(","));
                expectOperator(")");
            }
        }
        return new ExpressionNode.Filter(input, Filters.named(name.text(), arguments.size()), List.copyOf(arguments));
    }

    private ExpressionNode postfix(ExpressionNode target) throws NotCompilable {
        ExpressionNode node = target;
        while (true) {
            if (acceptOperator(".")) {
                node = new ExpressionNode.Member(node, name(next()));
            } else if (acceptOperator("[")) {
                Token key = next();
                if (key.kind() == Token.Kind.STRING) {
                    node = new ExpressionNode.Member(node, key.text());
                } else if (key.kind() == Token.Kind.INTEGER && key.text().length() <= 9) {
                    node = new ExpressionNode.Index(node, Integer.parseInt(key.text()));
                } else {
                    throw new NotCompilable("subscript");
                }
                expectOperator("]");
            } else {
                return node;
            }
        }
    }

    private ExpressionNode primary() throws NotCompilable {
        Token token = next();
        switch (token.kind()) {
            case STRING:
                return new ExpressionNode.Literal(token.text());
            case INTEGER:
                return new ExpressionNode.Literal(integer(token.text(), false));
            case FLOAT:
                return new ExpressionNode.Literal(Double.parseDouble(token.text()));
            case NAME:
                return switch (token.text()) {
                    case "true", "True" -> new ExpressionNode.Literal(Boolean.TRUE);
                    case "false", "False" -> new ExpressionNode.Literal(Boolean.FALSE);
                    case "none", "None" -> new ExpressionNode.Literal(null);
                    default -> {
                        if (peek().isOperator("(")) {
                            throw new NotCompilable("function call");
                        }
                        yield new ExpressionNode.Variable(name(token));
                    }
                };
            case OPERATOR:
                if (token.text().equals("(")) {
                    ExpressionNode inner = conditional();
                    expectOperator(")");
                    return inner;
                }
                if (token.text().equals("-") && peek().kind() == Token.Kind.INTEGER) {
                    return new ExpressionNode.Literal(integer(next().text(), true));
                }
                throw new NotCompilable("unexpected '" + token.text() + "'");
            default:
                throw new NotCompilable("unexpected end");
        }
    }

    private static Long integer(String digits, boolean negative) throws NotCompilable {
        try {
            long value = Long.parseLong(digits);
            return negative ? -value : value;
        } catch (NumberFormatException tooLarge) {
            throw new NotCompilable("integer literal out of range");
        }
    }

    private static String name(Token token) throws NotCompilable {
        if (token.kind() != Token.Kind.NAME || RESERVED.contains(token.text())) {
            throw new NotCompilable("name expected");
        }
        return token.text();
    }
}
