package io.infrasync.cli.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ${VAR}} and {@code ${VAR:-default}} in string values, from an injected environment; {@code $$}
 * writes a literal {@code $}. {@code ${VAR:-default}} uses the default when VAR is unset or empty, as in
 * the shell.
 */
final class Interpolator {

    private final Map<String, String> environment;

    Interpolator(Map<String, String> environment) {
        this.environment = environment;
    }

    /** The result of interpolating one string. */
    record Result(String value, List<String> variables) {
    }

    /**
     * Interpolates {@code text}.
     *
     * @throws IllegalArgumentException naming the variable when it is unset and has no default, or when the
     *                                  syntax is broken
     */
    Result apply(String text) {
        if (text.indexOf('$') < 0) {
            return new Result(text, List.of());
        }
        StringBuilder out = new StringBuilder(text.length());
        List<String> variables = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
            } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int end = text.indexOf('}', i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed '${' in \"" + text + "\"");
                }
                String body = text.substring(i + 2, end);
                int separator = body.indexOf(":-");
                String name = separator >= 0 ? body.substring(0, separator) : body;
                if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    throw new IllegalArgumentException("invalid variable name '" + name + "' in \"${" + body + "}\"");
                }
                String value = environment.get(name);
                if (separator >= 0 && (value == null || value.isEmpty())) {
                    value = body.substring(separator + 2);
                } else if (value == null) {
                    throw new IllegalArgumentException("environment variable " + name + " is not set (write ${"
                            + name + ":-default} to give a default)");
                }
                variables.add(name);
                out.append(value);
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return new Result(out.toString(), variables);
    }
}
