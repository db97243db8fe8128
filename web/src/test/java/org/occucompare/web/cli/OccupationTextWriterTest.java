package org.occucompare.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.MissingReason;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.WageAmount;

class OccupationTextWriterTest {

    private static String text(Occupation occupation) {
        var buffer = new StringWriter();
        new OccupationTextWriter(new PrintWriter(buffer), Fixtures.RETRIEVED_AT.plus(Duration.ofDays(40)))
                .write(occupation);
        return buffer.toString();
    }

    @Test
    void wages_print_as_figures_bounds_or_n_a_never_as_zero() {
        assertThat(OccupationTextWriter.amount(WageAmount.of(93_600), RateType.ANNUAL)).isEqualTo("$93,600");
        assertThat(OccupationTextWriter.amount(WageAmount.of(45.0), RateType.HOURLY)).isEqualTo("$45.00");
        assertThat(OccupationTextWriter.amount(WageAmount.topCoded(239_200), RateType.ANNUAL)).isEqualTo("≥ $239,200");
        assertThat(OccupationTextWriter.amount(WageAmount.missing(MissingReason.SUPPRESSED), RateType.ANNUAL))
                .isEqualTo("n/a");
    }

    @Test
    void registered_nurses_show_the_national_median_of_may_2024() {
        String text = text(Fixtures.registeredNurses());

        assertThat(text).startsWith("29-1141.00  Registered Nurses");
        // OEWS May 2024 national file, 29-1141, A_MEDIAN 93,600
        assertThat(text).contains("OEWS May 2024").contains("$93,600");
    }

    @Test
    void chief_executives_show_top_coded_percentiles_as_at_least() {
        assertThat(text(Fixtures.chiefExecutives())).contains("≥ $239,200");
    }

    @Test
    void a_projection_of_an_aggregate_names_the_matrix_occupation_it_is_for() {
        Occupation inAggregate = Fixtures.registeredNursesProjectedAs("29-1140", "Nurses, all kinds");
        Occupation alone = Fixtures.registeredNursesProjectedAs("29-1141", "Registered nurses");

        assertThat(text(inAggregate)).contains("Figures of the projections matrix occupation 29-1140 Nurses, all kinds,"
                + " which includes this one");
        assertThat(text(alone)).doesNotContain("Figures of the projections matrix occupation");
    }

    @Test
    void inherited_wages_name_the_soc_group() {
        assertThat(text(Fixtures.acuteCareNurses())).contains("wages of the SOC group 29-1141");
    }

    @Test
    void a_section_that_was_not_requested_says_so_instead_of_showing_nothing() {
        Occupation bare = Occupation.minimal(Fixtures.registeredNurses().code(), "Registered Nurses",
                Fixtures.retrieval());

        assertThat(text(bare)).contains("Wages\n  not requested from the source");
    }

    @Test
    void a_stale_record_says_how_old_it_is() {
        Occupation nurses = Fixtures.registeredNurses();
        Occupation stale = nurses.withRetrieval(nurses.retrieval().withStale(true));

        assertThat(text(stale)).contains("STALE: 40 days old");
    }
}
