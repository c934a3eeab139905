package io.infrasync.core.domain.run;

/**
 * The one rule for names that become a single folder or file name inside the cache.
 *
 * <p>The Python original accepts any single relative segment other than {@code .} and {@code ..}; we
 * also refuse separators of every platform, control characters and over-long names, because each of
 * them either escapes the cache root or produces a name some file system cannot store.
 */
final class PathSegment {

    private static final int MAX_LENGTH = 200;

    private PathSegment() {
    }

    /** Returns {@code value} when it is one safe path segment; otherwise throws naming the field. */
    static String require(String value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is null");
        }
        if (value.isEmpty() || value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException(field + " must be a single relative path segment (got '" + value + "')");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_LENGTH + " characters (got '" + value + "')");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException(field + " must be a single relative path segment without '/', '\\', ':'"
                        + " or control characters (got '" + printable(value) + "')");
            }
        }
        if (!value.strip().equals(value)) {
            throw new IllegalArgumentException(field + " must not start or end with white space (got '" + value + "')");
        }
        return value;
    }

    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
