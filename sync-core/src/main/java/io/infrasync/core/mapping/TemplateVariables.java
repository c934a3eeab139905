package io.infrasync.core.mapping;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A conservative guess at the record keys a Jinja transform reads: a superset of its free top-level
 * variables, or empty when the template is one whose reads cannot be told from its text.
 *
 * <p>Inside every {@code {{ }}} and {@code {% %}} block (outside string literals) each name is kept unless
 * it follows a {@code .} (an attribute of something else), follows {@code |} or {@code is} (a filter or
 * test, which Jinja never looks up in the record) or is a Jinja reserved word. Function names,
 * keyword-argument names and names the template binds itself ({@code for x in}, {@code set x =}) are
 * kept: asking the source for a key that does not exist costs nothing, while missing one that the
 * template reads would make it fail as undefined. Templates that pull in other
 * templates ({@code include}, {@code import}, {@code from}, {@code extends}) and templates whose blocks or
 * strings are not closed give empty, meaning "read every field".
 */
final class TemplateVariables {

    /** Words that can never be variables in Jinja, and the tag names that open a statement. */
    private static final Set<String> RESERVED = Set.of("and", "or", "not", "in", "is", "if", "else", "elif", "endif",
            "for", "endfor", "set", "endset", "true", "false", "none", "True", "False", "None", "with", "endwith",
            "macro", "endmacro", "call", "endcall", "filter", "endfilter", "raw", "endraw", "block", "endblock",
            "as", "recursive", "do", "break", "continue", "autoescape", "endautoescape");
    /** Statements that read other templates, whose variables the text does not show. */
    private static final Pattern OTHER_TEMPLATE = Pattern.compile("^\\s*-?\\s*(include|import|from|extends)\\b");
    private static final Pattern BLOCK = Pattern.compile("\\{\\{(.*?)}}|\\{%(.*?)%}", Pattern.DOTALL);

    private TemplateVariables() {
    }

    /**
     * The names {@code template} may read from the record.
     *
     * @return a superset of the template's free variables, in order of appearance; empty when unknown
     */
    static Optional<Set<String>> of(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher block = BLOCK.matcher(template);
        int end = 0;
        while (block.find()) {
            if (unclosedOpening(template, end, block.start())) {
                return Optional.empty();
            }
            end = block.end();
            boolean statement = block.group(2) != null;
            String body = statement ? block.group(2) : block.group(1);
            if (statement && OTHER_TEMPLATE.matcher(body).find()) {
                return Optional.empty();
            }
            if (!collect(body, names)) {
                return Optional.empty();
            }
        }
        if (unclosedOpening(template, end, template.length())) {
            return Optional.empty();
        }
        return Optional.of(names);
    }

    /** Whether plain text between blocks opens one that never closes (the template would not parse). */
    private static boolean unclosedOpening(String template, int from, int to) {
        String text = template.substring(from, to);
        return text.contains("{{") || text.contains("{%");
    }

    /** Adds the names of one block's body; false when a string literal is not closed. */
    private static boolean collect(String body, Set<String> names) {
        int i = 0;
        char previous = ' ';
        boolean afterIs = false;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\'' || c == '"') {
                int close = i + 1;
                while (close < body.length() && body.charAt(close) != c) {
                    close += body.charAt(close) == '\\' ? 2 : 1;
                }
                if (close >= body.length()) {
                    return false;
                }
                i = close + 1;
                previous = c;
                afterIs = false;
                continue;
            }
            if (Character.isLetter(c) || c == '_') {
                int wordEnd = i;
                while (wordEnd < body.length() && (Character.isLetterOrDigit(body.charAt(wordEnd))
                        || body.charAt(wordEnd) == '_')) {
                    wordEnd++;
                }
                String word = body.substring(i, wordEnd);
                // Filters (after |) and tests (after "is" / "is not") are looked up by Jinja, never in the record.
                boolean filterOrTest = previous == '|' || afterIs;
                if (previous != '.' && !filterOrTest && !RESERVED.contains(word)) {
                    names.add(word);
                }
                afterIs = word.equals("is") || afterIs && word.equals("not");
                previous = 'a';
                i = wordEnd;
                continue;
            }
            if (!Character.isWhitespace(c)) {
                previous = c;
                afterIs = false;
            }
            i++;
        }
        return true;
    }
}
