package io.infrasync.core.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" suggestions: the existing names closest to a misspelt one (Levenshtein, case-insensitive). */
final class NameSuggestions {

    private static final int MAX_SUGGESTIONS = 3;

    private NameSuggestions() {
    }

    /** Up to three candidates within a small edit distance of {@code wanted}, nearest first. */
    static List<String> nearest(String wanted, Collection<String> candidates) {
        int limit = Math.max(2, wanted.length() / 3);
        record Scored(String name, int distance) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String candidate : candidates) {
            int distance = distance(wanted.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance <= limit) {
                scored.add(new Scored(candidate, distance));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(MAX_SUGGESTIONS, scored.size()); i++) {
            names.add(scored.get(i).name());
        }
        return names;
    }

    /** {@code " (did you mean 'A' or 'B'?)"}, or empty when nothing is close. */
    static String didYouMean(String wanted, Collection<String> candidates) {
        List<String> names = nearest(wanted, candidates);
        if (names.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(" (did you mean ");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                text.append(i == names.size() - 1 ? " or " : ", ");
            }
            text.append('\'').append(names.get(i)).append('\'');
        }
        return text.append("?)").toString();
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
