package org.occucompare.web.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Quantile classes of a set of values, for a choropleth: the sorted values are cut into {@code k} runs of about equal
 * count, class {@code j} starting at the value of rank {@code ceil(j·n/k)} (0-based), so each class holds about
 * {@code n/k} values. Equal values always share a class: where ties would split, the classes merge, so there may be
 * fewer than asked for. Immutable.
 *
 * @param lows each class's least value, ascending; never null
 * @param highs each class's greatest value, ascending; never null
 */
record QuantileClasses(List<Double> lows, List<Double> highs) {
    QuantileClasses {
        lows = List.copyOf(lows);
        highs = List.copyOf(highs);
        if (lows.size() != highs.size() || lows.isEmpty()) {
            throw new IllegalArgumentException("classes need as many lows as highs, and at least one");
        }
    }

    /**
     * Classes of values.
     *
     * @param values the values, at least one, finite; never null
     * @param k how many classes at most, 1 or more
     * @return the classes, never null
     */
    static QuantileClasses of(double[] values, int k) {
        if (values.length == 0 || k < 1) {
            throw new IllegalArgumentException("quantile classes need values and at least one class");
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        List<Double> lows = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            int rank = (int) Math.ceil((double) j * n / k);
            if (rank >= n) {
                break; // fewer values than classes: each value is a class of its own
            }
            double low = v[rank];
            if (lows.isEmpty() || low > lows.get(lows.size() - 1)) {
                lows.add(low);
            }
        }
        List<Double> highs = new ArrayList<>();
        for (int j = 0; j < lows.size(); j++) {
            double next = j + 1 < lows.size() ? lows.get(j + 1) : Double.POSITIVE_INFINITY;
            double high = lows.get(j);
            for (double x : v) {
                if (x < next) {
                    high = Math.max(high, x);
                }
            }
            highs.add(high);
        }
        return new QuantileClasses(lows, highs);
    }

    /** How many classes there are. */
    int size() {
        return lows.size();
    }

    /**
     * The class of a value: the last whose least value it reaches (0 for a value below every class).
     *
     * @param value the value
     * @return the class, 0 to {@code size() - 1}
     */
    int classOf(double value) {
        int c = 0;
        for (int j = 1; j < lows.size(); j++) {
            if (value >= lows.get(j)) {
                c = j;
            }
        }
        return c;
    }
}
