package org.occucompare.analytics.skills;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalDouble;
import org.occucompare.core.model.OccupationCode;

/**
 * How much two occupations' skills, knowledge and abilities overlap. Immutable and thread-safe.
 *
 * @param a the first occupation (moved from), never null
 * @param b the second occupation (moved to), never null
 * @param descriptorsCompared how many descriptors both occupations rate
 * @param centredSimilarity the Pearson correlation of the two rating profiles (importance scaled to 0–1 by
 *     {@code (IM − 1) / 4}, level by {@code LV / 7}): 1 for identical profiles, about 0 for unrelated ones, negative
 *     for opposite ones; empty when fewer than 3 descriptors are shared; never null
 * @param rawCosine the plain cosine of the importance vectors, shown for transparency: it is about 0.95 for almost
 *     every pair, so it does not tell pairs apart; never null
 * @param percentileAmongPairs where {@code rawCosine} stands among all pairs of occupations in the dataset (0–100),
 *     when a similarity index was given; never null
 * @param sharedTop the descriptors both need most (highest lower importance), at most 10, never null
 * @param toLearnAToB what {@code b} needs at a higher level than {@code a}, biggest weighted gap first, at most 15;
 *     never null
 * @param toLearnBToA the same from {@code b} to {@code a}, never null
 * @param notes how the scores are computed and what is missing, never null
 */
public record SkillOverlap(OccupationCode a, OccupationCode b, int descriptorsCompared,
        OptionalDouble centredSimilarity, OptionalDouble rawCosine, OptionalDouble percentileAmongPairs,
        List<SharedDescriptor> sharedTop, List<SkillGap> toLearnAToB, List<SkillGap> toLearnBToA,
        List<String> notes) {
    /** Rejects null and copies. */
    public SkillOverlap {
        requireNonNull(a, "a is null");
        requireNonNull(b, "b is null");
        requireNonNull(centredSimilarity, "centredSimilarity is null");
        requireNonNull(rawCosine, "rawCosine is null");
        requireNonNull(percentileAmongPairs, "percentileAmongPairs is null");
        sharedTop = List.copyOf(requireNonNull(sharedTop, "sharedTop is null"));
        toLearnAToB = List.copyOf(requireNonNull(toLearnAToB, "toLearnAToB is null"));
        toLearnBToA = List.copyOf(requireNonNull(toLearnBToA, "toLearnBToA is null"));
        notes = List.copyOf(requireNonNull(notes, "notes is null"));
    }
}
