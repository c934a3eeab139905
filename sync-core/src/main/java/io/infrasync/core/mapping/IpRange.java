package io.infrasync.core.mapping;

import java.math.BigInteger;

/**
 * An inclusive range of IPv4 or IPv6 addresses, parsed by hand (the core may not use {@code java.net}).
 *
 * <p>Accepted text, as netutils' {@code get_range_ips} accepts it: an address ({@code 10.0.0.1},
 * {@code 2001:db8::1}, with an optional {@code %zone}), a network with a prefix length or an IPv4 netmask,
 * host bits allowed ({@code 10.0.0.1/24} is the whole of {@code 10.0.0.0/24}), or a range
 * {@code first-last}.
 */
record IpRange(int version, BigInteger first, BigInteger last) {

    private static final BigInteger IPV4_MAX = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE);
    private static final BigInteger IPV6_MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

    /** Parses {@code text}; throws {@link IllegalArgumentException} naming it when it is not one of the forms. */
    static IpRange parse(String text) {
        String value = text.strip();
        int dash = value.indexOf('-');
        if (dash >= 0) {
            IpRange start = parseAddress(value.substring(0, dash).strip(), text);
            IpRange end = parseAddress(value.substring(dash + 1).strip(), text);
            if (start.version != end.version || start.first.compareTo(end.first) > 0) {
                throw invalid(text);
            }
            return new IpRange(start.version, start.first, end.last);
        }
        int slash = value.indexOf('/');
        if (slash >= 0) {
            IpRange address = parseAddress(value.substring(0, slash), text);
            int bits = address.version == 4 ? 32 : 128;
            int prefix = parsePrefix(value.substring(slash + 1), address.version, bits, text);
            BigInteger max = address.version == 4 ? IPV4_MAX : IPV6_MAX;
            BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
            BigInteger network = address.first.and(max.xor(hostMask));
            return new IpRange(address.version, network, network.or(hostMask));
        }
        return parseAddress(value, text);
    }

    /** Whether every address of {@code this} lies in {@code outer}; false when the families differ. */
    boolean within(IpRange outer) {
        return version == outer.version
                && outer.first.compareTo(first) <= 0
                && last.compareTo(outer.last) <= 0;
    }

    private static int parsePrefix(String text, int version, int bits, String original) {
        if (text.matches("\\d{1,3}")) {
            int prefix = Integer.parseInt(text);
            if (prefix > bits) {
                throw invalid(original);
            }
            return prefix;
        }
        if (version == 4 && text.indexOf('.') >= 0) {
            long mask = parseIpv4(text, original).longValue();
            int prefix = Long.bitCount(mask);
            long expected = prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
            if (mask != expected) {
                throw invalid(original);
            }
            return prefix;
        }
        throw invalid(original);
    }

    private static IpRange parseAddress(String text, String original) {
        if (text.indexOf(':') >= 0) {
            BigInteger value = parseIpv6(text, original);
            return new IpRange(6, value, value);
        }
        BigInteger value = parseIpv4(text, original);
        return new IpRange(4, value, value);
    }

    private static BigInteger parseIpv4(String text, String original) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw invalid(original);
        }
        long value = 0;
        for (String part : parts) {
            value = (value << 8) | parseOctet(part, original);
        }
        return BigInteger.valueOf(value);
    }

    private static int parseOctet(String part, String original) {
        // Like Python's ipaddress: 1-3 decimal digits, no leading zero, at most 255.
        if (!part.matches("\\d{1,3}") || (part.length() > 1 && part.charAt(0) == '0')) {
            throw invalid(original);
        }
        int octet = Integer.parseInt(part);
        if (octet > 255) {
            throw invalid(original);
        }
        return octet;
    }

    private static BigInteger parseIpv6(String text, String original) {
        String address = text;
        int zone = address.indexOf('%');
        if (zone >= 0) {
            address = address.substring(0, zone);
        }
        long[] groups = new long[8];
        int doubleColon = address.indexOf("::");
        if (doubleColon != address.lastIndexOf("::")) {
            throw invalid(original);
        }
        String[] head;
        String[] tail;
        if (doubleColon >= 0) {
            head = splitGroups(address.substring(0, doubleColon));
            tail = splitGroups(address.substring(doubleColon + 2));
        } else {
            head = splitGroups(address);
            tail = new String[0];
        }
        long[] headValues = parseGroups(head, original);
        long[] tailValues = parseGroups(tail, original);
        int total = headValues.length + tailValues.length;
        if ((doubleColon >= 0 && total > 7) || (doubleColon < 0 && total != 8)) {
            throw invalid(original);
        }
        System.arraycopy(headValues, 0, groups, 0, headValues.length);
        System.arraycopy(tailValues, 0, groups, 8 - tailValues.length, tailValues.length);
        BigInteger value = BigInteger.ZERO;
        for (long group : groups) {
            value = value.shiftLeft(16).or(BigInteger.valueOf(group));
        }
        return value;
    }

    private static String[] splitGroups(String text) {
        return text.isEmpty() ? new String[0] : text.split(":", -1);
    }

    /** Hex groups; the last one may be an embedded IPv4 address (two groups). */
    private static long[] parseGroups(String[] parts, String original) {
        int count = parts.length;
        boolean embedded = count > 0 && parts[count - 1].indexOf('.') >= 0;
        long[] values = new long[embedded ? count + 1 : count];
        for (int i = 0; i < count; i++) {
            String part = parts[i];
            if (embedded && i == count - 1) {
                long ipv4 = parseIpv4(part, original).longValue();
                values[i] = ipv4 >>> 16;
                values[i + 1] = ipv4 & 0xFFFF;
            } else if (part.matches("[0-9A-Fa-f]{1,4}")) {
                values[i] = Long.parseLong(part, 16);
            } else {
                throw invalid(original);
            }
        }
        return values;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("'" + text + "' does not appear to be an IPv4 or IPv6 address, network or range");
    }
}
