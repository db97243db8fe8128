package org.occucompare.analytics.similar;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.occucompare.analytics.skills.SharedDescriptor;
import org.occucompare.core.model.OccupationCode;

/**
 * One occupation similar to another. Immutable and thread-safe.
 *
 * @param code the similar occupation, never null
 * @param title its title, never null
 * @param score the similarity, 0–1 (1 for an occupation with itself): a weighted mean of the signals' cosines, see
 *     {@link SimilarityWeights}
 * @param percentileAmongPairs the share of all pairs of occupations in the dataset with a score at most this one,
 *     0–100
 * @param sharedDescriptors the skills, knowledge and abilities both need distinctly more than occupations in
 *     general, most distinctive first, at most 5; never null
 */
public record SimilarOccupation(OccupationCode code, String title, double score, double percentileAmongPairs,
        List<SharedDescriptor> sharedDescriptors) {
    /** Rejects null and copies. */
    public SimilarOccupation {
        requireNonNull(code, "code is null");
        requireNonNull(title, "title is null");
        sharedDescriptors = List.copyOf(requireNonNull(sharedDescriptors, "sharedDescriptors is null"));
    }
}
