package org.occucompare.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.occucompare.core.model.Errors.assertInvalidInput;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DescriptorTest {

    private static Descriptor criticalThinking(OptionalDouble importance, OptionalDouble level) {
        return new Descriptor(DescriptorKind.SKILL, "2.A.2.a", "Critical Thinking", "", importance, level);
    }

    @Test
    void ratings_on_the_onet_scales_are_accepted() {
        // Registered Nurses, O*NET 30.1 Skills: Critical Thinking IM 4.00, LV 4.12
        Descriptor d = criticalThinking(OptionalDouble.of(4.00), OptionalDouble.of(4.12));
        assertThat(d.isRated()).isTrue();
        assertThat(criticalThinking(OptionalDouble.of(1), OptionalDouble.of(0)).isRated()).isTrue();
        assertThat(criticalThinking(OptionalDouble.of(5), OptionalDouble.of(7)).isRated()).isTrue();
    }

    @Test
    void an_unrated_descriptor_has_no_ratings() {
        assertThat(criticalThinking(OptionalDouble.empty(), OptionalDouble.empty()).isRated()).isFalse();
        assertThat(criticalThinking(OptionalDouble.empty(), OptionalDouble.of(2)).isRated()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.99, 5.01, 6})
    void importance_off_the_one_to_five_scale_is_rejected(double importance) {
        assertInvalidInput(() -> criticalThinking(OptionalDouble.of(importance), OptionalDouble.empty()))
                .hasMessageContaining("importance of 2.A.2.a " + importance + " is outside 1–5")
                .hasMessageContaining("leave it empty");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.5, 7.01, 8})
    void level_off_the_zero_to_seven_scale_is_rejected(double level) {
        assertInvalidInput(() -> criticalThinking(OptionalDouble.empty(), OptionalDouble.of(level)))
                .hasMessageContaining("level of 2.A.2.a " + level + " is outside 0–7");
    }

    @Test
    void descriptor_kinds_map_to_their_sections() {
        assertThat(DescriptorKind.SKILL.section()).isEqualTo(Section.SKILLS);
        assertThat(DescriptorKind.KNOWLEDGE.section()).isEqualTo(Section.KNOWLEDGE);
        assertThat(DescriptorKind.ABILITY.section()).isEqualTo(Section.ABILITIES);
    }

    @Test
    void riasec_types_have_letters_and_onet_element_ids() {
        assertThat(RiasecType.values()).extracting(RiasecType::letter)
                .containsExactly('R', 'I', 'A', 'S', 'E', 'C');
        assertThat(RiasecType.fromElementId("1.B.1.a")).contains(RiasecType.REALISTIC);
        assertThat(RiasecType.fromElementId("1.B.1.f")).contains(RiasecType.CONVENTIONAL);
        assertThat(RiasecType.fromElementId("1.B.1.g")).isEmpty();
        assertThat(RiasecType.fromName(" social ")).contains(RiasecType.SOCIAL);
        assertThat(RiasecType.fromName("Sociable")).isEmpty();
    }

    @Test
    void an_interest_score_lies_on_the_one_to_seven_scale() {
        // Chief Executives, O*NET 30.1 Interests: Enterprising OI 6.88
        assertThat(new Interest(RiasecType.ENTERPRISING, "Enterprising", "", OptionalDouble.of(6.88)).score())
                .isEqualTo(OptionalDouble.of(6.88));
        assertInvalidInput(() -> new Interest(RiasecType.SOCIAL, "Social", "", OptionalDouble.of(0)))
                .hasMessageContaining("interest score of Social 0.0 is outside 1–7");
    }

    @Test
    void other_ranges_are_checked() {
        assertInvalidInput(() -> new WorkValue(Optional.empty(), "Achievement", OptionalDouble.of(8), List.of()))
                .hasMessageContaining("outside 1–7");
        assertInvalidInput(() -> new Task("1", "Monitor patients.", OptionalDouble.of(-1), Optional.empty()))
                .hasMessageContaining("rating of task 1 -1.0 is negative");
        assertInvalidInput(() -> new RelatedOccupation(new OccupationCode("29-1141.04"), "Clinical Nurse Specialists",
                OptionalInt.of(0), Optional.empty())).hasMessageContaining("is below 1");
        assertInvalidInput(() -> new EducationTraining(Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), OptionalInt.of(6))).hasMessageContaining("jobZone 6 is outside 1–5");
        assertInvalidInput(() -> new AttainmentShare("Bachelor's degree", OptionalDouble.of(101)))
                .hasMessageContaining("outside 0–100");
    }
}
