package org.occucompare.plugins.costofliving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.UsState;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.model.Wages;
import org.occucompare.core.spi.Bound;
import org.occucompare.core.spi.MetricInput;
import org.occucompare.core.spi.MetricPlugin;
import org.occucompare.core.spi.MetricPluginContract;
import org.occucompare.core.spi.MetricResult;
import org.occucompare.core.spi.MetricValue;

/** The contract kit's checks, plus figures worked out by hand from official medians and BEA's parities. */
class CostOfLivingPluginTest extends MetricPluginContract {
    private static final OccupationCode RN = new OccupationCode("29-1141.00");
    private static final Location CA = new Location.State(UsState.CALIFORNIA);
    private static final Location TX = new Location.State(UsState.TEXAS);

    @Override
    protected MetricPlugin plugin() {
        return new CostOfLivingPlugin();
    }

    private MetricResult evaluate(List<Location> places) {
        return plugin().metrics(context()).get(0).evaluate(new MetricInput(List.of(Fixtures.registeredNurses(),
                Fixtures.chiefExecutives()), places));
    }

    private static MetricValue cell(MetricResult r, OccupationCode code, Location place) {
        return r.find(code, Optional.of(place)).orElseThrow();
    }

    @Test
    void a_state_median_is_divided_by_the_state_price_level() {
        MetricResult r = evaluate(List.of(Location.NATIONAL, CA, TX));
        // California RN median 140,330 / (112.6 / 100) = 124,626.999...
        assertThat(cell(r, RN, CA).value().getAsDouble()).isCloseTo(124_627.0, within(0.01));
        assertThat(cell(r, RN, CA).notes()).containsExactly("price parity of California: 112.6");
        // Texas RN median 90,010 / (97 / 100) = 92,793.81...; Texas's parity is a rounded figure
        assertThat(cell(r, RN, TX).value().getAsDouble()).isCloseTo(92_793.8144, within(0.001));
        assertThat(cell(r, RN, TX).notes()).contains("the parity is rounded to a whole point (±0.5 %)");
        // the nation's parity is 100 by definition: 93,600 stays 93,600
        assertThat(cell(r, RN, Location.NATIONAL).value()).hasValue(93_600);
        assertThat(r.notes()).containsExactly("Price levels: BEA Regional Price Parities, all items, 2023"
                + " (U.S. = 100).");
    }

    @Test
    void a_city_takes_its_states_parity_and_a_bls_area_has_none() {
        Location austin = new Location.City("Austin", UsState.TEXAS);
        MetricResult r = evaluate(List.of(austin, new Location.Area("35620")));
        // the fixtures carry no Austin wages: the parity is found, the median is not
        assertThat(cell(r, RN, austin).notes()).containsExactly("no annual OEWS median for 29-1141.00 in Austin,"
                + " Texas");
        assertThat(cell(r, RN, new Location.Area("35620")).notes().get(0)).contains("state price parities only");
    }

    @Test
    void territories_have_no_parity() {
        MetricValue pr = cell(evaluate(List.of(new Location.State(UsState.PUERTO_RICO))), RN,
                new Location.State(UsState.PUERTO_RICO));
        assertThat(pr.notes()).containsExactly("BEA publishes no price parity for Puerto Rico");
    }

    @Test
    void the_table_covers_the_50_states_and_dc_within_beas_published_range() {
        RegionalPriceParities table = new RegionalPriceParities();
        assertThat(table.size()).isEqualTo(51);
        for (UsState s : UsState.values()) {
            table.of(s).ifPresent(rpp -> assertThat(rpp).isBetween(86.5, 112.6));
        }
        // BEA 2023: highest California 112.6, lowest Arkansas 86.5
        assertThat(table.of(UsState.CALIFORNIA)).hasValue(112.6);
        assertThat(table.of(UsState.ARKANSAS)).hasValue(86.5);
        assertThat(table.isRounded(UsState.CALIFORNIA)).isFalse();
    }

    @Test
    void a_top_coded_median_is_a_lower_bound() {
        var topCoded = Fixtures.chiefExecutives().withWages(new Wages(Optional.empty(),
                false, OptionalInt.empty(), List.of(new WageEstimate(CA,
                "California", RateType.ANNUAL,
                WageAmount.of(100_000), WageAmount.of(150_000),
                WageAmount.topCoded(239_200),
                WageAmount.topCoded(239_200),
                WageAmount.topCoded(239_200),
                WageAmount.of(250_000), OptionalLong.empty()))));
        MetricValue v = plugin().metrics(context()).get(0).evaluate(new MetricInput(List.of(topCoded), List.of(CA)))
                .values().get(0);
        // at least 239,200 / 1.126 = 212,433.39...
        assertThat(v.value().getAsDouble()).isCloseTo(212_433.393, within(0.001));
        assertThat(v.bound()).isEqualTo(Bound.AT_LEAST);
    }
}
