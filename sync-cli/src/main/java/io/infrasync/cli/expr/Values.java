package io.infrasync.cli.expr;

import java.util.List;
import java.util.Map;

/**
 * Jinjava's value rules (truth, text, equality, ordering, membership) for the types a compiled expression
 * handles itself; any other combination throws {@link Fallback}. Jinjava coerces across types ({@code 5 == '5'}
 * is true there), so mixed-type operations are always left to it.
 */
final class Values {

    private Values() {
    }

    static boolean isIntegral(Object value) {
        return value instanceof Integer || value instanceof Long;
    }

    static boolean isNumber(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Double) {
            return true;
        }
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof List<?>
                || value instanceof Map<?, ?>) {
            return false;
        }
        throw Fallback.INSTANCE;
    }

    static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof String text) {
            return !text.isEmpty();
        }
        if (isIntegral(value)) {
            return ((Number) value).longValue() != 0;
        }
        if (value instanceof List<?> list) {
            return !list.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        throw Fallback.INSTANCE;
    }

    /** Appends the value as {@code ~} and filters print it: None is empty text. */
    static void appendText(StringBuilder text, Object value) {
        if (value instanceof String string) {
            text.append(string);
        } else if (value == null) {
            return;
        } else if (isIntegral(value) || value instanceof Boolean) {
            text.append(value);
        } else {
            throw Fallback.INSTANCE;
        }
    }

    static boolean equal(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof String && b instanceof String || a instanceof Boolean && b instanceof Boolean) {
            return a.equals(b);
        }
        if (isIntegral(a) && isIntegral(b)) {
            return ((Number) a).longValue() == ((Number) b).longValue();
        }
        throw Fallback.INSTANCE;
    }

    static int compare(Object a, Object b) {
        if (a instanceof String left && b instanceof String right) {
            return left.compareTo(right);
        }
        if (isIntegral(a) && isIntegral(b)) {
            return Long.compare(((Number) a).longValue(), ((Number) b).longValue());
        }
        throw Fallback.INSTANCE;
    }

    static boolean contains(Object container, Object item) {
        if (!(item instanceof String text)) {
            throw Fallback.INSTANCE;
        }
        if (container == null) {
            return false;
        }
        if (container instanceof String string) {
            return string.contains(text);
        }
        if (container instanceof List<?> list) {
            for (Object element : list) {
                if (!(element instanceof String)) {
                    throw Fallback.INSTANCE;
                }
            }
            return list.contains(text);
        }
        throw Fallback.INSTANCE;
    }
}
