package org.occucompare.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompareStateTest {
    private final CompareState three = new CompareState(List.of("15-1252.00", "15-1211.00", "29-1141.00"),
            List.of("US", "CA"), "15-1252.00");

    @Test
    void removing_the_reference_makes_the_next_occupation_the_reference() {
        assertThat(three.withoutOccupation("15-1252.00")).hasValue(
                "/compare?occupations=15-1211.00,29-1141.00&locations=US,CA&reference=15-1211.00");
    }

    @Test
    void nothing_can_be_removed_below_two_occupations_or_one_place() {
        CompareState two = new CompareState(List.of("15-1252.00", "15-1211.00"), List.of("US"), "15-1252.00");

        assertThat(two.withoutOccupation("15-1211.00")).isEmpty();
        assertThat(two.withoutLocation("US")).isEmpty();
        assertThat(three.withoutLocation("US")).hasValue(
                "/compare?occupations=15-1252.00,15-1211.00,29-1141.00&locations=CA&reference=15-1252.00");
    }

    @Test
    void a_suggestion_replaces_the_unknown_input_in_place() {
        CompareState typo = new CompareState(List.of("15-1252.00", "Registered Nurse"), List.of("US"), "15-1252.00");

        assertThat(typo.replacing("Registered Nurse", "29-1141.00")).isEqualTo(
                "/compare?occupations=15-1252.00,29-1141.00&locations=US&reference=15-1252.00");
        assertThat(typo.query()).isEqualTo("?occupations=15-1252.00,Registered+Nurse&locations=US"
                + "&reference=15-1252.00");
    }
}
