package org.occucompare.web.ui;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A long list as a page shows it: its first entries at once and the rest behind a disclosure ({@code <details>}),
 * which works without JavaScript, is reached and opened with the keyboard, and prints open, so every entry stays in
 * the page. A list only a little longer than its first entries is shown whole: hiding one or two entries behind a
 * control helps nobody.
 *
 * @param first the entries shown at once, never null
 * @param rest the entries behind the disclosure, never null; empty when the list is shown whole
 * @param noun what the entries are, in the plural, for the disclosure's label ("tasks"); never null
 * @param <T> the type of the entries
 */
public record Shortlist<T>(List<T> first, List<T> rest, String noun) {
    /** How many entries beyond the first ones a list may have and still be shown whole. */
    static final int SLACK = 2;

    /** Validates and copies. */
    public Shortlist {
        first = List.copyOf(requireNonNull(first, "first is null"));
        rest = List.copyOf(requireNonNull(rest, "rest is null"));
        requireNonNull(noun, "noun is null");
    }

    /**
     * A list cut after its first entries, unless it has at most {@link #SLACK} more.
     *
     * @param all every entry, in the order to show them; never null
     * @param shown how many to show at once, 1 or more
     * @param noun what the entries are, in the plural; never null
     * @param <T> the type of the entries
     * @return the list, never null
     */
    public static <T> Shortlist<T> of(List<T> all, int shown, String noun) {
        if (shown < 1) {
            throw new IllegalArgumentException("shown must be 1 or more, not " + shown);
        }
        if (all.size() <= shown + SLACK) {
            return new Shortlist<>(all, List.of(), noun);
        }
        return new Shortlist<>(all.subList(0, shown), all.subList(shown, all.size()), noun);
    }

    /** Whether some entries are behind the disclosure. */
    public boolean hasMore() {
        return !rest.isEmpty();
    }

    /** The disclosure's label, such as "17 more tasks (27 in all)"; never null. */
    public String summary() {
        return rest.size() + " more " + noun + " (" + (first.size() + rest.size()) + " in all)";
    }
}
