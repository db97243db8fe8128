package org.occucompare.analytics.wage;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.BiFunction;
import org.occucompare.analytics.Estimate;
import org.occucompare.analytics.internal.Interval;
import org.occucompare.analytics.internal.Labels;
import org.occucompare.analytics.internal.WageLookup;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.Percentile;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.WageEstimate;

/**
 * Computes wage spreads: the 90/10 ratio and the 75−25 range. A top-coded 90th or 75th percentile makes the spread a
 * lower bound ("at least …"); a missing one makes it unknown with the reason. Stateless and thread-safe.
 */
public final class WageSpreads {

    /**
     * The spread of an occupation's wages at a place.
     *
     * @param occupation the occupation, never null
     * @param location the place, never null
     * @param rateType annual or hourly, never null
     * @return the spread, never null
     */
    public WageSpread spread(Occupation occupation, Location location, RateType rateType) {
        requireNonNull(occupation, "occupation is null");
        requireNonNull(location, "location is null");
        requireNonNull(rateType, "rateType is null");
        Optional<WageEstimate> e = WageLookup.estimate(occupation, location, rateType);
        if (e.isEmpty()) {
            Estimate none = Estimate.unknown(WageLookup.absentReason(occupation, location, rateType));
            return new WageSpread(occupation.code(), location, rateType, none, none);
        }
        Estimate ratio = combine(occupation, e.get(), Percentile.P90, Percentile.P10, Interval::dividedBy);
        Estimate range = combine(occupation, e.get(), Percentile.P75, Percentile.P25, Interval::minus);
        return new WageSpread(occupation.code(), location, rateType, ratio, range);
    }

    private static Estimate combine(Occupation occupation, WageEstimate e, Percentile high, Percentile low,
            BiFunction<Interval, Interval, Interval> op) {
        Optional<Interval> h = Interval.of(e.get(high));
        Optional<Interval> l = Interval.of(e.get(low));
        if (h.isEmpty() || l.isEmpty()) {
            return Estimate.unknown(WageLookup.missingPercentile(occupation, e, high)
                    .or(() -> WageLookup.missingPercentile(occupation, e, low)).orElseThrow());
        }
        String note = topCoded(occupation, e, high) + topCoded(occupation, e, low);
        return op.apply(h.get(), l.get()).toEstimate(note.strip(), "both percentiles are top-coded: the spread is"
                + " unknown");
    }

    private static String topCoded(Occupation occupation, WageEstimate e, Percentile p) {
        if (!e.get(p).isTopCoded()) {
            return "";
        }
        return occupation.code() + "'s " + Labels.percentile(p) + " in " + e.areaName() + " is top-coded (at least "
                + Labels.usd(e.get(p).lowerBound().orElseThrow(), e.rateType()) + "). ";
    }
}
