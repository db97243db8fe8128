package org.occucompare.plugins.costofliving;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.PriceParities;
import org.occucompare.core.model.PriceParities.PriceParity;
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
 * The median annual wage divided by the place's price level: {@code median / (RPP / 100)}, in dollars of national
 * average purchasing power. The nation's parity is 100 by definition; a metropolitan area takes its own, a state (a
 * city or ZIP code compared at state level) its state's, each with its year. A top-coded median gives a lower bound.
 * Immutable and thread-safe.
 */
final class AdjustedMedianMetric implements OccupationMetric {
    private static final MetricDescriptor DESCRIPTOR = new MetricDescriptor("col-adjusted-median-annual-usd",
            "Median annual wage, adjusted for local prices", "USD per year at U.S. average prices",
            Direction.HIGHER_IS_BETTER, "The OEWS annual median divided by the place's BEA Regional Price Parity"
            + " (all items, U.S. = 100; each value's note gives the parity and its year) over 100: what the median"
            + " buys at national average prices.");

    /** The places OEWS publishes wages for that BEA's parities do not cover at all. */
    private static final Set<UsState> TERRITORIES = Set.of(UsState.GUAM, UsState.PUERTO_RICO,
            UsState.VIRGIN_ISLANDS);

    private final PriceParities parities;

    AdjustedMedianMetric(PriceParities parities) {
        this.parities = parities;
    }

    @Override
    public MetricDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public MetricResult evaluate(MetricInput input) {
        return MetricResult.ofEachCell(input, this::cell,
                List.of("Price levels: BEA Regional Price Parities, all items (U.S. = 100); each figure's note gives"
                        + " its place's parity and year."));
    }

    private MetricValue cell(Occupation o, Location place) {
        Optional<PriceParity> parity;
        String where;
        if (place instanceof Location.National) {
            parity = Optional.empty(); // 100 by definition: the median stands as it is
            where = "the United States";
        } else if (place instanceof Location.Area area) {
            parity = parities.ofArea(area.code());
            where = place.displayName();
            if (parity.isEmpty()) {
                return MetricValue.absent(o.code(), place, "BEA's price parities here cover metropolitan areas only,"
                        + " and not " + where);
            }
        } else if (place.usState().isPresent()) {
            UsState state = place.usState().get();
            parity = parities.ofState(state);
            where = state.displayName();
            if (parity.isEmpty()) {
                return MetricValue.absent(o.code(), place, TERRITORIES.contains(state)
                        ? "BEA publishes no price parity for " + where
                        : "BEA's state table of price parities is not bundled, and its release text gives no figure"
                                + " for " + where);
            }
        } else {
            return MetricValue.absent(o.code(), place, "no price parity is known for " + place.displayName());
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
        double published = median.lowerBound().getAsDouble();
        MetricValue v = MetricValue.of(o.code(), place, parity.map(p -> p.adjust(published)).orElse(published));
        if (parity.isPresent()) {
            // an area's code says little to a reader: its wage figures carry its name
            String named = place instanceof Location.Area ? estimate.get().areaName() : where;
            v = v.withNote("price parity of " + named + ": " + parity.get().value() + " (" + parity.get().year()
                    + ")");
        }
        return median.isTopCoded() ? v.withBound(Bound.AT_LEAST).withNote("the median is top-coded") : v;
    }
}
