package io.infrasync.core.domain.run;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a JSON-like Java tree as canonical JSON: object keys sorted, no insignificant white space,
 * strings escaped minimally, non-ASCII kept as is.
 *
 * <p>Accepted values: {@code null}, {@link String}, {@link Boolean}, {@link Integer}, {@link Long},
 * {@link Short}, {@link Byte}, {@link BigInteger}, {@link BigDecimal}, finite {@link Double} and {@link Float},
 * {@link Map} with {@link String} keys, and {@link List}. Anything else (sets, records, enums) is refused,
 * because its JSON form would not be well defined, and a hash must never depend on an accident.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /** The canonical JSON text of {@code tree}. */
    public static String render(Object tree) {
        StringBuilder out = new StringBuilder();
        write(tree, "$", out);
        return out.toString();
    }

    private static void write(Object value, String path, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof BigDecimal d) {
            out.append(d.stripTrailingZeros().toPlainString());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("canonical JSON has no form for " + d + " at " + path);
            }
            out.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d));
        } else if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("canonical JSON object keys must be strings; got "
                            + entry.getKey() + " at " + path);
                }
                sorted.put(key, entry.getValue());
            }
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> entry : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(entry.getKey(), out);
                out.append(':');
                write(entry.getValue(), path + "." + entry.getKey(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), path + "[" + i + "]", out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("canonical JSON accepts maps, lists, strings, numbers, booleans and null;"
                    + " got " + value.getClass().getName() + " at " + path);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
