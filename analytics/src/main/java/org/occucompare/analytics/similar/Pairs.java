package org.occucompare.analytics.similar;

import java.util.Arrays;

/**
 * Combines the signals into one score per pair. Each signal's weight is divided by its standard deviation over the
 * pairs where both occupations have it; a pair's score is the weighted mean of the signals both have. The result is a
 * full symmetric matrix (1 on the diagonal) plus the sorted scores of all distinct pairs, for percentiles.
 */
final class Pairs {
    final float[] scores;
    final float[] sortedScores;
    final float[] sortedImportanceCosines;

    Pairs(Signals signals, SimilarityWeights weights) {
        int n = signals.occupations.size();
        int pairs = n * (n - 1) / 2;
        double[] w = weights.asArray();
        boolean[][] available = new boolean[Signals.COUNT][n];
        double[][] cosines = new double[Signals.COUNT][];
        double[] effective = new double[Signals.COUNT];
        for (int k = 0; k < Signals.COUNT; k++) {
            for (int i = 0; i < n; i++) {
                available[k][i] = signals.available(k, i);
            }
            if (w[k] == 0 && k != Signals.DESCRIPTORS) {
                continue; // descriptor cosines are always needed, to calibrate skill overlap
            }
            cosines[k] = new double[pairs];
            double sum = 0;
            double sumSq = 0;
            int count = 0;
            int p = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++, p++) {
                    if (available[k][i] && available[k][j]) {
                        double c = signals.cosine(k, i, j);
                        cosines[k][p] = c;
                        sum += c;
                        sumSq += c * c;
                        count++;
                    }
                }
            }
            double variance = count == 0 ? 0 : sumSq / count - (sum / count) * (sum / count);
            double sd = Math.sqrt(Math.max(0, variance));
            effective[k] = sd > 1e-12 ? w[k] / sd : 0;
        }
        scores = new float[n * n];
        sortedScores = new float[pairs];
        float[] importance = new float[pairs];
        int importanceCount = 0;
        int p = 0;
        for (int i = 0; i < n; i++) {
            scores[i * n + i] = 1f;
            for (int j = i + 1; j < n; j++, p++) {
                double num = 0;
                double den = 0;
                for (int k = 0; k < Signals.COUNT; k++) {
                    if (effective[k] > 0 && available[k][i] && available[k][j]) {
                        num += effective[k] * cosines[k][p];
                        den += effective[k];
                    }
                }
                float s = den == 0 ? 0f : (float) Math.min(1, Math.max(0, num / den));
                scores[i * n + j] = s;
                scores[j * n + i] = s;
                sortedScores[p] = s;
                if (available[Signals.DESCRIPTORS][i] && available[Signals.DESCRIPTORS][j]) {
                    importance[importanceCount++] = (float) cosines[Signals.DESCRIPTORS][p];
                }
            }
        }
        Arrays.sort(sortedScores);
        sortedImportanceCosines = Arrays.copyOf(importance, importanceCount);
        Arrays.sort(sortedImportanceCosines);
    }
}
