package org.occucompare.web.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.OccupationSummary;

/**
 * Title search for autocomplete: every word of the query must start a word of an O*NET title or an alternate title;
 * a query of digits and dashes matches code prefixes ({@code 29-11}, {@code 291141}). Exact titles rank first, then
 * titles that start with the query, then other title matches, then alternate-title matches; ties by code.
 */
final class TitleSearch {
    private TitleSearch() {
    }

    static List<OccupationSummary> search(OccupationDao dao, String query, int limit) {
        String q = query.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (q.isEmpty()) {
            return List.of();
        }
        Map<String, Hit> hits = new LinkedHashMap<>();
        if (q.matches("[0-9][0-9.\\-]*")) {
            String digits = q.replace("-", "").replace(".", "");
            String codePrefix = digits.length() <= 2 ? digits : digits.substring(0, 2) + "-" + digits.substring(2);
            if (digits.length() > 6) {
                codePrefix = codePrefix.substring(0, 7) + "." + digits.substring(6);
            }
            for (Map.Entry<String, String> e : dao.titlesLike("", codePrefix + "%")) {
                hits.putIfAbsent(e.getKey(), new Hit(e.getKey(), e.getValue(), Optional.empty(), 0));
            }
        } else {
            String[] words = q.split(" ");
            String longest = words[0];
            for (String w : words) {
                longest = w.length() > longest.length() ? w : longest;
            }
            String pattern = "%" + likeLiteral(longest) + "%";
            for (Map.Entry<String, String> e : dao.titlesLike(pattern, "")) {
                String title = e.getValue().toLowerCase(Locale.ROOT);
                if (matches(title, words)) {
                    int rank = title.equals(q) ? 0 : title.startsWith(q) ? 1 : 2;
                    hits.putIfAbsent(e.getKey(), new Hit(e.getKey(), e.getValue(), Optional.empty(), rank));
                }
            }
            Map<String, String> titles = new LinkedHashMap<>();
            List<Map.Entry<String, String>> alternates = dao.alternateTitlesLike(pattern);
            if (!alternates.isEmpty()) {
                dao.occupations(alternates.stream().map(Map.Entry::getKey).distinct().toList())
                        .forEach(o -> titles.put(o.code(), o.title()));
            }
            for (Map.Entry<String, String> e : alternates) {
                String alternate = e.getValue().toLowerCase(Locale.ROOT);
                if (!hits.containsKey(e.getKey()) && matches(alternate, words) && titles.containsKey(e.getKey())) {
                    int rank = alternate.equals(q) ? 3 : alternate.startsWith(q) ? 4 : 5;
                    hits.put(e.getKey(), new Hit(e.getKey(), titles.get(e.getKey()), Optional.of(e.getValue()),
                            rank));
                }
            }
        }
        List<Hit> ranked = new ArrayList<>(hits.values());
        ranked.sort(Comparator.comparingInt(Hit::rank).thenComparing(Hit::code));
        return ranked.stream().limit(limit).map(h -> new OccupationSummary(OccupationCode.parse(h.code()),
                h.title(), h.matched())).toList();
    }

    /** The text as a literal in a LIKE pattern: H2's default escape character, a backslash, before each wildcard. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Whether every query word starts a word of the title. */
    private static boolean matches(String title, String[] words) {
        String[] titleWords = title.split("[^a-z0-9*]+");
        for (String w : words) {
            boolean found = false;
            for (String t : titleWords) {
                if (t.startsWith(w.replaceAll("[^a-z0-9*]", ""))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** One search hit before ranking. */
    private record Hit(String code, String title, Optional<String> matched, int rank) {
    }
}
