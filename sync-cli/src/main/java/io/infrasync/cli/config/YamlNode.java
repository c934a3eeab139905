package io.infrasync.cli.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed YAML value that remembers its line, so that errors can point at it. */
sealed interface YamlNode {

    /** 1-based line where the value starts. */
    int line();

    /** A mapping; {@code keyLines} holds the line of each key. */
    record MapNode(Map<String, YamlNode> entries, Map<String, Integer> keyLines, int line) implements YamlNode {
    }

    record ListNode(List<YamlNode> items, int line) implements YamlNode {
    }

    /** A scalar: String, Long/Integer/BigInteger, Double/BigDecimal, Boolean or null. */
    record Scalar(Object value, int line) implements YamlNode {
    }

    /** The plain JSON-like value (unmodifiable maps and lists). */
    static Object plain(YamlNode node) {
        if (node instanceof Scalar scalar) {
            return scalar.value();
        }
        if (node instanceof ListNode list) {
            List<Object> items = new ArrayList<>();
            list.items().forEach(item -> items.add(plain(item)));
            return Collections.unmodifiableList(items);
        }
        MapNode map = (MapNode) node;
        Map<String, Object> entries = new LinkedHashMap<>();
        map.entries().forEach((key, value) -> entries.put(key, plain(value)));
        return Collections.unmodifiableMap(entries);
    }

    /** The YAML type name, for messages. */
    static String typeName(YamlNode node) {
        if (node instanceof MapNode) {
            return "a mapping";
        }
        if (node instanceof ListNode) {
            return "a list";
        }
        Object value = ((Scalar) node).value();
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return "a number";
    }
}
