package org.occucompare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.MissingReason;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.RateType;
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
}
