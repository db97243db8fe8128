package org.occucompare.web.compare;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;
import org.occucompare.core.model.OccupationSummary;

/**
 * An occupation of a query that the data sources do not know, with what the user may have meant. Immutable.
 *
 * @param input the code or title as given, never null
 * @param suggestions occupations whose title or code resembles it, best first, possibly none; never null
 */
public record UnknownOccupation(String input, List<OccupationSummary> suggestions) {
    /** Rejects null and copies. */
    public UnknownOccupation {
        requireNonNull(input, "input is null");
        suggestions = List.copyOf(requireNonNull(suggestions, "suggestions is null"));
    }

    /** A sentence for a page or a terminal, such as "No occupation 29-1199.99 is known; did you mean …?". */
    public String message() {
        String start = "No occupation \"" + input + "\" is known here";
        if (suggestions.isEmpty()) {
            return start + "; search for words of its title.";
        }
        return start + "; did you mean " + suggestions.stream().map(s -> s.code() + " (" + s.title() + ")")
                .collect(Collectors.joining(", ")) + "?";
    }
}
