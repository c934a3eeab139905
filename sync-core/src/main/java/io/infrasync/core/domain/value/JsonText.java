package io.infrasync.core.domain.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A small JSON writer for JSON-like values (RFC 8259), used for the plan's {@code old_value} and
 * {@code new_value}. The output matches Python's {@code json.dumps} defaults ({@code ", "} and
 * {@code ": "} separators, non-ASCII escaped as {@code \}{@code uXXXX}), so plans written by this
 * engine compare textually with the original's.
 *
 * <p>Key order is deterministic: ordered maps (insertion- or sort-ordered, such as attribute maps)
 * keep their order; any other map is written with its keys sorted by their text.
 */
public final class JsonText {

    private JsonText() {
    }

    /**
     * Renders one value as JSON text.
     *
     * @throws IllegalArgumentException for NaN or infinite numbers, non-string map keys or values that
     *                                  are not JSON-like; the message names the offending value
     */
    public static String render(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            appendString(out, s);
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("JSON cannot represent the number " + d);
            }
            out.append(PythonText.floatRepr(d));
        } else if (value instanceof BigDecimal d) {
            out.append(d.toString());
        } else if (value instanceof Map<?, ?> map) {
            appendMap(out, map);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                append(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON-like value: " + value.getClass().getName() + " " + value);
        }
    }

    private static void appendMap(StringBuilder out, Map<?, ?> map) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        for (Map.Entry<?, ?> e : entries) {
            if (!(e.getKey() instanceof String)) {
                throw new IllegalArgumentException("JSON object keys must be strings, got " + e.getKey());
            }
        }
        if (!isOrdered(map)) {
            entries.sort((a, b) -> ((String) a.getKey()).compareTo((String) b.getKey()));
        }
        out.append('{');
        Iterator<Map.Entry<?, ?>> it = entries.iterator();
        while (it.hasNext()) {
            Map.Entry<?, ?> e = it.next();
            appendString(out, (String) e.getKey());
            out.append(": ");
            append(out, e.getValue());
            if (it.hasNext()) {
                out.append(", ");
            }
        }
        out.append('}');
    }

    private static boolean isOrdered(Map<?, ?> map) {
        return map instanceof LinkedHashMap || map instanceof SortedMap || map instanceof OrderedMap;
    }

    private static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * Marker for map implementations whose iteration order is meaningful and stable (for example
     * attribute views in declaration order); {@link JsonText} keeps their order instead of sorting.
     */
    public interface OrderedMap {
    }
}
