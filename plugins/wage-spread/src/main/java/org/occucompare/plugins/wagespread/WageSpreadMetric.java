package org.occucompare.plugins.wagespread;

import java.util.List;
import java.util.Optional;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.spi.Bound;
import org.occucompare.core.spi.Direction;
import org.occucompare.core.spi.MetricDescriptor;
import org.occucompare.core.spi.MetricInput;
import org.occucompare.core.spi.MetricResult;
import org.occucompare.core.spi.MetricValue;
import org.occucompare.core.spi.OccupationMetric;

/**
 * The 90/10 wage ratio: the 90th percentile wage divided by the 10th, from the annual estimate (the hourly one when
 * only that is published; a ratio has no unit). A top-coded 90th percentile makes the ratio a lower bound; a missing
 * percentile leaves the cell empty with the reason. Immutable and thread-safe.
 */
final class WageSpreadMetric implements OccupationMetric {
    private static final MetricDescriptor DESCRIPTOR = new MetricDescriptor("wage-spread-90-10",
            "Wage spread (90th / 10th percentile)", "ratio", Direction.NEUTRAL, "The 90th percentile wage divided by"
            + " the 10th: 2.0 means the best-paid tenth earn at least twice what the lowest-paid tenth earn at most.");

    @Override
    public MetricDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public MetricResult evaluate(MetricInput input) {
        return MetricResult.ofEachCell(input, WageSpreadMetric::cell,
                List.of("Source: OEWS percentiles as carried by each occupation."));
    }

    private static MetricValue cell(Occupation o, Location place) {
        Optional<WageEstimate> annual = o.wages().flatMap(w -> w.find(place, RateType.ANNUAL));
        Optional<WageEstimate> estimate = annual.or(() -> o.wages().flatMap(w -> w.find(place, RateType.HOURLY)));
        if (estimate.isEmpty()) {
            return MetricValue.absent(o.code(), place, "no OEWS wages for " + o.code() + " in " + place.displayName());
        }
        WageEstimate e = estimate.get();
        WageAmount p90 = e.p90();
        WageAmount p10 = e.p10();
        if (p90.isMissing() || p10.isMissing()) {
            WageAmount missing = p90.isMissing() ? p90 : p10;
            return MetricValue.absent(o.code(), place, (p90.isMissing() ? "90th" : "10th") + " percentile in "
                    + e.areaName() + " is " + missing.missingReason().orElseThrow().description());
        }
        if (p10.isTopCoded()) {
            // both ends above the top code: nothing is known about the ratio
            return MetricValue.absent(o.code(), place, "both percentiles in " + e.areaName() + " are top-coded");
        }
        MetricValue v = MetricValue.of(o.code(), place, p90.lowerBound().getAsDouble() / p10.value().getAsDouble());
        if (p90.isTopCoded()) {
            v = v.withBound(Bound.AT_LEAST).withNote("the 90th percentile is top-coded, so the spread is at least"
                    + " this");
        }
        if (annual.isEmpty()) {
            v = v.withNote("from hourly figures: no annual estimate is published here");
        }
        return v;
    }
}
