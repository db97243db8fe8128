package org.occucompare.analytics.builtin;

import java.util.List;
import java.util.Optional;
import org.occucompare.analytics.internal.Labels;
import org.occucompare.analytics.internal.WageLookup;
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
 * The OEWS median wage per occupation and place, annual or hourly (never converted). A top-coded median is a lower
 * bound; a median the occupation shares with its SOC group says so. Immutable and thread-safe.
 */
final class MedianWageMetric implements OccupationMetric {
    private final RateType rateType;
    private final MetricDescriptor descriptor;

    MedianWageMetric(RateType rateType) {
        this.rateType = rateType;
        boolean annual = rateType == RateType.ANNUAL;
        this.descriptor = new MetricDescriptor(annual ? "median-wage-annual-usd" : "median-wage-hourly-usd",
                annual ? "Median annual wage" : "Median hourly wage", annual ? "USD per year" : "USD per hour",
                Direction.HIGHER_IS_BETTER, "The OEWS " + Labels.rate(rateType) + " median wage: half of the"
                + " workers earn more. Top-coded medians are lower bounds; figures are never converted between"
                + " annual and hourly.");
    }

    @Override
    public MetricDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public MetricResult evaluate(MetricInput input) {
        return MetricResult.ofEachCell(input, this::cell, List.of());
    }

    private MetricValue cell(Occupation o, Location place) {
        Optional<WageEstimate> e = WageLookup.estimate(o, place, rateType);
        if (e.isEmpty()) {
            return MetricValue.absent(o.code(), place, WageLookup.absentReason(o, place, rateType));
        }
        WageAmount median = e.get().median();
        if (median.isMissing()) {
            return MetricValue.absent(o.code(), place, "the median in " + e.get().areaName() + " is "
                    + median.missingReason().orElseThrow().description());
        }
        MetricValue v = MetricValue.of(o.code(), place, median.lowerBound().orElseThrow());
        if (median.isTopCoded()) {
            v = v.withBound(Bound.AT_LEAST).withNote("top-coded by OEWS");
        }
        if (o.wages().map(w -> w.inherited()).orElse(false)) {
            v = v.withNote("the OEWS wages of SOC " + WageLookup.wageSoc(o) + ", which " + o.code()
                    + " shares with the SOC group's other O*NET occupations");
        }
        return v;
    }
}
