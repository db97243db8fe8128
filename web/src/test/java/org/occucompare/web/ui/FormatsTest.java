package org.occucompare.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.occucompare.core.model.MissingReason;
import org.occucompare.core.model.WageAmount;

class FormatsTest {

    @Test
    void annual_figure_is_whole_dollars_and_hourly_has_cents() {
        assertThat(Formats.wage(WageAmount.of(93_600))).isEqualTo("$93,600");
        assertThat(Formats.wage(WageAmount.of(45.5))).isEqualTo("$45.50");
    }

    @Test
    void top_coded_amount_is_a_lower_bound_with_a_note() {
        WageAmount top = WageAmount.topCoded(239_200);

        assertThat(Formats.wage(top)).isEqualTo("≥ $239,200");
        assertThat(Cell.of(top).marked()).isTrue();
        assertThat(Formats.wageNote(top)).contains("lower bound");
    }

    @Test
    void missing_amount_is_n_a_with_its_reason() {
        WageAmount missing = WageAmount.missing(MissingReason.SUPPRESSED);

        assertThat(Formats.wage(missing)).isEqualTo("n/a");
        assertThat(Formats.wageNote(missing)).isEqualTo(MissingReason.SUPPRESSED.description());
        assertThat(Cell.of(WageAmount.of(1000)).marked()).isFalse();
    }

    @Test
    void counts_and_percentages_say_n_a_when_absent() {
        assertThat(Formats.count(OptionalLong.of(1_654_440))).isEqualTo("1,654,440");
        assertThat(Formats.count(OptionalLong.empty())).isEqualTo("n/a");
        assertThat(Formats.percent(OptionalDouble.of(15.8))).isEqualTo("+15.8%");
        assertThat(Formats.percent(OptionalDouble.of(-1))).isEqualTo("-1.0%");
        assertThat(Formats.percent(OptionalDouble.empty())).isEqualTo("n/a");
    }

    @Test
    void numbers_have_thousands_separators_and_no_trailing_zeros() {
        assertThat(Formats.number(93_600)).isEqualTo("93,600");
        // 135,320 / 66,030 = 2.04937..., shown to two decimals
        assertThat(Formats.number(135_320.0 / 66_030.0)).isEqualTo("2.05");
        assertThat(Formats.number(4)).isEqualTo("4");
        assertThat(Formats.number(-6.0)).isEqualTo("-6");
    }
}
