package org.occucompare.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.occucompare.core.model.Errors.assertInvalidInput;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SocCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"29-1141", "291141", " 291141 ", " 29-1141\t"})
    void parse_accepts_the_hyphenated_and_the_six_digit_careeronestop_form(String text) {
        assertThat(SocCode.parse(text)).isEqualTo(new SocCode("29-1141"));
    }

    @Test
    void an_onet_code_is_rejected_with_its_soc_code_named() {
        assertInvalidInput(() -> SocCode.parse("29-1141.01"))
                .hasMessageContaining("is an O*NET-SOC code: its SOC code is 29-1141");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "29-114", "2911410", "29 1141", "29-1141-00", "ab-cdef"})
    void other_forms_are_rejected_naming_both_forms(String text) {
        assertInvalidInput(() -> SocCode.parse(text))
                .hasMessageContaining("is not a SOC code")
                .hasMessageContaining("NN-NNNN (29-1141) or NNNNNN (291141)");
    }

    @Test
    void major_group_and_soc_level_occupation() {
        SocCode nurses = new SocCode("29-1141");
        assertThat(nurses.majorGroup()).isEqualTo("29-0000");
        assertThat(nurses.asOccupationCode()).isEqualTo(new OccupationCode("29-1141.00"));
        assertThat(nurses).hasToString("29-1141");
    }

    @Test
    void codes_compare_by_text() {
        assertThat(new SocCode("11-1011")).isLessThan(new SocCode("29-1141"));
        assertThat(new SocCode("29-1141").compareTo(SocCode.parse("291141"))).isZero();
    }

    @Test
    void try_parse_reads_both_forms_and_nothing_else() {
        assertThat(SocCode.tryParse(" 291141 ")).contains(new SocCode("29-1141"));
        assertThat(SocCode.tryParse("29-1141")).contains(new SocCode("29-1141"));
        assertThat(SocCode.tryParse("29-1141.00")).isEmpty();
        assertThat(SocCode.tryParse("2911")).isEmpty();
        assertThat(SocCode.tryParse(null)).isEmpty();
        assertThat(SocCode.isValid("29-1141")).isTrue();
        assertThat(SocCode.isValid("291141")).as("the canonical form only").isFalse();
    }
}
