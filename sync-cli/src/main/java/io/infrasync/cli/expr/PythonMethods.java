package io.infrasync.cli.expr;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the Python string methods that upstream configs call ({@code name.lower()}) into the equivalent
 * Jinja filters ({@code name|lower}), since Jinjava evaluates method calls against Java classes. String
 * literals are left alone.
 */
final class PythonMethods {

    private static final Map<String, String> FILTERS = Map.of(
            "lower", "lower", "upper", "upper", "strip", "trim", "title", "title",
            "capitalize", "capitalize", "replace", "replace", "split", "split");
    private static final Pattern CALL = Pattern.compile("\\.(lower|upper|strip|title|capitalize|replace|split)\\(\\s*(\\)?)");

    private PythonMethods() {
    }

    static String rewrite(String template) {
        StringBuilder out = new StringBuilder(template.length());
        int i = 0;
        char quote = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == '\\' && i + 1 < template.length()) {
                    out.append(template.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
                i++;
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                out.append(c);
                i++;
                continue;
            }
            Matcher call = CALL.matcher(template).region(i, template.length());
            if (c == '.' && call.lookingAt()) {
                out.append('|').append(FILTERS.get(call.group(1)));
                // ".lower()" becomes "|lower"; ".replace(a, b)" becomes "|replace(a, b)"
                out.append(call.group(2).isEmpty() ? "(" : "");
                i = call.end();
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
