package org.occucompare.analytics.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.occucompare.analytics.skills.SharedDescriptor;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.Descriptor;
import org.occucompare.core.model.DescriptorKind;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;

/** An index kept as bytes and read back answers exactly as the index that was built. */
class SimilarityIndexBytesTest {
    private static final OccupationCode A = new OccupationCode("11-1011.00");
    private static final OccupationCode B = new OccupationCode("13-2011.00");
    private static final OccupationCode C = new OccupationCode("29-1141.00");

    /**
     * Three occupations rated on two skills: importance (3, 4), (4, 3) and (1, 5); A's first skill also has a level.
     * With importance weights only, a score is the plain cosine: A–B 24/25 = 0.96, A–C 23/(5√26) = 0.9021, B–C
     * 19/(5√26) = 0.7452.
     */
    private static List<Occupation> rated() {
        return List.of(occupation(A, "Chief Executives", 3, 4, OptionalDouble.of(2.5)),
                occupation(B, "Accountants and Auditors", 4, 3, OptionalDouble.empty()),
                occupation(C, "Registered Nurses", 1, 5, OptionalDouble.empty()));
    }

    private static Occupation occupation(OccupationCode code, String title, double x, double y,
            OptionalDouble levelOfX) {
        return Occupation.minimal(code, title, Fixtures.retrieval()).withSkills(List.of(
                new Descriptor(DescriptorKind.SKILL, "2.A.1.a", "Reading Comprehension", "", OptionalDouble.of(x),
                        levelOfX),
                new Descriptor(DescriptorKind.SKILL, "2.A.1.b", "Active Listening", "", OptionalDouble.of(y),
                        OptionalDouble.empty())));
    }

    private static SimilarityIndex readBack(SimilarityIndex index) {
        return SimilarityIndex.fromBytes(index.toBytes(), PairDistribution.fromBytes(index.importanceCosines()
                .toBytes()));
    }

    @Test
    void an_index_read_back_gives_the_hand_computed_scores_percentiles_and_reasons() {
        SimilarityIndex built = SimilarityIndex.build(rated(), SimilarityWeights.IMPORTANCE_ONLY);
        for (SimilarityIndex index : List.of(built, readBack(built))) {
            assertThat(index.weights()).isEqualTo(SimilarityWeights.IMPORTANCE_ONLY);
            assertThat(index.score(A, B)).isCloseTo(0.96, within(1e-6));
            assertThat(index.score(A, C)).isCloseTo(23 / (5 * Math.sqrt(26)), within(1e-6));
            assertThat(index.score(C, B)).isCloseTo(19 / (5 * Math.sqrt(26)), within(1e-6));
            List<SimilarOccupation> similar = index.similar(A, 5);
            assertThat(similar).extracting(SimilarOccupation::code).containsExactly(B, C);
            assertThat(similar.get(1).title()).isEqualTo("Registered Nurses");
            // 3 pairs: A–B is the best (all 3 at most it), A–C the second (2 of 3)
            assertThat(similar.get(0).percentileAmongPairs()).isEqualTo(100.0);
            assertThat(similar.get(1).percentileAmongPairs()).isCloseTo(200.0 / 3, within(1e-9));
            // the first skill's importances (3, 4, 1) have mean 8/3 and SD √(14/9): both A (3) and B (4) lie above
            // it; the second's (4, 3, 5) have mean 4, which A only reaches and B lies below
            assertThat(similar.get(0).sharedDescriptors()).containsExactly(new SharedDescriptor("2.A.1.a",
                    "Reading Comprehension", DescriptorKind.SKILL, 3, 4, OptionalDouble.of(2.5),
                    OptionalDouble.empty()));
            // the importance cosines are the same three: 0.7452 and 0.9021 lie at most 0.95, 0.96 above it
            assertThat(index.percentileOfImportanceCosine(0.95).getAsDouble()).isCloseTo(200.0 / 3, within(1e-9));
            assertThat(index.importanceCosines().size()).isEqualTo(3);
        }
    }

    @Test
    void an_index_of_every_signal_read_back_answers_as_the_one_built() {
        List<Occupation> dataset = List.of(Fixtures.registeredNurses().withAlternateTitles(List.of("Staff Nurse")),
                Fixtures.acuteCareNurses().withAlternateTitles(List.of("ICU Nurse")),
                Fixtures.chiefExecutives().withAlternateTitles(List.of("President")),
                Occupation.minimal(new OccupationCode("11-1021.00"), "General and Operations Managers",
                        Fixtures.retrieval()).withDescription("Plan, direct, or coordinate operations"));
        SimilarityIndex built = SimilarityIndex.build(dataset);
        SimilarityIndex read = readBack(built);
        assertThat(read.size()).isEqualTo(4);
        for (Occupation a : dataset) {
            assertThat(read.similar(a.code(), 3)).isEqualTo(built.similar(a.code(), 3));
            for (Occupation b : dataset) {
                assertThat(read.score(a.code(), b.code())).isEqualTo(built.score(a.code(), b.code()));
                assertThat(read.percentile(a.code(), b.code())).isEqualTo(built.percentile(a.code(), b.code()));
            }
        }
        for (double cosine = 0; cosine <= 1; cosine += 0.01) {
            assertThat(read.percentileOfImportanceCosine(cosine)).isEqualTo(built.percentileOfImportanceCosine(cosine));
        }
    }

    @Test
    void an_empty_dataset_reads_back_empty() {
        SimilarityIndex read = readBack(SimilarityIndex.build(List.of()));
        assertThat(read.size()).isZero();
        assertThat(read.percentileOfImportanceCosine(0.5)).isEmpty();
    }

    @Test
    void bytes_of_another_form_or_damaged_are_refused() {
        SimilarityIndex built = SimilarityIndex.build(rated());
        byte[] bytes = built.toBytes();
        PairDistribution cosines = built.importanceCosines();
        assertThatThrownBy(() -> SimilarityIndex.fromBytes(Arrays.copyOf(bytes, bytes.length - 1), cosines))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] newer = bytes.clone();
        ByteBuffer.wrap(newer).putInt(4, IndexCodec.FORMAT + 1);
        assertThatThrownBy(() -> SimilarityIndex.fromBytes(newer, cosines))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format");
        assertThatThrownBy(() -> SimilarityIndex.fromBytes(new byte[3], cosines))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] unsorted = ByteBuffer.allocate(20).putInt(0x4f435044).putInt(1).putInt(2).putFloat(0.9f)
                .putFloat(0.1f).array();
        assertThatThrownBy(() -> PairDistribution.fromBytes(unsorted)).hasMessageContaining("not sorted");
    }

    @Test
    void a_distribution_places_a_value_among_the_pairs() {
        PairDistribution d = PairDistribution.of(new float[] {0.9f, 0.2f, 0.5f, 0.5f});
        assertThat(d.percentile(0.5)).hasValue(75.0);
        assertThat(d.percentile(0.1)).hasValue(0.0);
        assertThat(d.percentile(1)).hasValue(100.0);
        assertThat(PairDistribution.fromBytes(d.toBytes()).percentile(0.2)).hasValue(25.0);
        assertThat(PairDistribution.of(new float[0]).percentile(0.5)).isEmpty();
    }
}
