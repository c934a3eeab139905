package io.infrasync.core.mapping;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled dotted path ({@code device.name}, {@code tags.0.slug}) into a JSON-like tree.
 *
 * <p>Reading follows the original's {@code get_value}: each segment is a key of a map; a missing key or a
 * falsy intermediate value ({@code null}, {@code ""}, {@code 0}, {@code []}, <code>{}</code>) gives null.
 * Beyond the original, a list can be traversed too: a numeric segment indexes it (negative counts from the
 * end), any other segment maps over its elements ({@code tags.name} gives the list of tag names, skipping
 * elements where the rest of the path is null).
 */
final class DottedPath {

    private final String text;
    private final String[] segments;

    private DottedPath(String text) {
        this.text = text;
        this.segments = text.split("\\.", -1);
    }

    /** Compiles {@code text}; every segment must be non-empty. */
    static DottedPath of(String text) {
        requireNonNull(text, "path is null");
        DottedPath path = new DottedPath(text);
        for (String segment : path.segments) {
            if (segment.isEmpty()) {
                throw new IllegalArgumentException("invalid dotted path '" + text + "': empty segment");
            }
        }
        return path;
    }

    /** The value at this path in {@code root}, or null. */
    Object read(Object root) {
        return read(root, 0);
    }

    private Object read(Object current, int from) {
        Object value = current;
        for (int i = from; i < segments.length; i++) {
            if (i > from && !PyValues.truthy(value)) {
                return null;
            }
            if (value instanceof Map<?, ?> map) {
                value = map.get(segments[i]);
            } else if (value instanceof List<?> list) {
                Integer index = parseIndex(segments[i]);
                if (index != null) {
                    int position = index < 0 ? list.size() + index : index;
                    value = position >= 0 && position < list.size() ? list.get(position) : null;
                } else {
                    return project(list, i);
                }
            } else {
                return null;
            }
        }
        return value;
    }

    private List<Object> project(List<?> list, int from) {
        List<Object> values = new ArrayList<>(list.size());
        for (Object element : list) {
            Object value = read(element, from);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /**
     * Returns a copy of {@code root} with {@code value} stored at this path: the maps along the path are
     * copied (and created when missing), so {@code root} itself is never changed.
     */
    Map<String, Object> writeCopy(Map<String, Object> root, Object value) {
        return write(root, 0, value);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> write(Map<String, Object> map, int index, Object value) {
        Map<String, Object> copy = map == null ? new LinkedHashMap<>() : new LinkedHashMap<>(map);
        if (index == segments.length - 1) {
            copy.put(segments[index], value);
        } else {
            Object child = copy.get(segments[index]);
            Map<String, Object> childMap = child instanceof Map<?, ?> ? (Map<String, Object>) child : null;
            copy.put(segments[index], write(childMap, index + 1, value));
        }
        return copy;
    }

    /** Whether the path is a single key. */
    boolean isSimple() {
        return segments.length == 1;
    }

    /** The first segment. */
    String head() {
        return segments[0];
    }

    private static Integer parseIndex(String segment) {
        int start = segment.startsWith("-") ? 1 : 0;
        if (segment.length() == start || segment.length() - start > 9) {
            return null;
        }
        for (int i = start; i < segment.length(); i++) {
            if (!Character.isDigit(segment.charAt(i))) {
                return null;
            }
        }
        return Integer.parseInt(segment);
    }

    @Override
    public String toString() {
        return text;
    }
}
