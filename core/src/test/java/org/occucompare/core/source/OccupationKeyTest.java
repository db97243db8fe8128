package org.occucompare.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.SocCode;

class OccupationKeyTest {

    private static void assertInvalid(String text, String messagePart) {
        assertThatThrownBy(() -> OccupationKey.parse(text))
                .isInstanceOfSatisfying(OccupationException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT))
                .hasMessageContaining(messagePart);
    }

    @Test
    void an_onet_code_is_a_code_key() {
        assertThat(OccupationKey.parse(" 29-1141.01 "))
                .isEqualTo(new OccupationKey.Code(new OccupationCode("29-1141.01")));
    }

    @Test
    void anything_else_is_an_exact_title() {
        assertThat(OccupationKey.parse(" Registered Nurses ")).isEqualTo(new OccupationKey.Title("Registered Nurses"));
        assertThat(OccupationKey.parse("Nurse Practitioners")).isInstanceOf(OccupationKey.Title.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"29-1141", " 291141 "})
    void a_bare_soc_code_with_or_without_its_hyphen_is_a_soc_key(String text) {
        assertThat(OccupationKey.parse(text)).isEqualTo(new OccupationKey.Soc(new SocCode("29-1141")))
                .hasToString("29-1141");
    }

    @ParameterizedTest
    @ValueSource(strings = {"29114", "29-1141.0", "29-1141.001", "29.1141", "2911411"})
    void malformed_codes_are_not_taken_for_titles(String text) {
        assertInvalid(text, "is not an O*NET code: use the form NN-NNNN.NN");
    }

    @Test
    void blank_input_names_both_key_forms() {
        assertInvalid("  ", "give an O*NET code such as 29-1141.00 or an exact O*NET title");
    }

    @Test
    void keys_print_as_their_text() {
        assertThat(OccupationKey.parse("29-1141.00")).hasToString("29-1141.00");
        assertThat(OccupationKey.parse("Registered Nurses")).hasToString("Registered Nurses");
    }
}
