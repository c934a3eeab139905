package io.infrasync.tck;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JSON-like tree checks: which values a record may hold, and equality with numbers compared by value. */
final class JsonTrees {

    private JsonTrees() {
    }

    /** Returns a description of the first value that is not JSON-like, with its path. */
    static Optional<String> firstViolation(Object value, String path) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return Optional.empty();
        }
        if (value instanceof Number) {
            return isJsonNumber(value) ? Optional.empty()
                    : Optional.of(path + " is a " + value.getClass().getName());
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    return Optional.of(path + " has a non-string key " + entry.getKey());
                }
                Optional<String> nested = firstViolation(entry.getValue(), path + "." + key);
                if (nested.isPresent()) {
                    return nested;
                }
            }
            return Optional.empty();
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Optional<String> nested = firstViolation(list.get(i), path + "[" + i + "]");
                if (nested.isPresent()) {
                    return nested;
                }
            }
            return Optional.empty();
        }
        return Optional.of(path + " is a " + value.getClass().getName() + ", not a JSON-like value");
    }

    private static boolean isJsonNumber(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof Double || value instanceof Float || value instanceof BigDecimal
                || value instanceof BigInteger;
    }

    /** JSON equality: numbers by value ({@code 1 == 1L == 1.0}), maps by entries, lists in order. */
    static boolean jsonEquals(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> entry : x.entrySet()) {
                if (!y.containsKey(entry.getKey()) || !jsonEquals(entry.getValue(), y.get(entry.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<?> i = x.iterator();
            Iterator<?> j = y.iterator();
            while (i.hasNext()) {
                if (!jsonEquals(i.next(), j.next())) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** Describes the first entry of {@code expected} that {@code actual} lacks or holds differently. */
    static Optional<String> subsetMismatch(Map<String, Object> expected, Map<String, Object> actual) {
        for (Map.Entry<String, Object> entry : expected.entrySet()) {
            if (!actual.containsKey(entry.getKey())) {
                return Optional.of("field '" + entry.getKey() + "' is missing");
            }
            if (!jsonEquals(entry.getValue(), actual.get(entry.getKey()))) {
                return Optional.of("field '" + entry.getKey() + "' is " + actual.get(entry.getKey()) + ", expected "
                        + entry.getValue());
            }
        }
        return Optional.empty();
    }

    /** Tells whether the tree holds a string with a non-ASCII character. */
    static boolean containsNonAscii(Object value) {
        if (value instanceof String text) {
            return text.chars().anyMatch(c -> c > 127);
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(JsonTrees::containsNonAscii);
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(JsonTrees::containsNonAscii);
        }
        return false;
    }

    /** Tells whether the tree holds a {@code null} value. */
    static boolean containsNull(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(v -> v == null || containsNull(v));
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(v -> v == null || containsNull(v));
        }
        return false;
    }
}
