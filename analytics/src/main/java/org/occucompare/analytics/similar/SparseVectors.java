package org.occucompare.analytics.similar;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of bags of words, L2-normalised, stored sparse (sorted term ids and weights): term weight
 * {@code (1 + ln count) × ln((N + 1) / (df + 1))}. The cosine of two vectors is then their dot product.
 */
final class SparseVectors {
    private final int[][] terms;
    private final double[][] weights;

    SparseVectors(List<Map<String, Integer>> bags) {
        int n = bags.size();
        Map<String, Integer> ids = new HashMap<>();
        Map<Integer, Integer> df = new HashMap<>();
        for (Map<String, Integer> bag : bags) {
            for (String t : bag.keySet()) {
                int id = ids.computeIfAbsent(t, k -> ids.size());
                df.merge(id, 1, Integer::sum);
            }
        }
        terms = new int[n][];
        weights = new double[n][];
        for (int i = 0; i < n; i++) {
            Map<String, Integer> bag = bags.get(i);
            int[] ts = bag.keySet().stream().mapToInt(ids::get).sorted().toArray();
            Map<Integer, Integer> counts = new HashMap<>();
            bag.forEach((t, c) -> counts.put(ids.get(t), c));
            double[] ws = new double[ts.length];
            double norm = 0;
            for (int k = 0; k < ts.length; k++) {
                double idf = Math.log((n + 1.0) / (df.get(ts[k]) + 1.0));
                ws[k] = (1 + Math.log(counts.get(ts[k]))) * idf;
                norm += ws[k] * ws[k];
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < ws.length; k++) {
                ws[k] = norm == 0 ? 0 : ws[k] / norm;
            }
            terms[i] = ts;
            weights[i] = ws;
        }
    }

    /** {@return true if document {@code i} has any weighted term} */
    boolean hasTerms(int i) {
        return Arrays.stream(weights[i]).anyMatch(w -> w > 0);
    }

    /** The cosine of documents {@code i} and {@code j}: a merge over their sorted term ids. */
    double cosine(int i, int j) {
        int[] a = terms[i];
        int[] b = terms[j];
        double[] wa = weights[i];
        double[] wb = weights[j];
        double dot = 0;
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                dot += wa[x++] * wb[y++];
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return dot;
    }
}
