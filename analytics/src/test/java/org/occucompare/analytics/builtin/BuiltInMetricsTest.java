package org.occucompare.analytics.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.UsState;
import org.occucompare.core.spi.Bound;
import org.occucompare.core.spi.MetricInput;
import org.occucompare.core.spi.MetricPlugin;
import org.occucompare.core.spi.MetricPluginContract;
import org.occucompare.core.spi.MetricResult;
import org.occucompare.core.spi.MetricValue;
import org.occucompare.core.spi.OccupationMetric;

/** The built-in metrics pass the same contract kit as any plugin, and give the published figures. */
class BuiltInMetricsTest extends MetricPluginContract {
    private static final OccupationCode RN = new OccupationCode("29-1141.00");
    private static final OccupationCode ACUTE = new OccupationCode("29-1141.01");
    private static final OccupationCode CEO = new OccupationCode("11-1011.00");
    private static final Location CA = new Location.State(UsState.CALIFORNIA);

    @Override
    protected MetricPlugin plugin() {
        return new BuiltInMetrics();
    }

    private MetricResult evaluate(String metricId) {
        OccupationMetric metric = plugin().metrics(context()).stream()
                .filter(m -> m.descriptor().id().equals(metricId)).findFirst().orElseThrow();
        return metric.evaluate(new MetricInput(List.of(Fixtures.registeredNurses(), Fixtures.acuteCareNurses(),
                Fixtures.chiefExecutives()), List.of(Location.NATIONAL, CA, new Location.Area("35620"))));
    }

    private static MetricValue cell(MetricResult r, OccupationCode code, Optional<Location> place) {
        return r.find(code, place).orElseThrow();
    }

    @Test
    void the_median_wage_is_the_published_one_and_a_bound_when_top_coded() {
        MetricResult r = evaluate("median-wage-annual-usd");
        assertThat(cell(r, RN, Optional.of(CA)).value()).hasValue(140_330);
        assertThat(cell(r, CEO, Optional.of(Location.NATIONAL)).value()).hasValue(206_420);
        assertThat(cell(r, CEO, Optional.of(Location.NATIONAL)).bound()).isEqualTo(Bound.EXACT);
        MetricValue acute = cell(r, ACUTE, Optional.of(Location.NATIONAL));
        assertThat(acute.value()).hasValue(93_600);
        assertThat(acute.notes()).singleElement().asString().contains("SOC 29-1141");
        assertThat(cell(r, RN, Optional.of(new Location.Area("35620"))).notes()).singleElement().asString()
                .contains("no annual OEWS estimate");
    }

    @Test
    void the_hourly_median_is_never_made_from_annual_figures() {
        MetricResult r = evaluate("median-wage-hourly-usd");
        assertThat(cell(r, RN, Optional.of(Location.NATIONAL)).value()).hasValue(45.00);
        assertThat(cell(r, RN, Optional.of(CA)).value()).isEmpty();
        assertThat(cell(r, RN, Optional.of(CA)).notes().get(0)).contains("does not convert");
    }

    @Test
    void employment_change_and_openings_name_their_round_and_what_they_count() {
        MetricValue us = cell(evaluate("employment-change-pct"), RN, Optional.of(Location.NATIONAL));
        assertThat(us.value()).hasValue(4.9);
        assertThat(us.notes()).containsExactly("2024–2034, all jobs (BLS national projections)");
        MetricValue ca = cell(evaluate("openings-per-100-jobs"), RN, Optional.of(CA));
        // 22,890 / 344,100 * 100 = 6.65214
        assertThat(ca.value().getAsDouble()).isCloseTo(6.6521360070, within(1e-9));
        assertThat(ca.notes()).containsExactly("2024–2034, primary jobs (state long-term projections)");
        assertThat(cell(evaluate("employment-change-pct"), CEO, Optional.of(CA)).notes())
                .containsExactly("no projection for 11-1011.00 in California");
    }

    @Test
    void the_job_zone_does_not_depend_on_the_place() {
        MetricResult r = evaluate("job-zone");
        assertThat(cell(r, RN, Optional.empty()).value()).hasValue(4);
        assertThat(cell(r, CEO, Optional.empty()).value()).hasValue(5);
        assertThat(r.values()).hasSize(3);
    }
}
