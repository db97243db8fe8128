package org.occucompare.analytics.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.occucompare.analytics.onet.OnetDataset;
import org.occucompare.analytics.skills.SharedDescriptor;
import org.occucompare.core.model.OccupationCode;

/** The index on the whole O*NET dataset: explanations and calibration make sense to a reader. */
class SimilarityIndexOnetTest {
    private static SimilarityIndex index;

    @BeforeAll
    static void build() {
        var found = OnetDataset.get();
        assumeTrue(found.isPresent(), "O*NET files not found under ../shared/data: skipping");
        index = SimilarityIndex.build(found.get().occupations());
    }

    @Test
    void registered_nurses_are_closest_to_other_nursing_occupations() {
        List<SimilarOccupation> similar = index.similar(new OccupationCode("29-1141.00"), 10);
        System.out.println("similar to 29-1141.00: " + similar.stream().map(s -> s.code() + " " + s.title() + " "
                + String.format("%.3f/%.1f", s.score(), s.percentileAmongPairs()) + " "
                + s.sharedDescriptors().stream().map(SharedDescriptor::name).toList()).toList());
        assertThat(similar).hasSize(10);
        assertThat(similar.get(0).percentileAmongPairs()).isGreaterThan(99.0);
        assertThat(similar).anySatisfy(s -> assertThat(s.code().value()).startsWith("29-1141."));
        assertThat(similar.get(0).sharedDescriptors()).isNotEmpty();
    }

    @Test
    void the_raw_importance_cosine_is_high_for_almost_every_pair() {
        // the reason the skill overlap score is calibrated: the median pair already has a raw cosine above 0.9
        assertThat(index.percentileOfImportanceCosine(0.90).getAsDouble()).isLessThan(50.0);
    }
}
