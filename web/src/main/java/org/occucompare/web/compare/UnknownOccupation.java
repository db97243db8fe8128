package org.occucompare.web.compare;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.occucompare.core.model.OccupationSummary;
import org.occucompare.core.source.Miss;

/**
 * An occupation that was asked for and matched nothing, as pages, exports and JSON errors show it. Immutable.
 *
 * @param input the code or title as given, never null
 * @param didYouMean the source's own suggestion (CareerOneStop's {@code DidYouMean}), or empty; never null
 * @param suggestions occupations whose title or code resembles it, best first, possibly none; never null
 * @param message a sentence for a page or a terminal, such as {@code No occupation matches "29-1199.99" in … Did
 *     you mean …?}; never null
 */
public record UnknownOccupation(String input, Optional<String> didYouMean, List<OccupationSummary> suggestions,
        String message) {
    /** Rejects null and copies. */
    public UnknownOccupation {
        requireNonNull(input, "input is null");
        requireNonNull(didYouMean, "didYouMean is null");
        suggestions = List.copyOf(requireNonNull(suggestions, "suggestions is null"));
        requireNonNull(message, "message is null");
    }

    /**
     * The view of a miss.
     *
     * @param miss the miss, never null
     * @return the unknown occupation, never null
     */
    public static UnknownOccupation of(Miss miss) {
        return new UnknownOccupation(miss.input(), miss.didYouMean(), miss.suggestions(), miss.message());
    }
}
