package io.infrasync.cli.expr;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Jinja filters a compiled expression applies itself, each with Jinjava's result for the input types it
 * accepts (and {@link Fallback} for the others): {@code lower}, {@code upper}, {@code trim}, {@code replace},
 * {@code default} / {@code d}, {@code join}, {@code string}, {@code int}.
 */
final class Filters {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,18}");

    /** A filter with its input and evaluated arguments. */
    @FunctionalInterface
    interface Function {
        Object apply(Object input, Object[] arguments);
    }

    private record Arity(int min, int max) {
    }

    private static final Map<String, Arity> ARITY = Map.of("lower", new Arity(0, 0), "upper", new Arity(0, 0),
            "trim", new Arity(0, 0), "replace", new Arity(2, 2), "default", new Arity(1, 2), "d", new Arity(1, 2),
            "join", new Arity(0, 1), "string", new Arity(0, 0), "int", new Arity(0, 0));

    private Filters() {
    }

    /** The filter called {@code name} with {@code arguments} arguments, if compiled. */
    static Function named(String name, int arguments) throws NotCompilable {
        Arity arity = ARITY.get(name);
        if (arity == null || arguments < arity.min() || arguments > arity.max()) {
            throw new NotCompilable("filter '" + name + "' with " + arguments + " arguments");
        }
        return switch (name) {
            case "lower" -> (input, args) -> input instanceof String text ? text.toLowerCase() : passNonText(input);
            case "upper" -> (input, args) -> input instanceof String text ? text.toUpperCase() : passNonText(input);
            case "trim" -> (input, args) -> {
                if (input instanceof String text) {
                    return text.trim();
                }
                throw Fallback.INSTANCE;
            };
            case "replace" -> Filters::replace;
            case "default", "d" -> Filters::defaultValue;
            case "join" -> Filters::join;
            case "string" -> (input, args) -> {
                if (input instanceof String || Values.isIntegral(input) || input instanceof Boolean) {
                    return input.toString();
                }
                throw Fallback.INSTANCE;
            };
            case "int" -> Filters::toInt;
            default -> throw new NotCompilable("filter '" + name + "'");
        };
    }

    /** lower/upper leave None and integers as they are. */
    private static Object passNonText(Object input) {
        if (input == null || Values.isIntegral(input)) {
            return input;
        }
        throw Fallback.INSTANCE;
    }

    private static Object replace(Object input, Object[] args) {
        if (input == null) {
            return null;
        }
        if (input instanceof String text && args[0] instanceof String old && !old.isEmpty()
                && args[1] instanceof String replacement) {
            return text.replace(old, replacement);
        }
        throw Fallback.INSTANCE;
    }

    private static Object defaultValue(Object input, Object[] args) {
        boolean falsy = args.length > 1 && booleanArgument(args[1]);
        if (input == null || falsy && !Values.truthy(input)) {
            return args[0];
        }
        return input;
    }

    private static boolean booleanArgument(Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw Fallback.INSTANCE;
    }

    private static Object join(Object input, Object[] args) {
        String separator = "";
        if (args.length == 1) {
            if (!(args[0] instanceof String text)) {
                throw Fallback.INSTANCE;
            }
            separator = text;
        }
        if (input instanceof List<?> list) {
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof String element)) {
                    throw Fallback.INSTANCE;
                }
                if (i > 0) {
                    joined.append(separator);
                }
                joined.append(element);
            }
            return joined.toString();
        }
        throw Fallback.INSTANCE;
    }

    private static Object toInt(Object input, Object[] args) {
        if (input == null) {
            return 0L;
        }
        if (Values.isIntegral(input)) {
            return ((Number) input).longValue();
        }
        if (input instanceof String text && DECIMAL.matcher(text).matches()) {
            return Long.parseLong(text);
        }
        throw Fallback.INSTANCE;
    }
}
