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
        MetricResult r = evaluate(List.of(Location.NATIONAL, CA));
        // California RN median 140,330 / (112.6 / 100) = 124,626.998...
        assertThat(cell(r, RN, CA).value().getAsDouble()).isCloseTo(124_626.998, within(0.001));
        assertThat(cell(r, RN, CA).notes()).containsExactly("price parity of California: 112.6 (2023)");
        // the nation's parity is 100 by definition: 93,600 stays 93,600
        assertThat(cell(r, RN, Location.NATIONAL).value()).hasValue(93_600);
        assertThat(r.notes()).containsExactly("Price levels: BEA Regional Price Parities, all items (U.S. = 100);"
                + " each figure's note gives its place's parity and year.");
    }

    @Test
    void a_state_without_a_published_figure_at_hand_has_no_value_rather_than_a_rounded_one() {
        MetricValue texas = cell(evaluate(List.of(TX)), RN, TX);

        assertThat(texas.value()).isEmpty();
        assertThat(texas.notes()).containsExactly("BEA's state table of price parities is not bundled, and its"
                + " release text gives no figure for Texas");
    }

    @Test
    void a_metro_area_median_is_divided_by_the_areas_own_price_level() {
        Location chicago = new Location.Area("16980");
        var nurses = Fixtures.registeredNurses().withWages(new Wages(Optional.empty(), false, OptionalInt.empty(),
                List.of(new WageEstimate(chicago, "Chicago-Naperville-Elgin, IL-IN", RateType.ANNUAL,
                        WageAmount.of(70_000), WageAmount.of(85_000), WageAmount.of(100_490), WageAmount.of(120_000),
                        WageAmount.of(140_000), WageAmount.of(104_000), OptionalLong.empty()))));
        MetricValue v = plugin().metrics(context()).get(0).evaluate(new MetricInput(List.of(nurses),
                List.of(chicago))).values().get(0);

        // OEWS May 2025 median of Registered Nurses in the Chicago metro area, 100,490, over BEA's 2024 parity of
        // the area, 103.595: 100,490 / 1.03595 = 97,002.75
        assertThat(v.value().getAsDouble()).isCloseTo(97_002.751, within(0.001));
        assertThat(v.notes()).containsExactly("price parity of Chicago-Naperville-Elgin, IL-IN: 103.595 (2024)");
    }

    @Test
    void an_area_beas_figures_here_do_not_cover_has_no_value() {
        Location albanyGa = new Location.Area("10500");
        MetricValue v = cell(evaluate(List.of(albanyGa)), RN, albanyGa);

        assertThat(v.value()).isEmpty();
        assertThat(v.notes().get(0)).startsWith("BEA's price parities here cover metropolitan areas only");
    }

    @Test
    void territories_have_no_parity() {
        MetricValue pr = cell(evaluate(List.of(new Location.State(UsState.PUERTO_RICO))), RN,
                new Location.State(UsState.PUERTO_RICO));
        assertThat(pr.notes()).containsExactly("BEA publishes no price parity for Puerto Rico");
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
