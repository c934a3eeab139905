package io.infrasync.sandbox.netbox;

/**
 * The NetBox 4.x release the emulator imitates; shapes differ between minors (display_url from 4.1,
 * prefix scope from 4.2, owner and v2 tokens from 4.5, nested objects without counters from 4.6).
 */
record NetboxVersion(int major, int minor, int patch) {

    static NetboxVersion parse(String text) {
        String[] parts = text.split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            int patch = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
            if (major != 4 || minor < 0 || minor > 6) {
                throw new IllegalArgumentException("NetBox sandbox version must be 4.0 to 4.6, got " + text);
            }
            return new NetboxVersion(major, minor, patch);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("NetBox sandbox version is not <major>.<minor>[.<patch>]: " + text, e);
        }
    }

    /** {@code 4.6}: what the API-Version header carries. */
    String apiVersion() {
        return major + "." + minor;
    }

    /** {@code 4.6.8}. */
    String full() {
        return major + "." + minor + "." + patch;
    }

    boolean atLeast(int wantedMinor) {
        return minor >= wantedMinor;
    }
}
