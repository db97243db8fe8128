package org.occucompare.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.BrightOutlook;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.MissingReason;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.UsState;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.model.Wages;
import org.occucompare.web.ui.Cell;

class GlanceTest {
    private static final WageAmount TOP = WageAmount.topCoded(WageAmount.OEWS_TOP_CODE_ANNUAL_USD);

    private static Occupation withNationalMedian(WageAmount median) {
        return Fixtures.chiefExecutives().withWages(new Wages(Optional.empty(), false, OptionalInt.of(2024),
                List.of(new WageEstimate(Location.NATIONAL, "United States", RateType.ANNUAL, WageAmount.of(150_000),
                        WageAmount.of(200_000), median, TOP, TOP, WageAmount.of(250_000), OptionalLong.empty()))));
    }

    @Test
    void a_top_coded_median_is_a_marked_lower_bound_never_a_zero() {
        Cell cell = Glance.median(withNationalMedian(TOP), Location.NATIONAL);

        assertThat(cell.text()).isEqualTo("≥ $239,200");
        assertThat(cell.note()).startsWith("top-coded");
    }

    @Test
    void a_suppressed_median_says_so() {
        Cell cell = Glance.median(withNationalMedian(WageAmount.missing(MissingReason.SUPPRESSED)), Location.NATIONAL);

        assertThat(cell.text()).isEqualTo("n/a");
        assertThat(cell.note()).isEqualTo(MissingReason.SUPPRESSED.description());
    }

    @Test
    void a_place_without_figures_and_wages_not_asked_for_each_say_why() {
        Occupation ceo = Fixtures.chiefExecutives();
        Occupation notAsked = ceo.withRequestedSections(EnumSet.of(Section.PROJECTIONS, Section.METADATA));
        Location texas = new Location.State(UsState.TEXAS);

        assertThat(Glance.median(ceo, texas)).isEqualTo(new Cell("n/a", MissingReason.NOT_COVERED.description()));
        assertThat(Glance.median(notAsked, Location.NATIONAL))
                .isEqualTo(new Cell("n/a", MissingReason.NOT_REQUESTED.description()));
        assertThat(Glance.growth(ceo.withRequestedSections(EnumSet.of(Section.WAGES))).note())
                .isEqualTo(MissingReason.NOT_REQUESTED.description());
    }

    @Test
    void figures_read_as_the_official_files_give_them() {
        Occupation ceo = Fixtures.chiefExecutives();

        // bls-oews/national_M2024_dl.xlsx: 11-1011 A_MEDIAN 206,420; California (state file) 220,600
        assertThat(Glance.median(ceo, Location.NATIONAL)).isEqualTo(Cell.plain("$206,420"));
        assertThat(Glance.median(ceo, new Location.State(UsState.CALIFORNIA))).isEqualTo(Cell.plain("$220,600"));
        // bls-ep-2024-34/occupation.xlsx Table 1.2: chief executives +4.3 % over 2024–34
        assertThat(Glance.growth(ceo)).isEqualTo(Cell.plain("2024–2034: +4.3%"));
    }

    @Test
    void bright_outlook_names_its_categories_and_an_unknown_flag_is_not_a_no() {
        Occupation ceo = Fixtures.chiefExecutives();

        assertThat(Glance.brightOutlook(ceo)).isEqualTo("n/a");
        assertThat(Glance.brightOutlook(ceo.withBrightOutlook(new BrightOutlook(false, List.of())))).isEqualTo("no");
        assertThat(Glance.brightOutlook(ceo.withBrightOutlook(new BrightOutlook(true,
                List.of("Rapid Growth", "Numerous Job Openings")))))
                .isEqualTo("yes: Rapid Growth; Numerous Job Openings");
    }
}
