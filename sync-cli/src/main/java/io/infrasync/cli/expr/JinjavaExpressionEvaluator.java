package io.infrasync.cli.expr;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.tree.Node;
import io.infrasync.core.port.out.ExpressionEvaluator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@link ExpressionEvaluator} on Jinjava, with the semantics of the original's Jinja
 * {@code NativeEnvironment} and {@code StrictUndefined}: a template that is one {@code {{ expression }}}
 * returns the expression's value with its type; other templates render to text, read back as a Python
 * literal when they are one. An unknown variable is an error.
 *
 * <p>The template is parsed once in {@link #compile}. A single expression of the common shapes (see
 * {@link ExpressionParser}) is compiled to a Java tree and evaluated without Jinjava; whenever a record's values
 * fall outside what that tree reproduces exactly, or the evaluation fails, Jinjava evaluates the record, so
 * results and error messages are Jinjava's either way. Other expressions go to Jinjava, which caches the
 * parsed expression; each evaluation only opens a scope holding the record on a per-thread interpreter.
 */
public final class JinjavaExpressionEvaluator implements ExpressionEvaluator {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern FLOAT = Pattern.compile("[+-]?(\\d+\\.\\d*|\\.\\d+|\\d+(\\.\\d*)?[eE][+-]?\\d+)");

    private final Jinjava jinjava;
    private final ThreadLocal<JinjavaInterpreter> interpreters;
    private final ThreadLocal<ExpressionScope> expressionScopes;

    private final boolean compileCommonShapes;

    /** An evaluator that compiles the common expression shapes to Java and leaves the rest to Jinjava. */
    public JinjavaExpressionEvaluator() {
        this(true);
    }

    /** @param compileCommonShapes false to evaluate everything with Jinjava (the reference in tests) */
    JinjavaExpressionEvaluator(boolean compileCommonShapes) {
        this.compileCommonShapes = compileCommonShapes;
        this.jinjava = new Jinjava();
        this.interpreters = ThreadLocal.withInitial(jinjava::newInterpreter);
        this.expressionScopes = ThreadLocal.withInitial(() -> new ExpressionScope(jinjava.newInterpreter()));
    }

    @Override
    public Compiled compile(String expression) {
        String template = PythonMethods.rewrite(expression);
        JinjavaInterpreter interpreter = jinjava.newInterpreter();
        Node tree = interpreter.parse(template);
        checkErrors(interpreter, expression);
        // StrictUndefined: Jinjava's own strict mode also rejects variables that are present but None, so the
        // free variables are found once here and checked against each record's keys instead.
        List<String> variables = FreeVariables.of(template);
        String trimmed = template.strip();
        boolean single = trimmed.startsWith("{{") && trimmed.indexOf("}}") == trimmed.length() - 2;
        if (single) {
            String body = trimmed.substring(2, trimmed.length() - 2).strip();
            Compiled interpreted = context -> {
                checkDefined(variables, context, expression);
                return evaluateExpression(body, expression, variables, context);
            };
            if (!compileCommonShapes) {
                return interpreted;
            }
            try {
                return new CompiledExpression(ExpressionParser.parse(body), expression, variables, interpreted);
            } catch (NotCompilable | RuntimeException outsideSubset) {
                return interpreted;
            }
        }
        return context -> {
            checkDefined(variables, context, expression);
            return renderTemplate(tree, expression, variables, context);
        };
    }

    static void checkDefined(List<String> variables, Map<String, Object> context, String expression) {
        for (String variable : variables) {
            if (!context.containsKey(variable)) {
                throw new ExpressionException("'" + expression + "': '" + variable + "' is undefined");
            }
        }
    }

    private Object evaluateExpression(String body, String expression, List<String> variables, Map<String, Object> record) {
        ExpressionScope holder = expressionScopes.get();
        JinjavaInterpreter interpreter = holder.interpreter;
        JinjavaInterpreter.pushCurrent(interpreter);
        try {
            Context context = holder.next();
            for (String variable : variables) {
                context.put(variable, record.get(variable));
            }
            Object value = toNative(interpreter.resolveELExpression(body, 1));
            checkErrors(interpreter, expression);
            return value;
        } catch (ExpressionException exception) {
            throw exception;
        } catch (RuntimeException exception) {
            throw new ExpressionException(expression + ": " + exception.getMessage(), exception);
        } finally {
            clearErrors(interpreter);
            JinjavaInterpreter.popCurrent();
        }
    }

    /**
     * A per-thread interpreter with one scope reused for many single-expression evaluations: an expression
     * cannot bind variables, and every variable it reads is overwritten from the record before each
     * evaluation, so records cannot see each other. The scope is renewed now and then because Jinjava
     * remembers resolved values in it.
     */
    private static final class ExpressionScope {
        private static final int RENEW_EVERY = 1024;
        final JinjavaInterpreter interpreter;
        private int uses;

        ExpressionScope(JinjavaInterpreter interpreter) {
            this.interpreter = interpreter;
        }

        Context next() {
            if (uses++ % RENEW_EVERY == 0) {
                if (uses > 1) {
                    interpreter.leaveScope();
                }
                interpreter.enterScope();
            }
            return interpreter.getContext();
        }
    }

    private Object renderTemplate(Node tree, String expression, List<String> variables, Map<String, Object> record) {
        return withRecord(record, variables, expression, interpreter -> literal(interpreter.render(tree, false)));
    }

    /**
     * Runs {@code action} in a fresh scope holding the record's variables that the template reads, on this
     * thread's interpreter. Building an interpreter per record dominated the cost; a scope is cheap and is
     * discarded with the record.
     */
    private Object withRecord(Map<String, Object> record, List<String> variables, String expression,
            Function<JinjavaInterpreter, Object> action) {
        JinjavaInterpreter interpreter = interpreters.get();
        JinjavaInterpreter.pushCurrent(interpreter);
        interpreter.enterScope();
        try {
            Context context = interpreter.getContext();
            for (String variable : variables) {
                context.put(variable, record.get(variable));
            }
            Object value = action.apply(interpreter);
            checkErrors(interpreter, expression);
            return value;
        } catch (ExpressionException exception) {
            throw exception;
        } catch (RuntimeException exception) {
            throw new ExpressionException(expression + ": " + exception.getMessage(), exception);
        } finally {
            interpreter.leaveScope();
            clearErrors(interpreter);
            JinjavaInterpreter.popCurrent();
        }
    }

    /**
     * Forgets the errors of the last evaluation. {@code getErrors()} hands out a copy, so clearing that list
     * would leave them in place and the next record evaluated on this thread would fail with them.
     */
    private static void clearErrors(JinjavaInterpreter interpreter) {
        while (interpreter.getLastError().isPresent()) {
            interpreter.removeLastError();
        }
    }

    private static void checkErrors(JinjavaInterpreter interpreter, String expression) {
        if (interpreter.getErrors().isEmpty()) {
            return;
        }
        for (TemplateError error : interpreter.getErrorsCopy()) {
            if (error.getSeverity() != TemplateError.ErrorType.WARNING) {
                throw new ExpressionException("'" + expression + "': " + error.getMessage());
            }
        }
    }

    /** Jinjava's wrappers (PyList, PyMap, Long ...) as plain JSON-like values; None is null. */
    static Object toNative(Object value) {
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(toNative(item)));
            return items;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> entries = new LinkedHashMap<>();
            map.forEach((key, item) -> entries.put(String.valueOf(key), toNative(item)));
            return entries;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float number) {
            return number.doubleValue();
        }
        if (value instanceof java.math.BigDecimal decimal) {
            // Jinja's round and float give floats
            return decimal.doubleValue();
        }
        return value;
    }

    /** What {@code ast.literal_eval} would make of rendered text, for the common literals; else the text. */
    static Object literal(String text) {
        String value = text.strip();
        if (INTEGER.matcher(value).matches()) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException tooLarge) {
                return new java.math.BigInteger(value);
            }
        }
        if (FLOAT.matcher(value).matches()) {
            return Double.parseDouble(value);
        }
        switch (value) {
            case "True":
                return Boolean.TRUE;
            case "False":
                return Boolean.FALSE;
            case "None":
                return null;
            default:
                break;
        }
        if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'") || value.startsWith("\"") && value.endsWith("\""))
                && value.indexOf(value.charAt(0), 1) == value.length() - 1) {
            return value.substring(1, value.length() - 1);
        }
        return text;
    }
}
