package org.occucompare.web.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.occucompare.analytics.similar.SimilarOccupation;
import org.occucompare.core.model.OccupationCode;

/**
 * The JSON body of {@code GET /api/similar/{code}}.
 *
 * @param code the occupation asked about, never null
 * @param similar the most similar occupations, best first: code, title, score (0–1), percentileAmongPairs (0–100)
 *     and the sharedDescriptors that both need distinctly more than occupations in general; never null
 */
public record SimilarResponse(OccupationCode code, List<SimilarOccupation> similar) {

    /** Validates and copies. */
    public SimilarResponse {
        requireNonNull(code, "code is null");
        similar = List.copyOf(requireNonNull(similar, "similar is null"));
    }
}
