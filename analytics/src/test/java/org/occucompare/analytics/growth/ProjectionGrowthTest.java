package org.occucompare.analytics.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.EmploymentCount;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.ProjectionRound;
import org.occucompare.core.model.ProjectionRow;
import org.occucompare.core.model.Projections;
import org.occucompare.core.model.UsState;

class ProjectionGrowthTest {
    private static final Location CA = new Location.State(UsState.CALIFORNIA);
    private final ProjectionGrowth growth = new ProjectionGrowth();

    @Test
    void national_figures_follow_from_the_published_row() {
        GrowthTable t = growth.table(Fixtures.registeredNurses(), List.of(Location.NATIONAL));
        GrowthFigures us = t.rows().get(0);
        // BLS 2024-34: 3,391,000 -> 3,557,100 jobs, +166,100, +4.9 % (as published), 189,100 openings a year
        assertThat(us.changeJobs()).hasValue(166_100);
        assertThat(us.changePct()).hasValue(4.9);
        // (3,557,100 / 3,391,000)^(1/10) - 1 = 0.0047935... = 0.47935 % a year
        assertThat(us.annualGrowthPct().getAsDouble()).isCloseTo(0.4793526666, within(1e-8));
        // 189,100 / 3,391,000 * 100 = 5.5765 openings per 100 jobs
        assertThat(us.openingsPer100Jobs().getAsDouble()).isCloseTo(5.5765260985, within(1e-8));
        assertThat(us.roundLabel()).isEqualTo("2024–2034");
        assertThat(us.years()).isEqualTo(10);
        assertThat(us.counts()).isEqualTo(EmploymentCount.ALL_JOBS);
        assertThat(us.countsLabel()).isEqualTo("all jobs (BLS national projections)");
    }

    @Test
    void state_rows_stand_beside_the_national_one_labelled_as_primary_jobs() {
        GrowthTable t = growth.table(Fixtures.registeredNurses(), List.of(CA, new Location.City("Austin",
                UsState.TEXAS)));
        assertThat(t.rows()).extracting(GrowthFigures::area).containsExactly(Location.NATIONAL, CA,
                new Location.State(UsState.TEXAS));
        GrowthFigures ca = t.rows().get(1);
        assertThat(ca.counts()).isEqualTo(EmploymentCount.PRIMARY_JOBS);
        // (390,600 / 344,100)^(1/10) - 1 = 1.27558 % a year; 22,890 / 344,100 * 100 = 6.65214
        assertThat(ca.annualGrowthPct().getAsDouble()).isCloseTo(1.2755841015, within(1e-8));
        assertThat(ca.openingsPer100Jobs().getAsDouble()).isCloseTo(6.6521360070, within(1e-8));
        assertThat(t.notes()).isEmpty();
    }

    @Test
    void places_without_projections_are_listed_with_the_reason() {
        GrowthTable t = growth.table(Fixtures.chiefExecutives(), List.of(CA, new Location.Area("35620"),
                new Location.ZipCode("60601")));
        assertThat(t.rows()).extracting(GrowthFigures::area).containsExactly(Location.NATIONAL);
        // a ZIP code stands for its state (60601: Illinois, by its USPS prefix); a BLS area may span states
        assertThat(t.notes()).containsExactly(
                "projections exist for the nation and states only, not for BLS area 35620",
                "no projection for 11-1011.00 in California",
                "no projection for 11-1011.00 in Illinois");
    }

    @Test
    void missing_figures_are_derived_where_possible_and_absent_otherwise() {
        ProjectionRow row = new ProjectionRow(Location.NATIONAL, "United States", new ProjectionRound(2024, 2034),
                EmploymentCount.ALL_JOBS, OptionalLong.of(1_000), OptionalLong.empty(), OptionalLong.of(210),
                OptionalDouble.empty(), OptionalLong.empty());
        Occupation o = Fixtures.registeredNurses().withProjections(new Projections(Optional.empty(), List.of(row),
                List.of()));
        GrowthFigures f = growth.figures(o, row);
        // projected = 1,000 + 210 = 1,210; change 210 / 1,000 * 100 = 21 %; 1.21^(1/10) - 1 = 1.9245 % a year
        assertThat(f.projectedJobs()).hasValue(1_210);
        assertThat(f.changePct().getAsDouble()).isCloseTo(21.0, within(1e-12));
        assertThat(f.annualGrowthPct().getAsDouble()).isCloseTo(1.9244876, within(1e-6));
        assertThat(f.openingsPer100Jobs()).isEmpty();
    }

    @Test
    void zero_base_employment_leaves_rates_undefined_with_a_note() {
        ProjectionRow row = new ProjectionRow(Location.NATIONAL, "United States", new ProjectionRound(2024, 2034),
                EmploymentCount.ALL_JOBS, OptionalLong.of(0), OptionalLong.of(100), OptionalLong.empty(),
                OptionalDouble.empty(), OptionalLong.of(10));
        GrowthFigures f = growth.figures(Fixtures.registeredNurses(), row);
        assertThat(f.changeJobs()).hasValue(100);
        assertThat(f.changePct()).isEmpty();
        assertThat(f.annualGrowthPct()).isEmpty();
        assertThat(f.openingsPer100Jobs()).isEmpty();
        assertThat(f.notes()).containsExactly("base-year employment is 0, so rates per job are not defined");
    }

    @Test
    void an_occupation_without_projections_says_whether_they_were_asked_for() {
        Occupation bare = Occupation.minimal(Fixtures.registeredNurses().code(), "Registered Nurses",
                Fixtures.retrieval());
        assertThat(growth.table(bare, List.of(CA)).notes()).containsExactly("projections for 29-1141.00 were not"
                + " requested");
    }
}
