package io.infrasync.core.domain.config;

import java.util.Optional;

/** The 14 filter operations of {@code schema_mapping[].filters[].operation}, spelled as in the original. */
public enum FilterOperation {
    EQUALS("=="),
    NOT_EQUALS("!="),
    GREATER(">"),
    LESS("<"),
    GREATER_OR_EQUAL(">="),
    LESS_OR_EQUAL("<="),
    IN("in"),
    NOT_IN("not in"),
    CONTAINS("contains"),
    NOT_CONTAINS("not contains"),
    IS_EMPTY("is_empty"),
    IS_NOT_EMPTY("is_not_empty"),
    REGEX("regex"),
    IS_IP_WITHIN("is_ip_within");

    private final String symbol;

    FilterOperation(String symbol) {
        this.symbol = symbol;
    }

    /** The spelling used in {@code config.yml}. */
    public String symbol() {
        return symbol;
    }

    /** Whether the operation ignores {@code value} ({@code is_empty}, {@code is_not_empty}). */
    public boolean isUnary() {
        return this == IS_EMPTY || this == IS_NOT_EMPTY;
    }

    /** The operation spelled {@code symbol} exactly, if any. */
    public static Optional<FilterOperation> bySymbol(String symbol) {
        for (FilterOperation operation : values()) {
            if (operation.symbol.equals(symbol)) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }
}
