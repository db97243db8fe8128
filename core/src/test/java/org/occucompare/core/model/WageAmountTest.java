package org.occucompare.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.occucompare.core.model.Errors.assertInvalidInput;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WageAmountTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"93,600|93600", "' 93,600 '|93600", "93600|93600", "$1,234.50|1234.5",
        "45.00|45", "$45|45", "1,234,567|1234567"})
    void figures_with_separators_dollar_signs_and_cents(String raw, double usd) {
        WageAmount amount = WageAmount.parse(raw, RateType.ANNUAL);
        assertThat(amount).isEqualTo(WageAmount.of(usd));
        assertThat(amount.value()).isEqualTo(OptionalDouble.of(usd));
        assertThat(amount.lowerBound()).isEqualTo(OptionalDouble.of(usd));
        assertThat(amount.isTopCoded()).isFalse();
        assertThat(amount.isMissing()).isFalse();
        assertThat(amount.missingReason()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"239,200+|239200", "208,000+|208000", "100+|100", "$239,200+|239200",
        "115.00 +|115"})
    void a_trailing_plus_is_top_coded_at_that_number(String raw, double atLeast) {
        WageAmount amount = WageAmount.parse(raw, RateType.ANNUAL);
        assertThat(amount).isEqualTo(WageAmount.topCoded(atLeast));
        assertThat(amount.isTopCoded()).isTrue();
        assertThat(amount.value()).isEmpty();
        assertThat(amount.lowerBound()).isEqualTo(OptionalDouble.of(atLeast));
    }

    @Test
    void careeronestops_hourly_100_plus_is_at_least_115_dollars_as_its_documentation_says() {
        // get-occupation-details-api.txt: "'100+' indicates the hourly wage is equal to or greater than $115.00"
        assertThat(WageAmount.parse("100+", RateType.HOURLY)).isEqualTo(WageAmount.topCoded(115.00));
        assertThat(WageAmount.parse("239,200+", RateType.ANNUAL)).isEqualTo(WageAmount.topCoded(239_200));
        assertThat(WageAmount.parse("120+", RateType.HOURLY)).isEqualTo(WageAmount.topCoded(120));
    }

    @Test
    void a_hash_is_the_oews_top_code_of_the_rate_type() {
        // OEWS May 2024 field descriptions: # = wage >= $115.00/hour or >= $239,200/year
        assertThat(WageAmount.parse("#", RateType.ANNUAL)).isEqualTo(WageAmount.topCoded(239_200));
        assertThat(WageAmount.parse("#", RateType.HOURLY)).isEqualTo(WageAmount.topCoded(115.00));
        assertThat(WageAmount.parse(" # ", RateType.HOURLY).lowerBound()).isEqualTo(OptionalDouble.of(115.00));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "*", "N/A", "n/a", "NA", "-", "—"})
    void blank_null_and_star_are_not_available(String raw) {
        WageAmount amount = WageAmount.parse(raw, RateType.HOURLY);
        assertThat(amount).isEqualTo(WageAmount.missing(MissingReason.NOT_AVAILABLE));
        assertThat(amount.isMissing()).isTrue();
        assertThat(amount.value()).isEmpty();
        assertThat(amount.lowerBound()).isEmpty();
        assertThat(amount.missingReason()).contains(MissingReason.NOT_AVAILABLE);
    }

    @Test
    void two_stars_are_suppressed() {
        WageAmount amount = WageAmount.parse("**", RateType.ANNUAL);
        assertThat(amount.missingReason()).contains(MissingReason.SUPPRESSED);
        assertThat(MissingReason.SUPPRESSED.description())
                .isEqualTo("not released: does not meet BLS publication standards");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-5", "-$5", "0+", "-93,600"})
    void zero_and_negative_wages_are_rejected(String raw) {
        assertInvalidInput(() -> WageAmount.parse(raw, RateType.ANNUAL))
                .hasMessageContaining("'" + raw + "'")
                .hasMessageContaining("never 0 or negative");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "93.600,00", "1e5", "NaN", "Infinity", "93,60", "$", "+", "12 345", "##"})
    void other_text_is_rejected_quoting_it_and_naming_the_forms(String raw) {
        assertInvalidInput(() -> WageAmount.parse(raw, RateType.ANNUAL))
                .hasMessageContaining("Wage '" + raw + "' is not a wage")
                .hasMessageContaining("93,600")
                .hasMessageContaining("239,200+");
    }

    @Test
    void long_text_is_quoted_cut_to_forty_characters() {
        String raw = "1234567890".repeat(6) + "x";
        assertInvalidInput(() -> WageAmount.parse(raw, RateType.ANNUAL))
                .hasMessageContaining("'" + raw.substring(0, 40) + "…'");
    }

    @Test
    void factories_reject_zero_negative_and_non_finite_amounts() {
        assertInvalidInput(() -> WageAmount.of(0)).hasMessageContaining("above 0");
        assertInvalidInput(() -> WageAmount.of(-1)).hasMessageContaining("above 0");
        assertInvalidInput(() -> WageAmount.of(Double.NaN)).hasMessageContaining("finite");
        assertInvalidInput(() -> WageAmount.topCoded(Double.POSITIVE_INFINITY)).hasMessageContaining("finite");
    }

    @Test
    void every_missing_reason_has_a_description() {
        assertThat(MissingReason.NOT_REQUESTED.description()).isEqualTo("not requested from the source");
        assertThat(MissingReason.NOT_AVAILABLE.description()).isEqualTo("not available");
        assertThat(MissingReason.NOT_COVERED.description())
                .isEqualTo("the source has no figure for this occupation and place");
    }

    @Test
    void rate_type_labels_and_percentile_ranks() {
        assertThat(RateType.fromLabel("Annual")).contains(RateType.ANNUAL);
        assertThat(RateType.fromLabel(" hourly ")).contains(RateType.HOURLY);
        assertThat(RateType.fromLabel("Weekly")).isEmpty();
        assertThat(Percentile.values()).extracting(Percentile::rank).containsExactly(10, 25, 50, 75, 90);
    }
}
