package io.infrasync.sandbox.infrahub;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * An IP interface or network parsed from Infrahub's text form ({@code 10.0.0.1/24}, {@code 2001:db8::/32}),
 * with the derived values that the {@code IPHost}/{@code IPNetwork} attribute types expose.
 */
record IpValues(int version, BigInteger address, int prefixlen) {

    /** Parses an address with optional {@code /prefixlen}; empty when the text is not an IP literal. */
    static Optional<IpValues> parse(Object text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.toString().trim();
        int slash = value.indexOf('/');
        String host = slash < 0 ? value : value.substring(0, slash);
        // Only literals: never let InetAddress resolve a name.
        if (host.isEmpty() || !host.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            return Optional.empty();
        }
        try {
            byte[] bytes = InetAddress.getByName(host).getAddress();
            int bits = bytes.length * 8;
            int prefixlen = slash < 0 ? bits : Integer.parseInt(value.substring(slash + 1));
            if (prefixlen < 0 || prefixlen > bits) {
                return Optional.empty();
            }
            return Optional.of(new IpValues(bytes.length == 4 ? 4 : 6, new BigInteger(1, bytes), prefixlen));
        } catch (UnknownHostException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    int bits() {
        return version == 4 ? 32 : 128;
    }

    BigInteger netmaskValue() {
        BigInteger all = BigInteger.ONE.shiftLeft(bits()).subtract(BigInteger.ONE);
        return all.shiftRight(bits() - prefixlen).shiftLeft(bits() - prefixlen);
    }

    BigInteger hostmaskValue() {
        return BigInteger.ONE.shiftLeft(bits() - prefixlen).subtract(BigInteger.ONE);
    }

    String ip() {
        return format(address);
    }

    String netmask() {
        return format(netmaskValue());
    }

    String hostmask() {
        return format(hostmaskValue());
    }

    String networkAddress() {
        return format(address.and(netmaskValue()));
    }

    String broadcastAddress() {
        return format(address.or(hostmaskValue()));
    }

    BigInteger numAddresses() {
        return BigInteger.ONE.shiftLeft(bits() - prefixlen);
    }

    /** The network form Python's {@code ip_network(strict=False)} prints: {@code 10.0.0.0/24}. */
    String network() {
        return networkAddress() + "/" + prefixlen;
    }

    /** The interface form: {@code 10.0.0.1/24}. */
    String withPrefixlen() {
        return ip() + "/" + prefixlen;
    }

    String format(BigInteger value) {
        if (version == 4) {
            long v = value.longValue();
            return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = value.shiftRight(16 * (7 - i)).intValue() & 0xffff;
        }
        // RFC 5952: compress the longest run (length >= 2) of zero groups, the first one on ties.
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
