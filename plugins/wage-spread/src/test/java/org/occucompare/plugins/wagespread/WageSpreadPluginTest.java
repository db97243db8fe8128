package org.occucompare.plugins.wagespread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.UsState;
import org.occucompare.core.spi.Bound;
import org.occucompare.core.spi.MetricInput;
import org.occucompare.core.spi.MetricPlugin;
import org.occucompare.core.spi.MetricPluginContract;
import org.occucompare.core.spi.MetricResult;
import org.occucompare.core.spi.MetricValue;

/** The contract kit's checks, plus figures worked out by hand from the fixtures' official percentiles. */
class WageSpreadPluginTest extends MetricPluginContract {
    private static final Location CA = new Location.State(UsState.CALIFORNIA);

    @Override
    protected MetricPlugin plugin() {
        return new WageSpreadPlugin();
    }

    private MetricResult evaluate(List<Location> places) {
        return plugin().metrics(context()).get(0).evaluate(new MetricInput(List.of(Fixtures.registeredNurses(),
                Fixtures.chiefExecutives()), places));
    }

    private static MetricValue cell(MetricResult r, String code, Location place) {
        return r.find(new org.occucompare.core.model.OccupationCode(code), Optional.of(place)).orElseThrow();
    }

    @Test
    void the_spread_is_the_90th_over_the_10th_percentile() {
        MetricResult r = evaluate(List.of(Location.NATIONAL, CA));
        // OEWS May 2024, RN national: 135,320 / 66,030 = 2.04937...
        assertThat(cell(r, "29-1141.00", Location.NATIONAL).value().getAsDouble()).isCloseTo(2.0493715, within(1e-6));
        // RN California: 208,880 / 100,120 = 2.08630...
        assertThat(cell(r, "29-1141.00", CA).value().getAsDouble()).isCloseTo(2.0862964, within(1e-6));
        assertThat(cell(r, "29-1141.00", CA).bound()).isEqualTo(Bound.EXACT);
    }

    @Test
    void a_top_coded_90th_percentile_gives_a_lower_bound() {
        MetricValue ceo = cell(evaluate(List.of(Location.NATIONAL)), "11-1011.00", Location.NATIONAL);
        // CEO 90th is "#" (at least 239,200): 239,200 / 73,710 = 3.24515... at least
        assertThat(ceo.value().getAsDouble()).isCloseTo(3.2451502, within(1e-6));
        assertThat(ceo.bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(ceo.notes()).singleElement().asString().contains("top-coded");
    }

    @Test
    void a_place_without_wages_gets_a_note_instead_of_a_value() {
        MetricValue guam = cell(evaluate(List.of(new Location.State(UsState.GUAM))), "29-1141.00",
                new Location.State(UsState.GUAM));
        assertThat(guam.value()).isEmpty();
        assertThat(guam.notes()).containsExactly("no OEWS wages for 29-1141.00 in Guam");
    }
}
