package io.infrasync.core.mapping;

import io.infrasync.core.domain.config.FilterOperation;
import io.infrasync.core.domain.config.FilterSpec;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One compiled {@code filters[]} entry, with the original's semantics (infrahub_sync {@code FILTERS_OPERATIONS}):
 *
 * <ul>
 *   <li>{@code ==}, {@code !=}: Python equality, no coercion ({@code "1" != 1}, {@code 1 == 1.0 == True}).</li>
 *   <li>{@code >}, {@code <}, {@code >=}, {@code <=}: both sides go through Python's {@code int()}
 *       ({@code "42"} and {@code 42.9} become 42); a value that does not convert is an error.</li>
 *   <li>{@code in}: false when {@code value} is falsy, else membership in a list, substring of a string or
 *       key of a map; {@code not in}: its negation, without the falsy shortcut.</li>
 *   <li>{@code contains}, {@code not contains}: false when the record value is falsy (so a record without
 *       the field is dropped by both), else membership or substring.</li>
 *   <li>{@code is_empty}, {@code is_not_empty}: Python falsiness; {@code value} is ignored.</li>
 *   <li>{@code regex}: {@code re.match}, i.e. anchored at the start only; the record value must be a string.</li>
 *   <li>{@code is_ip_within}: the record value (address, network or range) lies inside {@code value}, a
 *       network or range or a list of them; IPv4 and IPv6.</li>
 * </ul>
 */
final class RecordFilter {

    private final FilterSpec spec;
    private final DottedPath path;
    private final Pattern pattern;
    private final List<IpRange> networks;

    private RecordFilter(FilterSpec spec, DottedPath path, Pattern pattern, List<IpRange> networks) {
        this.spec = spec;
        this.path = path;
        this.pattern = pattern;
        this.networks = networks;
    }

    /**
     * Compiles {@code spec}: the path, a {@code regex} pattern and the {@code is_ip_within} networks are
     * parsed here, once.
     *
     * @throws IllegalArgumentException with a message fit for a config error when the operand is invalid
     */
    static RecordFilter compile(FilterSpec spec) {
        DottedPath path = DottedPath.of(spec.field());
        Pattern pattern = null;
        List<IpRange> networks = List.of();
        switch (spec.operation()) {
            case REGEX -> {
                if (!(spec.value() instanceof String regex)) {
                    throw new IllegalArgumentException("regex needs a string value, got " + PyValues.typeName(spec.value()));
                }
                try {
                    pattern = Pattern.compile(regex);
                } catch (PatternSyntaxException exception) {
                    throw new IllegalArgumentException("invalid regex '" + regex + "': " + exception.getDescription());
                }
            }
            case IS_IP_WITHIN -> networks = parseNetworks(spec.value());
            case GREATER, LESS, GREATER_OR_EQUAL, LESS_OR_EQUAL -> PyValues.toInt(spec.value());
            case NOT_IN -> {
                if (spec.value() == null) {
                    throw new IllegalArgumentException("'not in' needs a list or string value");
                }
            }
            default -> {
                // nothing to precompute
            }
        }
        return new RecordFilter(spec, path, pattern, networks);
    }

    private static List<IpRange> parseNetworks(Object value) {
        List<IpRange> networks = new ArrayList<>();
        if (value instanceof String text) {
            networks.add(IpRange.parse(text));
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            for (Object item : list) {
                if (!(item instanceof String text)) {
                    throw new IllegalArgumentException("is_ip_within needs networks as strings, got " + PyValues.typeName(item));
                }
                networks.add(IpRange.parse(text));
            }
        } else {
            throw new IllegalArgumentException("is_ip_within needs a network or a list of networks");
        }
        return List.copyOf(networks);
    }

    /** The spec this filter was compiled from. */
    FilterSpec spec() {
        return spec;
    }

    /**
     * Whether {@code record} passes.
     *
     * @throws IllegalArgumentException when the record value cannot be compared (the message says why)
     */
    boolean test(Object record) {
        Object field = path.read(record);
        Object value = spec.value();
        FilterOperation operation = spec.operation();
        return switch (operation) {
            case EQUALS -> PyValues.pyEquals(field, value);
            case NOT_EQUALS -> !PyValues.pyEquals(field, value);
            case GREATER -> compare(field, value) > 0;
            case LESS -> compare(field, value) < 0;
            case GREATER_OR_EQUAL -> compare(field, value) >= 0;
            case LESS_OR_EQUAL -> compare(field, value) <= 0;
            case IN -> PyValues.truthy(value) && PyValues.pyContains(value, field);
            case NOT_IN -> !PyValues.pyContains(value, field);
            case CONTAINS -> PyValues.truthy(field) && PyValues.pyContains(field, value);
            case NOT_CONTAINS -> PyValues.truthy(field) && !PyValues.pyContains(field, value);
            case IS_EMPTY -> !PyValues.truthy(field);
            case IS_NOT_EMPTY -> PyValues.truthy(field);
            case REGEX -> {
                if (!(field instanceof CharSequence text)) {
                    throw new IllegalArgumentException("regex expects a string, got " + PyValues.typeName(field));
                }
                yield pattern.matcher(text).lookingAt();
            }
            case IS_IP_WITHIN -> ipWithin(field);
        };
    }

    private static int compare(Object field, Object value) {
        BigInteger left = PyValues.toInt(field);
        BigInteger right = PyValues.toInt(value);
        return left.compareTo(right);
    }

    private boolean ipWithin(Object field) {
        if (!(field instanceof CharSequence text)) {
            throw new IllegalArgumentException("is_ip_within expects an address string, got " + PyValues.typeName(field));
        }
        IpRange candidate = IpRange.parse(text.toString());
        for (IpRange network : networks) {
            if (candidate.within(network)) {
                return true;
            }
        }
        return false;
    }

    /** {@code field operation value}, as in the config. */
    String describe() {
        return spec.field() + " " + spec.operation().symbol()
                + (spec.operation().isUnary() ? "" : " " + PyValues.str(spec.value()));
    }
}
