package org.occucompare.analytics.internal;

import java.util.Optional;
import org.occucompare.analytics.Estimate;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.spi.Bound;

/**
 * A closed range {@code [low, high]} a figure is known to lie in; {@code low} may be minus infinity and {@code high}
 * plus infinity for "no bound". Exact figures are points; a top-coded wage is {@code [top code, +inf)}. Used to carry
 * top codes honestly through gaps and ratios. Immutable.
 *
 * @param low the least the figure can be
 * @param high the most the figure can be, at least {@code low}
 */
public record Interval(double low, double high) {

    /** An interval that says nothing. */
    public static final Interval UNKNOWN = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    /** Checks the order and rejects NaN. */
    public Interval {
        if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
            throw new IllegalArgumentException("bad interval [" + low + ", " + high + "]");
        }
    }

    /**
     * The range of a wage amount.
     *
     * @param amount the amount, never null
     * @return {@code [v, v]} for a figure, {@code [top code, +inf)} for a top-coded one, empty when missing
     */
    public static Optional<Interval> of(WageAmount amount) {
        if (amount instanceof WageAmount.Figure) {
            double v = ((WageAmount.Figure) amount).usd();
            return Optional.of(new Interval(v, v));
        }
        if (amount instanceof WageAmount.TopCoded) {
            return Optional.of(new Interval(((WageAmount.TopCoded) amount).atLeastUsd(), Double.POSITIVE_INFINITY));
        }
        return Optional.empty();
    }

    /**
     * The point interval of a number.
     *
     * @param value a finite number
     * @return {@code [value, value]}
     */
    public static Interval point(double value) {
        return new Interval(value, value);
    }

    /**
     * This minus another.
     *
     * @param other the subtrahend
     * @return {@code [low - other.high, high - other.low]}
     */
    public Interval minus(Interval other) {
        return new Interval(safe(low - other.high, Double.NEGATIVE_INFINITY),
                safe(high - other.low, Double.POSITIVE_INFINITY));
    }

    /**
     * This divided by another; both must be positive ranges (wages).
     *
     * @param other the divisor, with {@code low > 0}
     * @return the range of the quotient; a lower end of 0 that only comes from an unbounded divisor becomes
     *     "no lower bound", since it says nothing about a ratio of wages
     */
    public Interval dividedBy(Interval other) {
        double lo = Double.isInfinite(other.high) ? Double.NEGATIVE_INFINITY : low / other.high;
        return new Interval(lo, high / other.low);
    }

    /**
     * This times a number.
     *
     * @param factor a finite positive number
     * @return the scaled range
     */
    public Interval times(double factor) {
        return new Interval(low * factor, high * factor);
    }

    /**
     * This plus a number.
     *
     * @param offset a finite number
     * @return the shifted range
     */
    public Interval plus(double offset) {
        return new Interval(low + offset, high + offset);
    }

    /** {@return true if the figure is known exactly} */
    public boolean isPoint() {
        return low == high;
    }

    /**
     * Turns the range into an estimate: a point is exact, a half-open range a bound, anything else unknown.
     *
     * @param boundNote why a bounded result is only a bound, for readers
     * @param unknownNote why an unbounded result is unknown, for readers
     * @return the estimate, never null
     */
    public Estimate toEstimate(String boundNote, String unknownNote) {
        if (isPoint()) {
            return Estimate.exact(low + 0.0);
        }
        if (Double.isFinite(low) && Double.isInfinite(high)) {
            return Estimate.bounded(low, Bound.AT_LEAST, boundNote);
        }
        if (Double.isInfinite(low) && Double.isFinite(high)) {
            return Estimate.bounded(high, Bound.AT_MOST, boundNote);
        }
        return Estimate.unknown(unknownNote);
    }

    private static double safe(double v, double ifNaN) {
        return Double.isNaN(v) ? ifNaN : v;
    }
}
