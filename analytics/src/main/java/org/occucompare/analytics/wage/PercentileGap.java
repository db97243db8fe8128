package org.occucompare.analytics.wage;

import static java.util.Objects.requireNonNull;

import org.occucompare.analytics.Estimate;
import org.occucompare.core.model.Percentile;

/**
 * The gap at one percentile between a subject and a reference wage distribution. Immutable and thread-safe.
 *
 * @param percentile which percentile, never null
 * @param gapUsd subject minus reference, in dollars per year or per hour (as the {@link WageGap} says); never null
 * @param gapPct the gap relative to the reference, in percent ({@code 10.0} means 10 % more); never null
 * @param sharedWages true if both sides show the same SOC occupation's wage figures (O*NET detailed occupations
 *     inherit their SOC group's wages): the gap then says nothing about pay
 */
public record PercentileGap(Percentile percentile, Estimate gapUsd, Estimate gapPct, boolean sharedWages) {
    /** Rejects null. */
    public PercentileGap {
        requireNonNull(percentile, "percentile is null");
        requireNonNull(gapUsd, "gapUsd is null");
        requireNonNull(gapPct, "gapPct is null");
    }
}
