package io.infrasync.core.domain.config;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Where one adapter setting's effective value came from, for verbose logging. It names variables, never
 * values, so that it can be logged safely.
 */
public sealed interface SettingOrigin {

    /** Human-readable description, for example {@code environment variable NETBOX_TOKEN}. */
    String describe();

    /** Written literally in the file. */
    record File() implements SettingOrigin {
        @Override
        public String describe() {
            return "config file";
        }
    }

    /** Written in the file with {@code ${VAR}} interpolation of the named variables. */
    record Interpolated(List<String> variables) implements SettingOrigin {
        public Interpolated {
            variables = List.copyOf(variables);
        }

        @Override
        public String describe() {
            return "config file with ${" + String.join("}, ${", variables) + "}";
        }
    }

    /** Overridden by an environment variable (a global one such as {@code NETBOX_TOKEN} or a side-scoped one). */
    record Environment(String variable) implements SettingOrigin {
        public Environment {
            requireNonNull(variable, "variable is null");
        }

        @Override
        public String describe() {
            return "environment variable " + variable;
        }
    }
}
