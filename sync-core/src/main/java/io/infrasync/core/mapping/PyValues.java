package io.infrasync.core.mapping;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python semantics for JSON-like values, so that filters and unique ids behave as in the original:
 * truthiness, {@code ==} (where {@code 1 == 1.0 == True}), {@code str()} and {@code int()}.
 */
final class PyValues {

    private PyValues() {
    }

    /** Python's {@code bool(value)}. */
    static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof Number number) {
            return !isZero(number);
        }
        if (value instanceof CharSequence text) {
            return text.length() > 0;
        }
        if (value instanceof Collection<?> collection) {
            return !collection.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        return true;
    }

    private static boolean isZero(Number number) {
        if (number instanceof Double || number instanceof Float) {
            return number.doubleValue() == 0.0;
        }
        return toBigDecimal(number).signum() == 0;
    }

    /** Python's {@code a == b} for JSON-like values. */
    static boolean pyEquals(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (isNumeric(a) && isNumeric(b)) {
            return compareNumbers(numeric(a), numeric(b)) == 0;
        }
        if (a instanceof CharSequence && b instanceof CharSequence) {
            return a.toString().equals(b.toString());
        }
        if (a instanceof List<?> left && b instanceof List<?> right) {
            if (left.size() != right.size()) {
                return false;
            }
            Iterator<?> r = right.iterator();
            for (Object item : left) {
                if (!pyEquals(item, r.next())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> left && b instanceof Map<?, ?> right) {
            if (left.size() != right.size()) {
                return false;
            }
            for (Map.Entry<?, ?> entry : left.entrySet()) {
                if (!right.containsKey(entry.getKey()) || !pyEquals(entry.getValue(), right.get(entry.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** Booleans are numbers in Python ({@code True == 1}). */
    private static boolean isNumeric(Object value) {
        return value instanceof Number || value instanceof Boolean;
    }

    private static Number numeric(Object value) {
        if (value instanceof Boolean bool) {
            return bool ? 1 : 0;
        }
        return (Number) value;
    }

    private static int compareNumbers(Number a, Number b) {
        boolean aFloat = a instanceof Double || a instanceof Float;
        boolean bFloat = b instanceof Double || b instanceof Float;
        if ((aFloat && !Double.isFinite(a.doubleValue())) || (bFloat && !Double.isFinite(b.doubleValue()))) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return toBigDecimal(a).compareTo(toBigDecimal(b));
    }

    private static BigDecimal toBigDecimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Double || number instanceof Float) {
            return BigDecimal.valueOf(number.doubleValue());
        }
        return BigDecimal.valueOf(number.longValue());
    }

    /** Python's {@code value in container} for a list, a string (substring) or a mapping (key). */
    static boolean pyContains(Object container, Object value) {
        if (container instanceof CharSequence text) {
            if (!(value instanceof CharSequence needle)) {
                throw new IllegalArgumentException("'in <string>' requires a string as left operand, not "
                        + typeName(value));
            }
            return text.toString().contains(needle);
        }
        if (container instanceof Collection<?> items) {
            for (Object item : items) {
                if (pyEquals(item, value)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                if (pyEquals(key, value)) {
                    return true;
                }
            }
            return false;
        }
        throw new IllegalArgumentException("argument of type '" + typeName(container) + "' is not iterable");
    }

    /**
     * Python's {@code int(value)}: integers as they are, floats truncated toward zero, booleans 0/1, strings
     * holding a decimal integer (surrounding blanks, a sign and single underscores between digits allowed).
     */
    static BigInteger toInt(Object value) {
        if (value instanceof Boolean bool) {
            return bool ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (value instanceof BigInteger integer) {
            return integer;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toBigInteger();
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException("Cannot convert '" + str(value) + "' to int");
            }
            return BigDecimal.valueOf(number).toBigInteger();
        }
        if (value instanceof Number number) {
            return BigInteger.valueOf(number.longValue());
        }
        if (value instanceof CharSequence text) {
            String digits = text.toString().strip();
            if (digits.matches("[+-]?\\d+(_\\d+)*")) {
                return new BigInteger(digits.replace("_", ""));
            }
        }
        throw new IllegalArgumentException("Cannot convert '" + str(value) + "' to int");
    }

    /** Python's {@code str(value)} for JSON-like values ({@code None}, {@code True}, {@code 1.0}, ...). */
    static String str(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean bool) {
            return bool ? "True" : "False";
        }
        if (value instanceof Double || value instanceof Float) {
            return pyFloat(((Number) value).doubleValue());
        }
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder text = new StringBuilder("[");
            for (Object item : list) {
                if (text.length() > 1) {
                    text.append(", ");
                }
                text.append(repr(item));
            }
            return text.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder text = new StringBuilder("{");
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (text.length() > 1) {
                    text.append(", ");
                }
                text.append(repr(entry.getKey())).append(": ").append(repr(entry.getValue()));
            }
            return text.append('}').toString();
        }
        return value.toString();
    }

    private static String repr(Object value) {
        if (value instanceof CharSequence text) {
            return "'" + text.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        return str(value);
    }

    private static String pyFloat(double number) {
        if (Double.isNaN(number)) {
            return "nan";
        }
        if (Double.isInfinite(number)) {
            return number > 0 ? "inf" : "-inf";
        }
        if (number == Math.rint(number) && Math.abs(number) < 1e16) {
            return BigDecimal.valueOf(number).setScale(1).toPlainString();
        }
        return Double.toString(number);
    }

    /** Python's type name of a JSON-like value, for error messages. */
    static String typeName(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            return "float";
        }
        if (value instanceof Number) {
            return "int";
        }
        if (value instanceof CharSequence) {
            return "str";
        }
        if (value instanceof List<?>) {
            return "list";
        }
        if (value instanceof Map<?, ?>) {
            return "dict";
        }
        return value.getClass().getSimpleName();
    }
}
