package org.occucompare.analytics.similar;

import org.occucompare.core.OccupationException;

/**
 * How much each signal counts in a similarity, before each is divided by its spread over all pairs of the dataset
 * (so a weight is the signal's share of the ranking, whatever its scale). Immutable and thread-safe.
 *
 * @param knowledgeImportance the cosine of knowledge importance vectors, finite and 0 or more
 * @param descriptorImportance the cosine of skill, knowledge and ability importance vectors, finite and 0 or more
 * @param workText the TF-IDF cosine of the words of task statements, work activities and the description, finite and
 *     0 or more
 * @param titles the TF-IDF cosine of the words of the title and the alternate titles, finite and 0 or more
 */
public record SimilarityWeights(double knowledgeImportance, double descriptorImportance, double workText,
        double titles) {

    /**
     * The documented weights: 2, 1, 1 and 0.6. With them, the 20 most similar occupations hold on average about 64 %
     * of O*NET's own 20 related occupations (see docs/analytics.md).
     */
    public static final SimilarityWeights DEFAULT = new SimilarityWeights(2, 1, 1, 0.6);

    /** Plain cosine over skill, knowledge and ability importance only: the baseline the default is measured against. */
    public static final SimilarityWeights IMPORTANCE_ONLY = new SimilarityWeights(0, 1, 0, 0);

    /** Validates; throws {@link OccupationException} ({@code INVALID_INPUT}) for a negative or non-finite weight. */
    public SimilarityWeights {
        double[] all = {knowledgeImportance, descriptorImportance, workText, titles};
        double sum = 0;
        for (double w : all) {
            if (!Double.isFinite(w) || w < 0) {
                throw OccupationException.invalidInput("Similarity weight " + w + " is not a finite number of 0 or"
                        + " more: give weights such as 2, 1, 1, 0.6.");
            }
            sum += w;
        }
        if (sum == 0) {
            throw OccupationException.invalidInput("All similarity weights are 0: give at least one positive weight.");
        }
    }

    double[] asArray() {
        return new double[] {knowledgeImportance, descriptorImportance, workText, titles};
    }
}
