package org.occucompare.analytics.skills;

import java.util.OptionalDouble;

/**
 * Calibrates a raw importance cosine against a dataset: where it stands among all pairs of occupations.
 * {@link org.occucompare.analytics.similar.SimilarityIndex} implements it. Implementations are thread-safe.
 */
@FunctionalInterface
public interface CosinePercentiles {

    /**
     * The share of all pairs of occupations whose importance cosine is at most the given one.
     *
     * @param rawCosine a cosine of two importance vectors over skills, knowledge and abilities, 0–1
     * @return the percentile, 0–100, or empty if the dataset has no pairs; never null
     */
    OptionalDouble percentileOfImportanceCosine(double rawCosine);
}
