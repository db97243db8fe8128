package org.occucompare.analytics.wage;

import static java.util.Objects.requireNonNull;

import org.occucompare.analytics.Estimate;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.RateType;

/**
 * How spread out one wage distribution is. Immutable and thread-safe.
 *
 * @param code the occupation, never null
 * @param location the place, never null
 * @param rateType annual or hourly, never null
 * @param ratio90To10 the 90th percentile divided by the 10th (a pure ratio), never null
 * @param range75Minus25Usd the 75th minus the 25th percentile, in dollars per year or hour, never null
 */
public record WageSpread(OccupationCode code, Location location, RateType rateType, Estimate ratio90To10,
        Estimate range75Minus25Usd) {
    /** Rejects null. */
    public WageSpread {
        requireNonNull(code, "code is null");
        requireNonNull(location, "location is null");
        requireNonNull(rateType, "rateType is null");
        requireNonNull(ratio90To10, "ratio90To10 is null");
        requireNonNull(range75Minus25Usd, "range75Minus25Usd is null");
    }
}
