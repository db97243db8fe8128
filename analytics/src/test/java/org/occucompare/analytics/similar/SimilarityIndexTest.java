package org.occucompare.analytics.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.Fixtures;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;

class SimilarityIndexTest {
    private static final OccupationCode RN = new OccupationCode("29-1141.00");
    private static final OccupationCode ACUTE = new OccupationCode("29-1141.01");
    private static final OccupationCode CEO = new OccupationCode("11-1011.00");

    private static List<Occupation> dataset() {
        return List.of(Fixtures.registeredNurses().withAlternateTitles(List.of("Staff Nurse", "Charge Nurse")),
                Fixtures.acuteCareNurses().withAlternateTitles(List.of("Critical Care Nurse", "ICU Nurse")),
                Fixtures.chiefExecutives().withAlternateTitles(List.of("Chief Executive Officer", "President")),
                Occupation.minimal(new OccupationCode("11-1021.00"), "General and Operations Managers",
                        Fixtures.retrieval()).withDescription("Plan, direct, or coordinate the operations of"
                        + " companies").withAlternateTitles(List.of("Operations Manager", "General Manager")));
    }

    @Test
    void scores_are_symmetric_and_1_for_an_occupation_with_itself() {
        SimilarityIndex index = SimilarityIndex.build(dataset());
        List<OccupationCode> codes = dataset().stream().map(Occupation::code).toList();
        for (OccupationCode a : codes) {
            assertThat(index.score(a, a)).isEqualTo(1.0);
            for (OccupationCode b : codes) {
                assertThat(index.score(a, b)).isEqualTo(index.score(b, a)).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void the_nurses_are_each_others_closest_occupation() {
        SimilarityIndex index = SimilarityIndex.build(dataset());
        List<SimilarOccupation> similar = index.similar(RN, 2);
        assertThat(similar).extracting(SimilarOccupation::code).startsWith(ACUTE);
        assertThat(similar.get(0).title()).isEqualTo("Acute Care Nurses");
        // 4 occupations make 6 pairs; the nurses' pair is the best, so all 6 score at most it
        assertThat(similar.get(0).percentileAmongPairs()).isEqualTo(100.0);
        assertThat(index.percentile(RN, ACUTE)).hasValue(100.0);
        assertThat(index.score(RN, ACUTE)).isGreaterThan(index.score(RN, CEO));
    }

    @Test
    void results_do_not_depend_on_the_order_of_the_dataset() {
        List<Occupation> shuffled = new ArrayList<>(dataset());
        Collections.shuffle(shuffled, new Random(3));
        SimilarityIndex a = SimilarityIndex.build(dataset());
        SimilarityIndex b = SimilarityIndex.build(shuffled);
        for (Occupation o : dataset()) {
            assertThat(b.similar(o.code(), 3)).isEqualTo(a.similar(o.code(), 3));
        }
    }

    @Test
    void asking_for_more_than_the_dataset_holds_returns_everything_else() {
        SimilarityIndex index = SimilarityIndex.build(dataset());
        assertThat(index.similar(CEO, 50)).hasSize(3).extracting(SimilarOccupation::code).doesNotContain(CEO);
        assertThat(index.size()).isEqualTo(4);
        assertThat(index.contains(CEO)).isTrue();
    }

    @Test
    void unknown_codes_and_bad_counts_are_refused() {
        SimilarityIndex index = SimilarityIndex.build(dataset());
        assertThatThrownBy(() -> index.similar(new OccupationCode("15-1252.00"), 5))
                .isInstanceOfSatisfying(OccupationException.class, e -> assertThat(e.kind())
                        .isEqualTo(ErrorKind.NOT_FOUND));
        assertThatThrownBy(() -> index.similar(RN, 0)).isInstanceOf(OccupationException.class)
                .hasMessageContaining("ask for 1 or more");
        assertThatThrownBy(() -> SimilarityIndex.build(List.of(Fixtures.registeredNurses(),
                Fixtures.registeredNurses()))).hasMessageContaining("given twice");
    }

    @Test
    void importance_cosines_are_placed_among_all_pairs() {
        SimilarityIndex index = SimilarityIndex.build(dataset());
        // three occupations carry ratings: 3 pairs of importance vectors; a cosine of 1 is at least all of them
        assertThat(index.percentileOfImportanceCosine(1.0)).hasValue(100.0);
        assertThat(index.percentileOfImportanceCosine(0.0)).hasValue(0.0);
    }

    @Test
    void weights_must_be_finite_and_not_all_zero() {
        assertThatThrownBy(() -> new SimilarityWeights(0, 0, 0, 0)).hasMessageContaining("All similarity weights");
        assertThatThrownBy(() -> new SimilarityWeights(-1, 1, 1, 1)).hasMessageContaining("-1.0");
        assertThat(SimilarityWeights.DEFAULT.knowledgeImportance()).isEqualTo(2.0, within(0.0));
    }
}
