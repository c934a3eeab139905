package io.infrasync.core.domain.run;

import java.util.List;
import java.util.Map;

/**
 * The type of a snapshot column, and which Java values a row may hold for it ({@code null} is always allowed).
 */
public enum ColumnType {
    /** {@link String}. */
    STRING,
    /** {@link Long} (an {@link Integer} is accepted and widened on write). */
    LONG,
    /** {@link Double} (a {@link Float} is accepted and widened on write). */
    DOUBLE,
    /** {@link Boolean}. */
    BOOLEAN,
    /**
     * A JSON-like tree: {@link Map} with {@link String} keys, {@link List}, {@link String}, {@link Number},
     * {@link Boolean} or {@code null}, nested to any depth. Stored as JSON text; read back as such a tree.
     */
    JSON;

    /** Whether {@code value} is acceptable for a column of this type. */
    public boolean accepts(Object value) {
        if (value == null) {
            return true;
        }
        return switch (this) {
            case STRING -> value instanceof String;
            case LONG -> value instanceof Long || value instanceof Integer;
            case DOUBLE -> value instanceof Double || value instanceof Float;
            case BOOLEAN -> value instanceof Boolean;
            case JSON -> isJsonTree(value);
        };
    }

    private static boolean isJsonTree(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String) || !isJsonTree(entry.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof List<?> list) {
            for (Object element : list) {
                if (!isJsonTree(element)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
