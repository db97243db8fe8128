package org.occucompare.plugins.costofliving;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.UsState;
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
 * The median annual wage divided by the state's price level: {@code median / (RPP / 100)}, in dollars of national
 * average purchasing power. The nation's parity is 100 by definition; a city takes its state's; a BLS area or ZIP code
 * has no state here. A top-coded median gives a lower bound. Immutable and thread-safe.
 */
final class AdjustedMedianMetric implements OccupationMetric {
    private static final MetricDescriptor DESCRIPTOR = new MetricDescriptor("col-adjusted-median-annual-usd",
            "Median annual wage, adjusted for state prices", "USD per year at U.S. average prices",
            Direction.HIGHER_IS_BETTER, "The OEWS annual median divided by the state's BEA Regional Price Parity"
            + " (all items, 2023, U.S. = 100) over 100: what the median buys at national average prices.");

    private final RegionalPriceParities parities;

    AdjustedMedianMetric(RegionalPriceParities parities) {
        this.parities = parities;
    }

    @Override
    public MetricDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public MetricResult evaluate(MetricInput input) {
        return MetricResult.ofEachCell(input, this::cell,
                List.of("Price levels: " + RegionalPriceParities.SOURCE + "."));
    }

    private MetricValue cell(Occupation o, Location place) {
        OptionalDouble rpp;
        String where;
        if (place instanceof Location.National) {
            rpp = OptionalDouble.of(100);
            where = "the United States";
        } else if (place instanceof Location.State || place instanceof Location.City) {
            UsState state = place instanceof Location.State ? ((Location.State) place).state()
                    : ((Location.City) place).state();
            rpp = parities.of(state);
            where = state.displayName();
            if (rpp.isEmpty()) {
                return MetricValue.absent(o.code(), place, "BEA publishes no price parity for " + where);
            }
        } else {
            return MetricValue.absent(o.code(), place, "this plugin has state price parities only, and no state is"
                    + " known for " + place.displayName());
        }
        Optional<WageEstimate> estimate = o.wages().flatMap(w -> w.find(place, RateType.ANNUAL));
        if (estimate.isEmpty()) {
            return MetricValue.absent(o.code(), place, "no annual OEWS median for " + o.code() + " in "
                    + place.displayName());
        }
        WageAmount median = estimate.get().median();
        if (median.isMissing()) {
            return MetricValue.absent(o.code(), place, "the median in " + estimate.get().areaName() + " is "
                    + median.missingReason().orElseThrow().description());
        }
        double adjusted = median.lowerBound().getAsDouble() / (rpp.getAsDouble() / 100);
        MetricValue v = MetricValue.of(o.code(), place, adjusted)
                .withNote("price parity of " + where + ": " + rpp.getAsDouble());
        if (place instanceof Location.State || place instanceof Location.City) {
            UsState state = place instanceof Location.State ? ((Location.State) place).state()
                    : ((Location.City) place).state();
            if (parities.isRounded(state)) {
                v = v.withNote("the parity is rounded to a whole point (±0.5 %)");
            }
        }
        return median.isTopCoded() ? v.withBound(Bound.AT_LEAST).withNote("the median is top-coded") : v;
    }
}
