package org.occucompare.analytics.skills;

import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/** The Pearson correlation, through Commons Math, guarded against degenerate input. */
final class Correlation {
    private Correlation() {
    }

    /**
     * The Pearson correlation of two equally long series.
     *
     * @return the correlation, clamped to −1..1, or empty for fewer than 3 points or a constant series
     */
    static OptionalDouble pearson(List<Double> x, List<Double> y) {
        if (x.size() < 3 || x.size() != y.size()) {
            return OptionalDouble.empty();
        }
        double[] xs = x.stream().mapToDouble(Double::doubleValue).toArray();
        double[] ys = y.stream().mapToDouble(Double::doubleValue).toArray();
        double r = new PearsonsCorrelation().correlation(xs, ys);
        if (!Double.isFinite(r)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(-1, Math.min(1, r)));
    }
}
