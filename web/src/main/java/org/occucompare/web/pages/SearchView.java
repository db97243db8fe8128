package org.occucompare.web.pages;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.occucompare.core.model.OccupationSummary;
import org.occucompare.web.ui.Frame;

/**
 * The search results page.
 *
 * @param frame the page frame, never null
 * @param query the words searched for, never null
 * @param results the matching occupations, best first, never null
 */
public record SearchView(Frame frame, String query, List<OccupationSummary> results) {

    /** Validates and copies. */
    public SearchView {
        requireNonNull(frame, "frame is null");
        requireNonNull(query, "query is null");
        results = List.copyOf(requireNonNull(results, "results is null"));
    }

    /**
     * A comparison of a result with the first result (or, for the first, with the second).
     *
     * @param result one of the results, never null
     * @return the compare page address, never null
     */
    public String compareHref(OccupationSummary result) {
        String other = results.stream().map(s -> s.code().value()).filter(c -> !c.equals(result.code().value()))
                .findFirst().orElse("15-1252.00");
        return CompareLinks.of(List.of(result.code().value(), other), List.of("US"), result.code().value());
    }
}
