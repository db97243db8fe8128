package org.occucompare.web.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.occucompare.core.model.OccupationSummary;

/**
 * The JSON body of {@code GET /api/occupations?q=…}.
 *
 * @param query the words searched for, never null
 * @param results matching occupations, best first: {@code code}, {@code title} and the {@code matchedTitle} (an
 *     alternate title that matched) or null; never null
 */
public record SearchResponse(String query, List<OccupationSummary> results) {

    /** Validates and copies. */
    public SearchResponse {
        requireNonNull(query, "query is null");
        results = List.copyOf(requireNonNull(results, "results is null"));
    }
}
