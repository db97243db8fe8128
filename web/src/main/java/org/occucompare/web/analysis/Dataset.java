package org.occucompare.web.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.occucompare.analytics.compare.ComparisonService;
import org.occucompare.analytics.similar.SimilarityIndex;
import org.occucompare.core.model.Occupation;

/**
 * The stored dataset as analytics sees it: every occupation with its national figures, the similarity index over
 * them and the comparison service calibrated by that index. Immutable and thread-safe.
 *
 * @param key what identifies the stored data (its label and import times), never null
 * @param occupations every stored occupation, in code order, never null
 * @param index the similarity index of those occupations, never null
 * @param comparisons the comparison service calibrated by the index, never null
 */
record Dataset(String key, List<Occupation> occupations, SimilarityIndex index, ComparisonService comparisons) {
    Dataset {
        requireNonNull(key, "key is null");
        occupations = List.copyOf(requireNonNull(occupations, "occupations is null"));
        requireNonNull(index, "index is null");
        requireNonNull(comparisons, "comparisons is null");
    }
}
