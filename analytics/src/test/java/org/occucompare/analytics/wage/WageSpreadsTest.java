package org.occucompare.analytics.wage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.occucompare.analytics.TestOccupations;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.MissingReason;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.UsState;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.spi.Bound;

class WageSpreadsTest {
    private final WageSpreads spreads = new WageSpreads();

    @Test
    void exact_percentiles_give_the_90_10_ratio_and_the_75_25_range() {
        WageSpread s = spreads.spread(Fixtures.registeredNurses(), Location.NATIONAL, RateType.ANNUAL);
        // 135,320 / 66,030 = 2.049371...
        assertThat(s.ratio90To10().value().getAsDouble()).isCloseTo(2.049371498, within(1e-8));
        assertThat(s.ratio90To10().bound()).isEqualTo(Bound.EXACT);
        // 107,960 - 78,610 = 29,350
        assertThat(s.range75Minus25Usd().value()).hasValue(29_350);
    }

    @Test
    void hourly_spreads_use_hourly_figures() {
        WageSpread s = spreads.spread(Fixtures.registeredNurses(), Location.NATIONAL, RateType.HOURLY);
        // 65.06 / 31.75 = 2.049133..., 51.90 - 37.79 = 14.11
        assertThat(s.ratio90To10().value().getAsDouble()).isCloseTo(2.049133858, within(1e-8));
        assertThat(s.range75Minus25Usd().value().getAsDouble()).isCloseTo(14.11, within(1e-9));
    }

    @Test
    void a_top_coded_90th_percentile_makes_the_spread_a_lower_bound() {
        WageSpread s = spreads.spread(Fixtures.chiefExecutives(), Location.NATIONAL, RateType.ANNUAL);
        // (>= 239,200) / 73,710 >= 3.245150...; (>= 239,200) - 126,080 >= 113,120
        assertThat(s.ratio90To10().value().getAsDouble()).isCloseTo(3.245150, within(1e-6));
        assertThat(s.ratio90To10().bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(s.range75Minus25Usd().value()).hasValue(113_120);
        assertThat(s.range75Minus25Usd().bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(s.ratio90To10().notes().get(0)).contains("top-coded (at least $239,200 a year)");
    }

    @Test
    void a_missing_percentile_or_place_gives_an_unknown_spread_with_the_reason() {
        var o = TestOccupations.withWages("29-1141.02", TestOccupations.estimate(Location.NATIONAL, RateType.ANNUAL,
                WageAmount.missing(MissingReason.NOT_AVAILABLE), WageAmount.of(2), WageAmount.of(3),
                WageAmount.of(4), WageAmount.of(5)));
        WageSpread s = spreads.spread(o, Location.NATIONAL, RateType.ANNUAL);
        assertThat(s.ratio90To10().value()).isEmpty();
        assertThat(s.ratio90To10().notes()).containsExactly("29-1141.02's 10th percentile in United States is not"
                + " available");
        assertThat(s.range75Minus25Usd().value()).hasValue(2);
        WageSpread guam = spreads.spread(o, new Location.State(UsState.GUAM), RateType.ANNUAL);
        assertThat(guam.ratio90To10().notes().get(0)).contains("no annual OEWS estimate").contains("Guam");
    }
}
