package io.infrasync.core.domain.config;

import static java.util.Objects.requireNonNull;

/** Where one destination field takes its value from: a path, a constant, or a reference to a peer. */
public sealed interface FieldSource {

    /** {@code mapping: a.b.c}: the value at a dotted path of the (transformed) source record. */
    record Path(String path) implements FieldSource {
        public Path {
            requireNonNull(path, "path is null");
        }
    }

    /**
     * {@code static: value}: a constant, including falsy ones ({@code false}, {@code 0}, {@code ""},
     * {@code []}) that the original dropped.
     *
     * @param value JSON-like constant; never null (a YAML {@code static: null} means "no static")
     */
    record Static(Object value) implements FieldSource {
        public Static {
            requireNonNull(value, "value is null");
        }
    }

    /**
     * {@code mapping} plus {@code reference: Kind}: the value at {@code path} names one peer object (or a
     * list of them) of destination kind {@code kind}.
     */
    record Reference(String path, String kind) implements FieldSource {
        public Reference {
            requireNonNull(path, "path is null");
            requireNonNull(kind, "kind is null");
        }
    }
}
