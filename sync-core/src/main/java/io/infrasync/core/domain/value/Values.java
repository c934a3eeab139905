package io.infrasync.core.domain.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Structural equality and hashing of JSON-like values, with Python's {@code ==} semantics for numbers.
 *
 * <p>Why not {@link Object#equals}: the original compares attributes with Python {@code ==}, where
 * {@code 1 == 1.0} and lists/dicts compare deeply. Adapters decode JSON into {@code Integer}, {@code Long}
 * or {@code Double} depending on the parser, so {@code Integer 1} and {@code Long 1} must be equal here.
 * Deliberate difference: booleans never equal numbers (Python's {@code True == 1} is an accident of
 * {@code bool} subclassing {@code int} and would hide real changes).
 */
public final class Values {

    private Values() {
    }

    /** True if both values are structurally equal (numbers by numeric value, lists in order, maps by key). */
    public static boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof String || b instanceof String) {
            return a.equals(b);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return numbersEqual(x, y);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return listsEqual(x, y);
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return mapsEqual(x, y);
        }
        return a.equals(b);
    }

    /** A hash consistent with {@link #equal}: equal values always hash alike. */
    public static int hash(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof String s) {
            return s.hashCode();
        }
        if (value instanceof Number n) {
            return numberHash(n);
        }
        if (value instanceof List<?> list) {
            int h = 1;
            for (Object element : list) {
                h = 31 * h + hash(element);
            }
            return h;
        }
        if (value instanceof Map<?, ?> map) {
            int h = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                h += hash(e.getKey()) ^ hash(e.getValue());
            }
            return h;
        }
        return value.hashCode();
    }

    private static boolean listsEqual(List<?> x, List<?> y) {
        if (x.size() != y.size()) {
            return false;
        }
        Iterator<?> i = x.iterator();
        Iterator<?> j = y.iterator();
        while (i.hasNext()) {
            if (!equal(i.next(), j.next())) {
                return false;
            }
        }
        return true;
    }

    private static boolean mapsEqual(Map<?, ?> x, Map<?, ?> y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (Map.Entry<?, ?> e : x.entrySet()) {
            Object other = y.get(e.getKey());
            if (other == null && !y.containsKey(e.getKey())) {
                return false;
            }
            if (!equal(e.getValue(), other)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIntegral(Number n) {
        return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger;
    }

    private static boolean numbersEqual(Number x, Number y) {
        if (isIntegral(x) && isIntegral(y)) {
            if (x instanceof BigInteger || y instanceof BigInteger) {
                return toBigInteger(x).equals(toBigInteger(y));
            }
            return x.longValue() == y.longValue();
        }
        BigDecimal bx = toBigDecimal(x);
        BigDecimal by = toBigDecimal(y);
        if (bx == null || by == null) {
            // NaN or infinity: Python's float rules (nan != nan, inf == inf)
            return x.doubleValue() == y.doubleValue();
        }
        return bx.compareTo(by) == 0;
    }

    private static int numberHash(Number n) {
        if (isIntegral(n) && !(n instanceof BigInteger)) {
            return Long.hashCode(n.longValue());
        }
        BigDecimal bd = toBigDecimal(n);
        if (bd == null) {
            return Double.hashCode(n.doubleValue());
        }
        if (bd.signum() == 0) {
            return Long.hashCode(0L);
        }
        BigDecimal stripped = bd.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            BigInteger integral = stripped.toBigIntegerExact();
            return integral.bitLength() < 64 ? Long.hashCode(integral.longValue()) : integral.hashCode();
        }
        return stripped.hashCode();
    }

    private static BigInteger toBigInteger(Number n) {
        return n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
    }

    private static BigDecimal toBigDecimal(Number n) {
        if (n instanceof BigDecimal b) {
            return b;
        }
        if (n instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (isIntegral(n)) {
            return BigDecimal.valueOf(n.longValue());
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return null;
        }
        return new BigDecimal(d);
    }
}
