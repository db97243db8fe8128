package org.occucompare.analytics.overlap;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.math3.analysis.polynomials.PolynomialFunction;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;
import org.occucompare.core.model.Percentile;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;

/**
 * What five published percentiles say about a wage distribution's cumulative share {@code F(x)}: exact at each exact
 * percentile; between two adjacent exact percentiles, a monotone cubic (Fritsch–Carlson / PCHIP) through the run of
 * consecutive exact percentiles, built as a Commons Math {@link PolynomialSplineFunction}; anywhere else only bounds.
 * A top-coded percentile {@code q} at top code {@code T} says {@code F(x) <= q} for {@code x < T}.
 */
final class WageCdf {
    private final double[] x = new double[5];
    private final double[] q = new double[5];
    private final boolean[] exact = new boolean[5];
    private final double[] topCode = new double[5];

    WageCdf(WageEstimate e) {
        Percentile[] ps = Percentile.values();
        for (int i = 0; i < 5; i++) {
            WageAmount a = e.get(ps[i]);
            q[i] = ps[i].rank() / 100.0;
            exact[i] = a.value().isPresent();
            x[i] = a.value().orElse(Double.NaN);
            topCode[i] = a.isTopCoded() ? a.lowerBound().getAsDouble() : Double.NaN;
        }
    }

    /** {@return true if no percentile is usable at all} */
    boolean isEmpty() {
        for (int i = 0; i < 5; i++) {
            if (exact[i] || !Double.isNaN(topCode[i])) {
                return false;
            }
        }
        return true;
    }

    /** The least {@code F(x)} can be: the highest exact percentile at or below {@code v}, else 0. */
    double lower(double v) {
        OptionalDouble point = point(v);
        if (point.isPresent()) {
            return point.getAsDouble();
        }
        double lo = 0;
        for (int i = 0; i < 5; i++) {
            if (exact[i] && x[i] <= v) {
                lo = Math.max(lo, q[i]);
            }
        }
        return lo;
    }

    /** The most {@code F(x)} can be: the lowest percentile known to lie above {@code v}, else 1. */
    double upper(double v) {
        OptionalDouble point = point(v);
        if (point.isPresent()) {
            return point.getAsDouble();
        }
        double hi = 1;
        for (int i = 4; i >= 0; i--) {
            boolean above = exact[i] ? x[i] >= v : !Double.isNaN(topCode[i]) && topCode[i] > v;
            if (above) {
                hi = Math.min(hi, q[i]);
            }
        }
        return hi;
    }

    /** {@code F(v)} as one number when {@code v} lies within a run of consecutive exact percentiles. */
    OptionalDouble point(double v) {
        for (int start = 0; start < 5; start++) {
            if (!exact[start]) {
                continue;
            }
            int end = start;
            while (end + 1 < 5 && exact[end + 1] && x[end + 1] > x[end]) {
                end++;
            }
            if (v >= x[start] && v <= x[end]) {
                if (start == end) {
                    return OptionalDouble.of(q[start]);
                }
                return OptionalDouble.of(pchip(start, end).value(v));
            }
            start = end;
        }
        return OptionalDouble.empty();
    }

    /** The monotone cubic Hermite spline through points {@code start..end} (at least two). */
    private PolynomialSplineFunction pchip(int start, int end) {
        int n = end - start + 1;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x[start + i];
            ys[i] = q[start + i];
        }
        double[] h = new double[n - 1];
        double[] d = new double[n - 1];
        for (int k = 0; k < n - 1; k++) {
            h[k] = xs[k + 1] - xs[k];
            d[k] = (ys[k + 1] - ys[k]) / h[k];
        }
        double[] m = slopes(h, d);
        List<PolynomialFunction> pieces = new ArrayList<>();
        for (int k = 0; k < n - 1; k++) {
            double c2 = (3 * d[k] - 2 * m[k] - m[k + 1]) / h[k];
            double c3 = (m[k] + m[k + 1] - 2 * d[k]) / (h[k] * h[k]);
            pieces.add(new PolynomialFunction(new double[] {ys[k], m[k], c2, c3}));
        }
        return new PolynomialSplineFunction(xs, pieces.toArray(new PolynomialFunction[0]));
    }

    /** Fritsch–Carlson slopes (as in PCHIP): weighted harmonic means inside, shape-preserving three-point ends. */
    private static double[] slopes(double[] h, double[] d) {
        int n = h.length + 1;
        double[] m = new double[n];
        if (n == 2) {
            m[0] = d[0];
            m[1] = d[0];
            return m;
        }
        for (int k = 1; k < n - 1; k++) {
            if (d[k - 1] * d[k] <= 0) {
                m[k] = 0;
            } else {
                double w1 = 2 * h[k] + h[k - 1];
                double w2 = h[k] + 2 * h[k - 1];
                m[k] = (w1 + w2) / (w1 / d[k - 1] + w2 / d[k]);
            }
        }
        m[0] = endSlope(h[0], h[1], d[0], d[1]);
        m[n - 1] = endSlope(h[n - 2], h[n - 3], d[n - 2], d[n - 3]);
        return m;
    }

    private static double endSlope(double h0, double h1, double d0, double d1) {
        double s = ((2 * h0 + h1) * d0 - h0 * d1) / (h0 + h1);
        if (Math.signum(s) != Math.signum(d0)) {
            return 0;
        }
        if (Math.signum(d0) != Math.signum(d1) && Math.abs(s) > Math.abs(3 * d0)) {
            return 3 * d0;
        }
        return s;
    }
}
