package io.infrasync.cli.expr;

import java.util.List;
import java.util.Map;

/**
 * The syntax tree of a compiled expression, evaluated directly in Java. Every node reproduces what Jinjava
 * (as configured by {@link JinjavaExpressionEvaluator}) gives, for the value types it knows; for any other
 * type it throws {@link Fallback} and Jinjava evaluates the record instead. Values are the record's own
 * (String, Integer, Long, Double, Boolean, List, Map, null); the caller converts the final result with
 * {@link JinjavaExpressionEvaluator#toNative}.
 */
sealed interface ExpressionNode {

    Object eval(Map<String, Object> record);

    /** A string, number, boolean or none literal. */
    record Literal(Object value) implements ExpressionNode {
        @Override
        public Object eval(Map<String, Object> record) {
            return value;
        }
    }

    /** A top-level name: a key of the record (the strict-undefined check has run before). */
    record Variable(String name) implements ExpressionNode {
        @Override
        public Object eval(Map<String, Object> record) {
            Object value = record.get(name);
            if (value == null && !record.containsKey(name)) {
                throw Fallback.INSTANCE;
            }
            return value;
        }
    }

    /** {@code target.key} or {@code target['key']}: a map lookup; a missing key or a None target is None. */
    record Member(ExpressionNode target, String key) implements ExpressionNode {
        @Override
        public Object eval(Map<String, Object> record) {
            Object value = target.eval(record);
            if (value == null) {
                return null;
            }
            if (value instanceof Map<?, ?> map) {
                return map.get(key);
            }
            throw Fallback.INSTANCE; // bean properties of other objects
        }
    }

    /** {@code target[0]}: a list element, None past the end; other targets are left to Jinjava. */
    record Index(ExpressionNode target, int index) implements ExpressionNode {
        @Override
        public Object eval(Map<String, Object> record) {
            Object value = target.eval(record);
            if (value instanceof List<?> list) {
                return index < list.size() ? list.get(index) : null;
            }
            throw Fallback.INSTANCE;
        }
    }

    /** {@code a ~ b ~ ...}: text concatenation; None is empty text. */
    record Concat(List<ExpressionNode> parts) implements ExpressionNode {
        @Override
        public Object eval(Map<String, Object> record) {
            StringBuilder text = new StringBuilder();
            for (ExpressionNode part : parts) {
                Values.appendText(text, part.eval(record));
            }
            return text.toString();
        }
    }

    /** {@code input|name(args)}. */
    record Filter(ExpressionNode input, Filters.Function function, List<ExpressionNode> arguments) implements ExpressionNode {
        @Override
        public Object eval(Map<String, Object> record) {
            Object value = input.eval(record);
            Object[] args = new Object[arguments.size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = arguments.get(i).eval(record);
            }
            return function.apply(value, args);
        }
    }

    /** {@code then if condition else otherwise}; without else, a false condition gives None. */
    record Conditional(ExpressionNode then, ExpressionNode condition, ExpressionNode otherwise) implements ExpressionNode {
        @Override
        public Object eval(Map<String, Object> record) {
            if (Values.truthy(condition.eval(record))) {
                return then.eval(record);
            }
            return otherwise == null ? null : otherwise.eval(record);
        }
    }

    /** {@code ==, !=, <, <=, >, >=, in, not in}. */
    record Compare(ExpressionNode left, String operator, ExpressionNode right) implements ExpressionNode {
        @Override
        public Object eval(Map<String, Object> record) {
            Object a = left.eval(record);
            Object b = right.eval(record);
            return switch (operator) {
                case "==" -> Values.equal(a, b);
                case "!=" -> !Values.equal(a, b);
                case "<" -> Values.compare(a, b) < 0;
                case "<=" -> Values.compare(a, b) <= 0;
                case ">" -> Values.compare(a, b) > 0;
                case ">=" -> Values.compare(a, b) >= 0;
                case "in" -> Values.contains(b, a);
                case "not in" -> !Values.contains(b, a);
                default -> throw new IllegalStateException("unknown comparison " + operator);
            };
        }
    }

    /** {@code a and b}: a boolean in Jinjava (not the Python operand), short-circuit. */
    record And(ExpressionNode left, ExpressionNode right) implements ExpressionNode {
        @Override
        public Object eval(Map<String, Object> record) {
            return Values.truthy(left.eval(record)) && Values.truthy(right.eval(record));
        }
    }

    /** {@code a or b}: the first truthy operand, else the second (as in Python). */
    record Or(ExpressionNode left, ExpressionNode right) implements ExpressionNode {
        @Override
        public Object eval(Map<String, Object> record) {
            Object value = left.eval(record);
            return Values.truthy(value) ? value : right.eval(record);
        }
    }

    /** {@code not a}. */
    record Not(ExpressionNode operand) implements ExpressionNode {
        @Override
        public Object eval(Map<String, Object> record) {
            return !Values.truthy(operand.eval(record));
        }
    }

    /** {@code subject is [not] test}. */
    record Test(ExpressionNode subject, String test, boolean negated) implements ExpressionNode {
        @Override
        public Object eval(Map<String, Object> record) {
            Object value = subject.eval(record);
            boolean result = switch (test) {
                case "none" -> value == null;
                // Jinjava: a name that holds None is not "defined"
                case "defined" -> value != null;
                case "undefined" -> value == null;
                case "string" -> value instanceof String;
                case "number" -> Values.isNumber(value);
                default -> throw new IllegalStateException("unknown test " + test);
            };
            return result != negated;
        }
    }
}
