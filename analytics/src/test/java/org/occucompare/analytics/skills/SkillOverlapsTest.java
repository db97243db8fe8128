package org.occucompare.analytics.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.Descriptor;
import org.occucompare.core.model.DescriptorKind;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;

class SkillOverlapsTest {
    private final SkillOverlaps overlaps = new SkillOverlaps();

    private static Occupation withSkills(String code, double... importanceLevel) {
        List<Descriptor> skills = new ArrayList<>();
        for (int i = 0; i < importanceLevel.length / 2; i++) {
            skills.add(new Descriptor(DescriptorKind.SKILL, "2.A." + i, "Skill " + i, "",
                    OptionalDouble.of(importanceLevel[2 * i]), OptionalDouble.of(importanceLevel[2 * i + 1])));
        }
        return Occupation.minimal(new OccupationCode(code), "Occupation " + code, Fixtures.retrieval())
                .withSkills(skills);
    }

    @Test
    void the_gap_lists_what_the_target_needs_at_a_higher_level_weighted_by_importance() {
        SkillOverlap o = overlaps.compare(Fixtures.registeredNurses(), Fixtures.chiefExecutives());
        // onet-30.1/Skills.xlsx via Fixtures; weighted gap = CEO importance / 5 * (CEO level - RN level):
        // Management of Financial Resources 4.25 / 5 * (5.25 - 1.38) = 0.85 * 3.87 = 3.2895
        // Critical Thinking 4.38 / 5 * (4.75 - 4.12) = 0.876 * 0.63 = 0.55188
        // Speaking 4.25 / 5 * (4.75 - 4.25) = 0.425; Active Listening 4.00 / 5 * (4.75 - 4.25) = 0.4
        // (Social Perceptiveness: CEO 4.25 < RN 4.38, no gap)
        assertThat(o.toLearnAToB()).extracting(SkillGap::name).containsExactly("Management of Financial Resources",
                "Critical Thinking", "Speaking", "Active Listening");
        double[] expected = {3.2895, 0.55188, 0.425, 0.4};
        for (int i = 0; i < expected.length; i++) {
            assertThat(o.toLearnAToB().get(i).weightedGap()).isCloseTo(expected[i], within(1e-9));
        }
        // the other way: Social Perceptiveness 4.12 / 5 * (4.38 - 4.25) = 0.824 * 0.13 = 0.10712
        assertThat(o.toLearnBToA()).singleElement().satisfies(g -> {
            assertThat(g.name()).isEqualTo("Social Perceptiveness");
            assertThat(g.weightedGap()).isCloseTo(0.10712, within(1e-9));
        });
        assertThat(o.descriptorsCompared()).isEqualTo(5);
    }

    @Test
    void the_shared_list_ranks_by_the_lower_importance() {
        SkillOverlap o = overlaps.compare(Fixtures.registeredNurses(), Fixtures.chiefExecutives());
        // min(RN, CEO) importance: Social Perceptiveness min(4.12, 4.12) = 4.12 ahead of the 4.00s, which are
        // ordered by name (Active Listening, Critical Thinking, Speaking); Financial Resources min 1.62 last
        assertThat(o.sharedTop()).extracting(SharedDescriptor::name).containsExactly("Social Perceptiveness",
                "Active Listening", "Critical Thinking", "Speaking", "Management of Financial Resources");
    }

    @Test
    void the_centred_score_is_the_pearson_correlation_of_scaled_ratings() {
        // A: importance 1, 3, 5 and level 0, 3.5, 7 -> scaled (IM - 1) / 4 and LV / 7: 0, .5, 1 and 0, .5, 1
        // B: importance 5, 3, 1 and level 7, 3.5, 0 -> 1, .5, 0 and 1, .5, 0: exactly opposite, r = -1
        Occupation a = withSkills("11-1011.00", 1, 0, 3, 3.5, 5, 7);
        Occupation b = withSkills("13-1111.00", 5, 7, 3, 3.5, 1, 0);
        SkillOverlap o = overlaps.compare(a, b);
        assertThat(o.centredSimilarity().getAsDouble()).isCloseTo(-1.0, within(1e-12));
        // raw cosine of importance (1, 3, 5) and (5, 3, 1): (5 + 9 + 5) / (1 + 9 + 25) = 19 / 35 = 0.542857...
        assertThat(o.rawCosine().getAsDouble()).isCloseTo(19.0 / 35.0, within(1e-12));
        assertThat(o.percentileAmongPairs()).isEmpty();
    }

    @Test
    void an_occupation_compared_with_itself_scores_1_and_has_nothing_to_learn() {
        SkillOverlap o = overlaps.compare(Fixtures.registeredNurses(), Fixtures.registeredNurses());
        assertThat(o.centredSimilarity().getAsDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(o.rawCosine().getAsDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(o.toLearnAToB()).isEmpty();
    }

    @Test
    void the_score_is_symmetric_for_random_profiles() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            double[] a = new double[20];
            double[] b = new double[20];
            for (int i = 0; i < 20; i += 2) {
                a[i] = 1 + 4 * random.nextDouble();
                a[i + 1] = 7 * random.nextDouble();
                b[i] = 1 + 4 * random.nextDouble();
                b[i + 1] = 7 * random.nextDouble();
            }
            SkillOverlap ab = overlaps.compare(withSkills("11-1011.00", a), withSkills("13-1111.00", b));
            SkillOverlap ba = overlaps.compare(withSkills("13-1111.00", b), withSkills("11-1011.00", a));
            assertThat(ab.centredSimilarity().getAsDouble()).isCloseTo(ba.centredSimilarity().getAsDouble(),
                    within(1e-12));
            assertThat(ab.rawCosine().getAsDouble()).isCloseTo(ba.rawCosine().getAsDouble(), within(1e-12));
            assertThat(ab.toLearnAToB()).isEqualTo(ba.toLearnBToA());
        }
    }

    @Test
    void a_calibration_places_the_raw_cosine_among_all_pairs() {
        SkillOverlaps calibrated = new SkillOverlaps(cosine -> OptionalDouble.of(cosine > 0.99 ? 99.5 : 10));
        SkillOverlap o = calibrated.compare(Fixtures.registeredNurses(), Fixtures.acuteCareNurses());
        assertThat(o.percentileAmongPairs()).hasValue(99.5);
    }

    @Test
    void occupations_without_ratings_get_no_score_and_say_so() {
        Occupation bare = Occupation.minimal(new OccupationCode("11-1011.00"), "Chief Executives",
                Fixtures.retrieval());
        SkillOverlap o = overlaps.compare(Fixtures.registeredNurses(), bare);
        assertThat(o.centredSimilarity()).isEmpty();
        assertThat(o.rawCosine()).isEmpty();
        assertThat(o.notes()).anySatisfy(n -> assertThat(n).contains("No skills, knowledge or abilities rated"));
    }
}
