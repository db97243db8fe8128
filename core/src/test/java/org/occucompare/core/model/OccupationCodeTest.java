package org.occucompare.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.occucompare.core.model.Errors.assertInvalidInput;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OccupationCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"29-1141.00", "29-1141.01", "11-1011.03", " 15-1252.00 ", "\t29-1141.00\n"})
    void parse_accepts_the_onet_form_with_surrounding_white_space(String text) {
        assertThat(OccupationCode.parse(text).value()).isEqualTo(text.strip());
        assertThat(OccupationCode.isValid(text)).isTrue();
    }

    @Test
    void a_bare_soc_code_gets_a_hint_to_add_a_suffix() {
        assertInvalidInput(() -> OccupationCode.parse("29-1141"))
                .hasMessageContaining("'29-1141' is a SOC code")
                .hasMessageContaining("add .00 or a detailed suffix such as 29-1141.01");
        assertThat(OccupationCode.isValid("29-1141")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "291141.00", "29-1141.0", "29-1141.001", "29_1141.00", "2-91141.00", "abc",
        "29-1141.0a", "Registered Nurses"})
    void other_forms_are_rejected_naming_the_form_and_an_example(String text) {
        assertInvalidInput(() -> OccupationCode.parse(text))
                .hasMessageContaining("is not an O*NET-SOC code")
                .hasMessageContaining("NN-NNNN.NN, for example 29-1141.00");
        assertThat(OccupationCode.isValid(text)).isFalse();
    }

    @Test
    void the_canonical_constructor_does_not_strip() {
        assertInvalidInput(() -> new OccupationCode(" 29-1141.00"));
    }

    @Test
    void is_valid_is_false_for_null() {
        assertThat(OccupationCode.isValid(null)).isFalse();
    }

    @Test
    void a_long_bad_input_is_quoted_cut_to_forty_characters() {
        String text = "x".repeat(100);
        assertInvalidInput(() -> OccupationCode.parse(text))
                .hasMessageContaining("'" + "x".repeat(40) + "…'")
                .hasMessageNotContaining("x".repeat(41));
    }

    @Test
    void soc_and_soc_level() {
        OccupationCode acute = OccupationCode.parse("29-1141.01");
        OccupationCode nurses = OccupationCode.parse("29-1141.00");
        assertThat(acute.soc()).isEqualTo(new SocCode("29-1141"));
        assertThat(nurses.soc()).isEqualTo(new SocCode("29-1141"));
        assertThat(acute.isSocLevel()).isFalse();
        assertThat(nurses.isSocLevel()).isTrue();
    }

    @Test
    void codes_sort_in_soc_order_and_print_as_their_value() {
        List<OccupationCode> codes = new ArrayList<>(List.of(OccupationCode.parse("29-1141.01"),
                OccupationCode.parse("11-1011.00"), OccupationCode.parse("29-1141.00")));
        codes.sort(null);
        assertThat(codes).extracting(OccupationCode::toString)
                .containsExactly("11-1011.00", "29-1141.00", "29-1141.01");
    }
}
