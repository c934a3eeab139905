package io.infrasync.core.domain.model;

import io.infrasync.core.domain.value.Values;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The storage form of values inside an object's slot array. A non-empty string whose characters all fit
 * in ISO-8859-1 is stored as its {@code byte[]}: a {@code String} costs 24 bytes of header and fields on
 * top of its bytes, which for ten short attributes is a third of an object's footprint. Everything that
 * leaves a {@link ModelObject} is unpacked again, so callers only ever see JSON-like values.
 */
final class Compact {

    private Compact() {
    }

    static Object pack(Object value) {
        if (value instanceof String s && !s.isEmpty() && isLatin1(s)) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
        return value;
    }

    static Object unpack(Object stored) {
        return stored instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : stored;
    }

    /** {@link Values#equal} on stored forms, without unpacking when both are packed. */
    static boolean equal(Object a, Object b) {
        if (a instanceof byte[] x) {
            if (b instanceof byte[] y) {
                return Arrays.equals(x, y);
            }
            return b instanceof String s && sameText(x, s);
        }
        if (b instanceof byte[] y) {
            return a instanceof String s && sameText(y, s);
        }
        return Values.equal(a, b);
    }

    /** {@link Values#hash} of the unpacked value (a Latin-1 string's hash is computed from its bytes). */
    static int hash(Object stored) {
        if (stored instanceof byte[] bytes) {
            int h = 0;
            for (byte b : bytes) {
                h = 31 * h + (b & 0xff);
            }
            return h;
        }
        return Values.hash(stored);
    }

    private static boolean sameText(byte[] bytes, String s) {
        if (bytes.length != s.length()) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((bytes[i] & 0xff) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xff) {
                return false;
            }
        }
        return true;
    }
}
