package org.occucompare.analytics.similar;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.occucompare.analytics.skills.CosinePercentiles;
import org.occucompare.analytics.skills.SharedDescriptor;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;

/**
 * All-pairs similarity of one dataset, computed once (about a second for O*NET's ~900 occupations) and then queried
 * in microseconds. The score of a pair is a weighted mean of four cosines (see {@link SimilarityWeights}), each
 * weight divided by the signal's standard deviation over all pairs; a signal one of the two occupations lacks is left
 * out of that pair's mean. Scores are symmetric and 1 for an occupation with itself. Immutable and thread-safe.
 */
public final class SimilarityIndex implements CosinePercentiles {
    private static final int EXPLANATIONS = 5;

    private final List<OccupationCode> codes;
    private final List<String> titles;
    private final Map<OccupationCode, Integer> rowOf = new HashMap<>();
    private final SimilarityWeights weights;
    /** The full symmetric matrix, row-major, 1 on the diagonal. */
    private final float[] scores;
    private final PairDistribution pairScores;
    private final PairDistribution importanceCosines;
    private final Explainer explainer;

    SimilarityIndex(List<OccupationCode> codes, List<String> titles, SimilarityWeights weights, float[] scores,
            PairDistribution pairScores, PairDistribution importanceCosines, Explainer explainer) {
        this.codes = List.copyOf(codes);
        this.titles = List.copyOf(titles);
        this.weights = weights;
        for (int i = 0; i < codes.size(); i++) {
            rowOf.put(codes.get(i), i);
        }
        this.scores = scores;
        this.pairScores = pairScores;
        this.importanceCosines = importanceCosines;
        this.explainer = explainer;
    }

    /**
     * Builds the index of a dataset with the {@link SimilarityWeights#DEFAULT default weights}.
     *
     * @param occupations the whole dataset, each code once, never null
     * @return the index, never null
     * @throws OccupationException {@code INVALID_INPUT} if a code is given twice
     */
    public static SimilarityIndex build(Collection<Occupation> occupations) {
        return build(occupations, SimilarityWeights.DEFAULT);
    }

    /**
     * Builds the index of a dataset.
     *
     * @param occupations the whole dataset, each code once, never null
     * @param weights the signal weights, never null
     * @return the index, never null
     * @throws OccupationException {@code INVALID_INPUT} if a code is given twice
     */
    public static SimilarityIndex build(Collection<Occupation> occupations, SimilarityWeights weights) {
        requireNonNull(occupations, "occupations is null");
        requireNonNull(weights, "weights is null");
        List<Occupation> sorted = new ArrayList<>(occupations);
        sorted.sort(Comparator.comparing(Occupation::code));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).code().equals(sorted.get(i - 1).code())) {
                throw OccupationException.invalidInput("Occupation " + sorted.get(i).code() + " is given twice: give"
                        + " each occupation of the dataset once.");
            }
        }
        Signals signals = new Signals(sorted);
        Pairs pairs = new Pairs(signals, weights);
        List<Explainer.Element> elements = signals.elements.stream()
                .map(d -> new Explainer.Element(d.elementId(), d.name(), d.kind())).toList();
        return new SimilarityIndex(sorted.stream().map(Occupation::code).toList(),
                sorted.stream().map(Occupation::title).toList(), weights, pairs.scores,
                PairDistribution.ofSorted(pairs.sortedScores),
                PairDistribution.ofSorted(pairs.sortedImportanceCosines),
                new Explainer(elements, signals.importance, signals.level));
    }

    /**
     * The index in a compact binary form, for a store to keep with its dataset: everything but the
     * {@linkplain #importanceCosines() importance cosines}, which are kept apart so that a process that only
     * calibrates skill overlap need not read the rest. {@link #fromBytes} reads it back into an index that gives the
     * same answers.
     *
     * @return the bytes, never null
     */
    public byte[] toBytes() {
        return IndexCodec.write(this);
    }

    /**
     * Reads an index written by {@link #toBytes()}.
     *
     * @param bytes what {@link #toBytes()} wrote, never null
     * @param importanceCosines the same index's {@link #importanceCosines()}, never null
     * @return the index, never null
     * @throws IllegalArgumentException if the bytes are not an index in this version's form (an older version of
     *     OccuCompare wrote them, or they are damaged): build the index anew
     */
    public static SimilarityIndex fromBytes(byte[] bytes, PairDistribution importanceCosines) {
        return IndexCodec.read(requireNonNull(bytes, "bytes is null"),
                requireNonNull(importanceCosines, "importanceCosines is null"));
    }

    /**
     * The occupations most similar to one, most similar first (ties by code).
     *
     * @param code the occupation, never null
     * @param n how many, 1 or more (fewer come back when the dataset is smaller)
     * @return the similar occupations, never null
     * @throws OccupationException {@code NOT_FOUND} if the code is not in the dataset, {@code INVALID_INPUT} if
     *     {@code n} is below 1
     */
    public List<SimilarOccupation> similar(OccupationCode code, int n) {
        int i = row(code);
        if (n < 1) {
            throw OccupationException.invalidInput("Asked for " + n + " similar occupations: ask for 1 or more.");
        }
        int[] rows = top(i, Math.min(n, codes.size() - 1));
        int size = codes.size();
        List<SimilarOccupation> result = new ArrayList<>();
        for (int j : rows) {
            float s = scores[i * size + j];
            List<SharedDescriptor> why = explainer.shared(i, j, EXPLANATIONS);
            result.add(new SimilarOccupation(codes.get(j), titles.get(j), s, pairScores.percentile(s).orElse(0),
                    why));
        }
        return result;
    }

    /**
     * The {@code n} best rows for row {@code i}, best first, excluding {@code i}: an insertion into a short sorted
     * array, which rejects most rows with one comparison. Ties go to the lower row, that is the lower code.
     */
    private int[] top(int i, int n) {
        int size = codes.size();
        int[] best = new int[n];
        float[] bestScore = new float[n];
        int count = 0;
        for (int j = 0; j < size; j++) {
            if (j == i) {
                continue;
            }
            float s = scores[i * size + j];
            if (count == n && s <= bestScore[n - 1]) {
                continue;
            }
            int at = count < n ? count++ : n - 1;
            while (at > 0 && bestScore[at - 1] < s) {
                best[at] = best[at - 1];
                bestScore[at] = bestScore[at - 1];
                at--;
            }
            best[at] = j;
            bestScore[at] = s;
        }
        return best;
    }

    /**
     * The similarity of two occupations of the dataset.
     *
     * @param a one occupation, never null
     * @param b another, never null
     * @return the score, 0–1, 1 when {@code a} equals {@code b}
     * @throws OccupationException {@code NOT_FOUND} if either is not in the dataset
     */
    public double score(OccupationCode a, OccupationCode b) {
        return scores[row(a) * codes.size() + row(b)];
    }

    /**
     * Where a pair's score stands among all pairs of the dataset.
     *
     * @param a one occupation, never null
     * @param b another, never null
     * @return the share of pairs scoring at most this pair, 0–100, or empty for a dataset of one; never null
     * @throws OccupationException {@code NOT_FOUND} if either is not in the dataset
     */
    public OptionalDouble percentile(OccupationCode a, OccupationCode b) {
        return pairScores.percentile(score(a, b));
    }

    @Override
    public OptionalDouble percentileOfImportanceCosine(double rawCosine) {
        return importanceCosines.percentile(rawCosine);
    }

    /**
     * The raw importance cosines of all pairs of rated occupations, which calibrate skill overlap: the part of the
     * index a comparison needs.
     *
     * @return the distribution, never null
     */
    public PairDistribution importanceCosines() {
        return importanceCosines;
    }

    /** {@return true if the dataset holds the occupation} */
    public boolean contains(OccupationCode code) {
        return rowOf.containsKey(requireNonNull(code, "code is null"));
    }

    /** {@return the number of occupations in the dataset} */
    public int size() {
        return codes.size();
    }

    /** {@return the weights the index was built with, never null} */
    public SimilarityWeights weights() {
        return weights;
    }

    List<OccupationCode> codes() {
        return codes;
    }

    List<String> titles() {
        return titles;
    }

    /** The score of rows {@code i} and {@code j}. */
    float score(int i, int j) {
        return scores[i * codes.size() + j];
    }

    /** The scores of all pairs, sorted. */
    PairDistribution pairScores() {
        return pairScores;
    }

    Explainer explainer() {
        return explainer;
    }

    private int row(OccupationCode code) {
        Integer i = rowOf.get(requireNonNull(code, "code is null"));
        if (i == null) {
            throw OccupationException.notFound("Occupation " + code + " is not in the similarity dataset: check the"
                    + " code, or import the O*NET data that holds it.");
        }
        return i;
    }
}
