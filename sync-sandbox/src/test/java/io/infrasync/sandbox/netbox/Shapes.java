package io.infrasync.sandbox.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Structural comparison of JSON answers: keys, JSON types and nesting, not values. */
final class Shapes {

    private Shapes() {
    }

    /** Every key of {@code recorded} exists in {@code actual} with the same JSON type, recursively. */
    static void assertCovers(JsonNode actual, JsonNode recorded, String path) {
        if (recorded.isNull() || actual.isNull()) {
            return; // a null on either side says nothing about the type
        }
        assertThat(type(actual)).as("JSON type at %s", path).isEqualTo(type(recorded));
        if (recorded.isObject()) {
            for (Iterator<String> it = recorded.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                assertThat(actual.has(key)).as("key %s.%s", path, key).isTrue();
                assertCovers(actual.get(key), recorded.get(key), path + "." + key);
            }
        } else if (recorded.isArray() && recorded.size() > 0 && actual.size() > 0) {
            assertCovers(actual.get(0), recorded.get(0), path + "[0]");
        }
    }

    /** Same keys (as sets) and the same JSON types, recursively. */
    static void assertSameShape(JsonNode actual, JsonNode recorded, String path) {
        assertCovers(actual, recorded, path);
        if (actual.isObject() && recorded.isObject()) {
            assertThat(keys(actual)).as("keys at %s", path).containsExactlyInAnyOrderElementsOf(keys(recorded));
        }
    }

    static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static String type(JsonNode node) {
        if (node.isNumber()) {
            return "number";
        }
        return node.getNodeType().name();
    }
}
