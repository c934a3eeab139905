package io.infrasync.cli.expr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top-level variables a template reads, for strict-undefined checks: names inside {@code {{ }}} and
 * {@code {% %}} that are not attribute names (after {@code .}), filters or tests (after {@code |} or
 * {@code is}), function calls, keyword arguments, keywords, or names the template binds itself
 * ({@code for x in}, {@code set x =}).
 */
final class FreeVariables {

    private static final Set<String> KEYWORDS = Set.of("if", "else", "elif", "endif", "for", "endfor", "in", "not",
            "and", "or", "is", "true", "false", "none", "True", "False", "None", "set", "endset", "loop", "recursive",
            "with", "endwith", "macro", "endmacro", "call", "endcall", "filter", "endfilter", "raw", "endraw", "block",
            "endblock", "include", "import", "from", "as", "do", "break", "continue", "range", "dict", "namespace");
    private static final Pattern BLOCK = Pattern.compile("\\{\\{(.*?)}}|\\{%(.*?)%}", Pattern.DOTALL);
    private static final Pattern BINDING = Pattern.compile("^\\s*(?:for\\s+([\\w\\s,]+?)\\s+in\\b|set\\s+(\\w+)\\s*=)");

    private FreeVariables() {
    }

    static List<String> of(String template) {
        Set<String> bound = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        Matcher block = BLOCK.matcher(template);
        while (block.find()) {
            String body = block.group(1) != null ? block.group(1) : block.group(2);
            Matcher binding = BINDING.matcher(body);
            if (binding.find()) {
                String targets = binding.group(1) != null ? binding.group(1) : binding.group(2);
                for (String target : targets.split(",")) {
                    bound.add(target.strip());
                }
                body = body.substring(binding.end());
            }
            collect(body, names);
        }
        names.removeAll(bound);
        return new ArrayList<>(names);
    }

    private static void collect(String body, Set<String> names) {
        int i = 0;
        char previous = ' ';
        String previousWord = "";
        String wordBefore = "";
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < body.length() && body.charAt(end) != c) {
                    end += body.charAt(end) == '\\' ? 2 : 1;
                }
                i = end + 1;
                previous = c;
                continue;
            }
            if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < body.length() && (Character.isLetterOrDigit(body.charAt(end)) || body.charAt(end) == '_')) {
                    end++;
                }
                String word = body.substring(i, end);
                int next = end;
                while (next < body.length() && Character.isWhitespace(body.charAt(next))) {
                    next++;
                }
                char following = next < body.length() ? body.charAt(next) : ' ';
                // a test name follows "is" or "is not"
                boolean test = previousWord.equals("is") || previousWord.equals("not") && wordBefore.equals("is");
                boolean attribute = previous == '.' || previous == '|' || test;
                boolean call = following == '(';
                boolean keyword = following == '=' && (next + 1 >= body.length() || body.charAt(next + 1) != '=');
                if (!attribute && !call && !keyword && !KEYWORDS.contains(word)) {
                    names.add(word);
                }
                wordBefore = previousWord;
                previousWord = word;
                previous = 'a';
                i = end;
                continue;
            }
            if (!Character.isWhitespace(c)) {
                previous = c;
                previousWord = "";
                wordBefore = "";
            }
            i++;
        }
    }
}
