package org.occucompare.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.occucompare.core.model.Errors.assertInvalidInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class WagesTest {
    private static final Location CALIFORNIA = new Location.State(UsState.CALIFORNIA);

    /** Registered Nurses, California, May 2024 (OEWS state file): 100,120 119,710 140,330 172,200 208,880. */
    private static WageEstimate californiaNurses() {
        return new WageEstimate(CALIFORNIA, "California", RateType.ANNUAL, WageAmount.of(100_120),
                WageAmount.of(119_710), WageAmount.of(140_330), WageAmount.of(172_200), WageAmount.of(208_880),
                WageAmount.of(148_330), OptionalLong.of(326_720));
    }

    @Test
    void get_returns_each_percentile() {
        WageEstimate estimate = californiaNurses();
        assertThat(estimate.get(Percentile.P10)).isEqualTo(WageAmount.of(100_120));
        assertThat(estimate.get(Percentile.P25)).isEqualTo(WageAmount.of(119_710));
        assertThat(estimate.get(Percentile.MEDIAN)).isEqualTo(WageAmount.of(140_330));
        assertThat(estimate.get(Percentile.P75)).isEqualTo(WageAmount.of(172_200));
        assertThat(estimate.get(Percentile.P90)).isEqualTo(WageAmount.of(208_880));
    }

    @Test
    void national_state_and_bls_areas_are_accepted() {
        WageAmount na = WageAmount.missing(MissingReason.NOT_AVAILABLE);
        for (Location area : List.of(Location.NATIONAL, CALIFORNIA, new Location.Area("35620"))) {
            assertThat(new WageEstimate(area, "x", RateType.HOURLY, na, na, na, na, na, na, OptionalLong.empty())
                    .area()).isEqualTo(area);
        }
    }

    @Test
    void a_city_or_zip_code_is_rejected_because_oews_does_not_publish_them() {
        WageAmount na = WageAmount.missing(MissingReason.NOT_AVAILABLE);
        assertInvalidInput(() -> new WageEstimate(Location.parse("Chicago, IL"), "Chicago", RateType.ANNUAL, na, na,
                na, na, na, na, OptionalLong.empty()))
                .hasMessageContaining("not for Chicago, IL")
                .hasMessageContaining("use the state or the BLS area");
        assertInvalidInput(() -> new WageEstimate(Location.parse("60601"), "60601", RateType.ANNUAL, na, na, na, na,
                na, na, OptionalLong.empty())).hasMessageContaining("not for 60601");
    }

    @Test
    void negative_employment_is_rejected() {
        WageAmount na = WageAmount.missing(MissingReason.NOT_AVAILABLE);
        assertInvalidInput(() -> new WageEstimate(Location.NATIONAL, "United States", RateType.ANNUAL, na, na, na, na,
                na, na, OptionalLong.of(-1))).hasMessageContaining("employment -1 is negative");
    }

    @Test
    void find_picks_the_estimate_by_area_and_rate_type() {
        Wages wages = new Wages(Optional.empty(), false, OptionalInt.of(2024), List.of(californiaNurses()));
        assertThat(wages.find(CALIFORNIA, RateType.ANNUAL)).contains(californiaNurses());
        assertThat(wages.find(CALIFORNIA, RateType.HOURLY)).isEmpty();
        assertThat(wages.national(RateType.ANNUAL)).isEmpty();
    }

    @Test
    void estimates_are_copied_and_unmodifiable() {
        List<WageEstimate> source = new ArrayList<>(List.of(californiaNurses()));
        Wages wages = new Wages(Optional.empty(), false, OptionalInt.empty(), source);
        source.clear();
        assertThat(wages.estimates()).hasSize(1);
        assertThat(wages.estimates()).isUnmodifiable();
    }

    @Test
    void an_implausible_year_is_rejected() {
        assertInvalidInput(() -> new Wages(Optional.empty(), false, OptionalInt.of(24), List.of()))
                .hasMessageContaining("year 24 is outside 1990–2100");
    }
}
