package org.occucompare.analytics.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.UsState;
import org.occucompare.core.spi.Bound;

class LocationRatiosTest {
    private static final Location CA = new Location.State(UsState.CALIFORNIA);
    private static final Location TX = new Location.State(UsState.TEXAS);
    private static final Location GU = new Location.State(UsState.GUAM);
    private final LocationRatios ratios = new LocationRatios();

    @Test
    void places_are_ranked_by_their_median_against_the_nation() {
        LocationComparison c = ratios.compare(Fixtures.registeredNurses(), List.of(Location.NATIONAL, TX, CA, GU),
                RateType.ANNUAL);
        assertThat(c.ranked()).extracting(LocationRatio::location).containsExactly(CA, TX);
        assertThat(c.ranked()).extracting(LocationRatio::rank).containsExactly(1, 2);
        // CA median 140,330 / US 93,600 = 1.49925; TX 90,010 / 93,600 = 0.96165
        assertThat(c.ranked().get(0).medianRatio().value().getAsDouble()).isCloseTo(1.4992521368, within(1e-9));
        assertThat(c.ranked().get(1).medianRatio().value().getAsDouble()).isCloseTo(0.9616452991, within(1e-9));
        // CA 10th: 100,120 / 66,030 = 1.51628; TX 10th: 64,660 / 66,030 = 0.97925
        assertThat(c.ranked().get(0).ratios().get(0).value().getAsDouble()).isCloseTo(1.5162804786, within(1e-9));
        assertThat(c.ranked().get(1).ratios().get(0).value().getAsDouble()).isCloseTo(0.9792518552, within(1e-9));
        assertThat(c.unpublished()).singleElement().asString().startsWith("Guam: no annual OEWS estimate");
    }

    @Test
    void top_coded_percentiles_make_ratios_unknown_or_bounds() {
        LocationComparison c = ratios.compare(Fixtures.chiefExecutives(), List.of(CA), RateType.ANNUAL);
        LocationRatio ca = c.ranked().get(0);
        // median: 220,600 / 206,420 = 1.06869...
        assertThat(ca.medianRatio().value().getAsDouble()).isCloseTo(1.0686948939, within(1e-9));
        assertThat(ca.medianRatio().bound()).isEqualTo(Bound.EXACT);
        // 90th: both top-coded, so nothing is known
        assertThat(ca.ratios().get(4).value()).isEmpty();
        assertThat(ca.ratios().get(4).notes()).containsExactly("both 90th percentiles are top-coded, so the ratio is"
                + " unknown");
    }

    @Test
    void without_hourly_state_figures_every_place_is_unpublished() {
        LocationComparison c = ratios.compare(Fixtures.registeredNurses(), List.of(CA), RateType.HOURLY);
        assertThat(c.ranked()).isEmpty();
        assertThat(c.unpublished()).singleElement().asString().contains("only annual figures are published");
    }
}
