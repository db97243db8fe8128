package org.occucompare.analytics.overlap;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.occucompare.analytics.internal.Interval;
import org.occucompare.analytics.internal.Labels;
import org.occucompare.analytics.internal.WageLookup;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.WageEstimate;

/**
 * Estimates pay overlap between two occupations at a place. The share of {@code group} earning more than
 * {@code threshold}'s median is {@code 1 − F(median)}, with {@code F} the cumulative share of {@code group}'s wage
 * distribution read off {@link WageCdf}: a point within a run of exact percentiles, a range elsewhere (below the
 * 10th or above the 90th percentile, or next to a top-coded or missing one). Stateless and thread-safe.
 */
public final class PayOverlaps {
    static final String METHOD = "Estimated from the five published percentiles (10th, 25th, median, 75th, 90th) with"
            + " a monotone cubic interpolation (Fritsch–Carlson, as in PCHIP) of the cumulative wage distribution: an"
            + " estimate, not a count.";

    /**
     * The share of one occupation's workers earning more than another's median.
     *
     * @param group the occupation whose workers are counted, never null
     * @param threshold the occupation whose median is the line, never null
     * @param location the place, never null
     * @return the estimate, never null
     */
    public PayOverlap shareAboveMedian(Occupation group, Occupation threshold, Location location) {
        requireNonNull(group, "group is null");
        requireNonNull(threshold, "threshold is null");
        requireNonNull(location, "location is null");
        List<String> notes = new ArrayList<>();
        notes.add(METHOD);
        RateType rate = bothHave(group, threshold, location, RateType.ANNUAL) ? RateType.ANNUAL
                : bothHave(group, threshold, location, RateType.HOURLY) ? RateType.HOURLY : RateType.ANNUAL;
        Optional<WageEstimate> g = WageLookup.estimate(group, location, rate);
        Optional<WageEstimate> t = WageLookup.estimate(threshold, location, rate);
        if (g.isEmpty() || t.isEmpty()) {
            notes.add(g.isEmpty() ? WageLookup.absentReason(group, location, rate)
                    : WageLookup.absentReason(threshold, location, rate));
            return new PayOverlap(group.code(), threshold.code(), location, rate, Optional.empty(), notes);
        }
        if (WageLookup.shareWages(group, threshold)) {
            notes.add(group.code() + " and " + threshold.code() + " show the same SOC group's wages, so the overlap"
                    + " describes that group, not a difference between them.");
        }
        Optional<Interval> median = Interval.of(t.get().median());
        WageCdf cdf = new WageCdf(g.get());
        if (median.isEmpty() || cdf.isEmpty()) {
            notes.add(median.isEmpty() ? WageLookup.missingPercentile(threshold, t.get(),
                    org.occucompare.core.model.Percentile.MEDIAN).orElseThrow()
                    : "no usable percentile of " + group.code() + " in " + g.get().areaName());
            return new PayOverlap(group.code(), threshold.code(), location, rate, Optional.empty(), notes);
        }
        double low = 100 * (1 - cdf.upper(median.get().high()));
        double high = 100 * (1 - cdf.lower(median.get().low()));
        ShareRange share = new ShareRange(clamp(Math.min(low, high)), clamp(Math.max(low, high)));
        if (!share.isPoint()) {
            notes.add(threshold.code() + "'s median (" + describe(median.get(), rate) + ") is not inside a run of"
                    + " exact published percentiles of " + group.code() + " (the tails beyond the 10th and 90th"
                    + " percentiles, and top-coded or missing percentiles, are unknown), so the share is a range.");
        }
        return new PayOverlap(group.code(), threshold.code(), location, rate, Optional.of(share), notes);
    }

    private static boolean bothHave(Occupation a, Occupation b, Location location, RateType rate) {
        return WageLookup.estimate(a, location, rate).isPresent() && WageLookup.estimate(b, location, rate)
                .isPresent();
    }

    private static String describe(Interval median, RateType rate) {
        return median.isPoint() ? Labels.usd(median.low(), rate) : "at least " + Labels.usd(median.low(), rate);
    }

    /** Keeps a share within 0–100 and drops floating-point dust (100 × (1 − 0.9) is 9.999999999999998). */
    private static double clamp(double pct) {
        double rounded = Math.round(pct * 1e9) / 1e9;
        return Math.max(0, Math.min(100, rounded + 0.0));
    }
}
