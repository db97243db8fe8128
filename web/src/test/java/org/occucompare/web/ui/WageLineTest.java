package org.occucompare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.MissingReason;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.UsState;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.model.Wages;

class WageLineTest {

    @Test
    void official_files_give_a_mean_and_employment_column() {
        List<WageLine> lines = WageLine.of(Fixtures.registeredNurses(), false);

        assertThat(WageLine.anyMean(lines)).isTrue();
        assertThat(WageLine.anyEmployment(lines)).isTrue();
        assertThat(lines.get(0).cellsWithMean()).hasSize(6);
    }

    @Test
    void a_live_answer_without_mean_or_employment_gets_no_column_of_n_a() {
        // CareerOneStop's wage rows carry Pct10..Pct90 and no mean or employment: the mapper reads them NOT_COVERED
        WageEstimate live = new WageEstimate(Location.NATIONAL, "United States", RateType.ANNUAL, WageAmount.of(66_030),
                WageAmount.of(79_700), WageAmount.of(93_600), WageAmount.of(120_250), WageAmount.of(135_320),
                WageAmount.missing(MissingReason.NOT_COVERED), OptionalLong.empty());
        Occupation nurses = Fixtures.registeredNurses().withWages(new Wages(Optional.empty(), false, OptionalInt.of(2024),
                List.of(live)));

        List<WageLine> lines = WageLine.of(nurses, false);

        assertThat(WageLine.anyMean(lines)).isFalse();
        assertThat(WageLine.anyEmployment(lines)).isFalse();
        assertThat(lines.get(0).cells()).hasSize(5);
    }

    @Test
    void places_of_different_oews_years_each_name_their_year_and_the_source_line_names_both() {
        // OEWS May 2025 for the Chicago metro area (the metro file), May 2024 for Illinois (the state file)
        WageAmount none = WageAmount.missing(MissingReason.NOT_AVAILABLE);
        WageEstimate chicago = new WageEstimate(new Location.Area("16980"), "Chicago-Naperville-Elgin, IL-IN",
                RateType.ANNUAL, none, none, WageAmount.of(100_490), none, none, none, OptionalLong.empty(),
                OptionalInt.of(2025), OptionalDouble.empty(), OptionalDouble.empty());
        WageEstimate illinois = new WageEstimate(new Location.State(UsState.ILLINOIS),
                "Illinois", RateType.ANNUAL, none, none, WageAmount.of(86_410), none, none, none, OptionalLong.empty(),
                OptionalInt.of(2024), OptionalDouble.empty(), OptionalDouble.empty());
        Occupation nurses = Fixtures.registeredNurses().withWages(new Wages(Optional.empty(), false,
                OptionalInt.of(2025), List.of(chicago, illinois)));

        List<WageLine> lines = WageLine.of(nurses, false);

        assertThat(lines).extracting(WageLine::label).containsExactly(
                "Chicago-Naperville-Elgin, IL-IN, annual (May 2025)", "Illinois, annual (May 2024)");
        assertThat(lines).extracting(WageLine::source).containsExactly(
                "Source: Occupational Employment and Wage Statistics, May 2025",
                "Source: Occupational Employment and Wage Statistics, May 2024");
        assertThat(WageLine.source(lines)).isEqualTo("Sources: Occupational Employment and Wage Statistics, May 2024;"
                + " Occupational Employment and Wage Statistics, May 2025. Each place shows its newest OEWS year; the"
                + " rows name theirs.");
        // in one table of several occupations, each of one year but not the same one, the rows name their years too
        Occupation metroOnly = nurses.withWages(new Wages(Optional.empty(), false, OptionalInt.of(2025),
                List.of(chicago)));
        Occupation stateOnly = Fixtures.chiefExecutives().withWages(new Wages(Optional.empty(), false,
                OptionalInt.of(2024), List.of(illinois)));
        assertThat(WageLine.of(List.of(metroOnly, stateOnly), true, e -> true)).extracting(WageLine::label)
                .containsExactly("Registered Nurses, Chicago-Naperville-Elgin, IL-IN, annual (May 2025)",
                        "Chief Executives, Illinois, annual (May 2024)");
        // one year: no year in the labels, one source
        List<WageLine> one = WageLine.of(Fixtures.registeredNurses(), false);
        assertThat(one.get(0).label()).doesNotContain("(May");
        assertThat(WageLine.source(one)).isEqualTo(one.get(0).source());
    }
}
