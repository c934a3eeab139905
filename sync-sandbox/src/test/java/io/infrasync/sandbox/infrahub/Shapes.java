package io.infrasync.sandbox.infrahub;

import com.fasterxml.jackson.databind.JsonNode;
import io.infrasync.sandbox.SandboxJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/** Structural comparison of JSON answers (keys, value types, nesting), and fixture loading. */
final class Shapes {

    private Shapes() {
    }

    static JsonNode fixture(String resource) {
        return SandboxJson.read(text(resource).getBytes(StandardCharsets.UTF_8));
    }

    static String text(String resource) {
        try (InputStream in = Shapes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless {@code actual} has exactly the keys, value types and nesting of {@code expected}. */
    static void assertSameShape(JsonNode expected, JsonNode actual) {
        compare(expected, actual, "$");
    }

    private static void compare(JsonNode expected, JsonNode actual, String path) {
        if (expected.isNull()) {
            return; // a null in a recording says nothing about the type; either null or a value is fine
        }
        if (actual == null || actual.getNodeType() != expected.getNodeType()
                && !(expected.isNumber() && actual.isNumber())) {
            throw new AssertionError(path + ": expected " + expected.getNodeType() + " but got "
                    + (actual == null ? "nothing" : actual.getNodeType() + " " + actual));
        }
        if (expected.isObject()) {
            Set<String> expectedKeys = keys(expected);
            Set<String> actualKeys = keys(actual);
            if (!expectedKeys.equals(actualKeys)) {
                throw new AssertionError(path + ": keys " + actualKeys + " differ from recorded " + expectedKeys);
            }
            for (String key : expectedKeys) {
                compare(expected.get(key), actual.get(key), path + "." + key);
            }
        } else if (expected.isArray()) {
            if (expected.isEmpty() != actual.isEmpty()) {
                throw new AssertionError(path + ": recorded array empty=" + expected.isEmpty() + ", got " + actual);
            }
            for (int i = 0; i < actual.size(); i++) {
                compare(expected.get(Math.min(i, expected.size() - 1)), actual.get(i), path + "[" + i + "]");
            }
        }
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        Iterator<String> names = node.fieldNames();
        names.forEachRemaining(keys::add);
        return keys;
    }
}
