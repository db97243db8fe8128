package org.occucompare.analytics.similar;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns text into counted word stems: lower case, letters only, words of three letters or more, English stop words
 * dropped, a few suffixes cut ({@code -ations}, {@code -ing}, {@code -ers}, {@code -s} …) when at least four letters
 * remain. Crude, but enough to match "inspect", "inspects" and "inspecting".
 */
final class Tokenizer {
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "from", "into", "other", "such",
            "that", "this", "their", "using", "use", "etc", "including", "are", "may");
    private static final String[] SUFFIXES = {"ations", "ation", "ings", "ing", "ers", "er", "ies", "es", "s", "ed",
        "al"};

    private Tokenizer() {
    }

    /** Adds the stems of a text to a bag of counts. */
    static void addTo(Map<String, Integer> bag, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            while (i < lower.length() && !isLetter(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < lower.length() && isLetter(lower.charAt(i))) {
                i++;
            }
            if (i - start > 2) {
                String word = lower.substring(start, i);
                if (!STOP.contains(word)) {
                    bag.merge(stem(word), 1, Integer::sum);
                }
            }
        }
    }

    /** A new bag of the stems of some texts. */
    static Map<String, Integer> bag(Iterable<String> texts) {
        Map<String, Integer> bag = new HashMap<>();
        for (String t : texts) {
            addTo(bag, t);
        }
        return bag;
    }

    static String stem(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
