package org.occucompare.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.occucompare.core.model.Errors.assertInvalidInput;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProjectionsTest {
    private static final ProjectionRound ROUND = new ProjectionRound(2024, 2034);

    /** Registered Nurses 2024–2034 (Projections Central): US 3,391,000 to 3,557,100; CA 344,100 to 390,600. */
    private static ProjectionRow row(Location area, long base, long projected) {
        return new ProjectionRow(area, area.displayName(), ROUND, EmploymentCount.ALL_JOBS, OptionalLong.of(base),
                OptionalLong.of(projected), OptionalLong.of(projected - base), OptionalDouble.empty(),
                OptionalLong.empty());
    }

    @Test
    void a_round_has_a_label_with_an_en_dash_and_a_length() {
        assertThat(ROUND.label()).isEqualTo("2024–2034");
        assertThat(ROUND.years()).isEqualTo(10);
    }

    @Test
    void the_projected_year_must_follow_the_base_year() {
        assertInvalidInput(() -> new ProjectionRound(2034, 2024))
                .hasMessageContaining("Projected year 2024 is not after base year 2034");
        assertInvalidInput(() -> new ProjectionRound(2024, 2024)).hasMessageContaining("not after");
    }

    @Test
    void years_outside_1990_to_2100_are_rejected() {
        assertInvalidInput(() -> new ProjectionRound(1989, 1999)).hasMessageContaining("1990–2100");
        assertInvalidInput(() -> new ProjectionRound(2024, 2101)).hasMessageContaining("1990–2100");
        assertThat(new ProjectionRound(1990, 2100).years()).isEqualTo(110);
    }

    @Test
    void national_and_state_rows_are_found() {
        Location california = new Location.State(UsState.CALIFORNIA);
        Projections projections = new Projections(Optional.empty(), List.of(row(california, 344_100, 390_600),
                row(Location.NATIONAL, 3_391_000, 3_557_100)), List.of());
        assertThat(projections.national().orElseThrow().baseEmployment()).isEqualTo(OptionalLong.of(3_391_000));
        assertThat(projections.forState(UsState.CALIFORNIA).orElseThrow().change()).isEqualTo(OptionalLong.of(46_500));
        assertThat(projections.forState(UsState.TEXAS)).isEmpty();
    }

    @Test
    void rows_exist_for_the_nation_and_states_only() {
        assertInvalidInput(() -> row(new Location.Area("35620"), 1, 2)).hasMessageContaining("not for area:35620");
    }

    @Test
    void counts_must_not_be_negative_but_change_may() {
        assertInvalidInput(() -> row(Location.NATIONAL, -1, 2)).hasMessageContaining("baseEmployment -1 is negative");
        assertThat(row(Location.NATIONAL, 10, 4).change()).isEqualTo(OptionalLong.of(-6));
    }

    @Test
    void a_non_finite_percent_change_is_rejected() {
        assertInvalidInput(() -> new ProjectionRow(Location.NATIONAL, "United States", ROUND, EmploymentCount.ALL_JOBS,
                OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), OptionalDouble.of(Double.NaN),
                OptionalLong.empty())).hasMessageContaining("percentChange is NaN");
    }

    @Test
    void an_industry_share_lies_between_0_and_100_percent() {
        assertInvalidInput(() -> new IndustryEmployment("622000", "Hospitals", Optional.empty(),
                OptionalDouble.of(100.5), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
                OptionalDouble.empty())).hasMessageContaining("shareOfOccupationPct 100.5 is outside 0–100");
    }

    @Test
    void employment_count_descriptions() {
        assertThat(EmploymentCount.ALL_JOBS.description()).contains("all jobs");
        assertThat(EmploymentCount.PRIMARY_JOBS.description()).contains("primary jobs");
    }
}
