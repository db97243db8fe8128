package org.occucompare.apiclient.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LenientNumbersTest {

    @Test
    void separators_dollar_signs_percent_signs_and_blanks_around_are_ignored() {
        assertThat(LenientNumbers.decimal("93,600")).isEqualTo(OptionalDouble.of(93_600));
        assertThat(LenientNumbers.decimal(" $1,234.50 ")).isEqualTo(OptionalDouble.of(1_234.5));
        assertThat(LenientNumbers.decimal("4.9%")).isEqualTo(OptionalDouble.of(4.9));
        assertThat(LenientNumbers.decimal("-9.4")).isEqualTo(OptionalDouble.of(-9.4));
        assertThat(LenientNumbers.decimal("+12")).isEqualTo(OptionalDouble.of(12));
        assertThat(LenientNumbers.decimal(".5")).isEqualTo(OptionalDouble.of(0.5));
    }

    @Test
    void blanks_nulls_markers_and_junk_are_absent_never_zero() {
        for (String raw : Arrays.asList(null, "", "   ", "N/A", "n/a", "NA", "-", "*", "**", "#", "null", "1.2.3",
                "239,200+", "abc", "1e5", "NaN", "Infinity")) {
            assertThat(LenientNumbers.decimal(raw)).as("%s", raw).isEmpty();
        }
    }

    @Test
    void whole_numbers_round_and_years_are_bounded() {
        assertThat(LenientNumbers.whole("3,391,000")).isEqualTo(OptionalLong.of(3_391_000));
        assertThat(LenientNumbers.whole("1702.6")).isEqualTo(OptionalLong.of(1_703));
        assertThat(LenientNumbers.whole("99999999999999999999")).isEmpty();
        assertThat(LenientNumbers.year("2024")).isEqualTo(OptionalInt.of(2024));
        assertThat(LenientNumbers.year("24")).isEmpty();
        assertThat(LenientNumbers.year("")).isEmpty();
    }
}
