package org.occucompare.analytics.wage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.occucompare.analytics.Estimate;
import org.occucompare.analytics.TestOccupations;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.MissingReason;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.Percentile;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.UsState;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.spi.Bound;

class WageGapsTest {
    private static final Location US = Location.NATIONAL;
    private static final Location CA = new Location.State(UsState.CALIFORNIA);
    private final WageGaps gaps = new WageGaps();
    private final Occupation rn = Fixtures.registeredNurses();
    private final Occupation ceo = Fixtures.chiefExecutives();

    @Test
    void exact_figures_give_exact_gaps_in_dollars_and_percent() {
        WageGap g = gaps.gap(rn, US, ceo, US, RateType.ANNUAL);
        PercentileGap p10 = g.gaps().get(0);
        assertThat(p10.percentile()).isEqualTo(Percentile.P10);
        // RN 66,030 - CEO 73,710 = -7,680 dollars a year
        assertThat(p10.gapUsd().value()).hasValue(-7_680);
        assertThat(p10.gapUsd().bound()).isEqualTo(Bound.EXACT);
        // -7,680 / 73,710 * 100 = -10.41921...%
        assertThat(p10.gapPct().value().getAsDouble()).isCloseTo(-10.419210419, within(1e-6));
        assertThat(p10.sharedWages()).isFalse();
        assertThat(g.notes()).isEmpty();
    }

    @Test
    void a_top_coded_reference_makes_the_gap_an_upper_bound() {
        PercentileGap p75 = gaps.gap(rn, US, ceo, US, RateType.ANNUAL).gaps().get(3);
        // CEO's 75th percentile is "#": at least 239,200. RN 107,960 - (>= 239,200) <= -131,240
        assertThat(p75.gapUsd().value()).hasValue(-131_240);
        assertThat(p75.gapUsd().bound()).isEqualTo(Bound.AT_MOST);
        assertThat(p75.gapUsd().notes()).singleElement().asString()
                .contains("11-1011.00's 75th percentile in United States is top-coded (at least $239,200 a year)");
        // 107,960 / 239,200 - 1 = -0.548662..., so at most -54.8662 %
        assertThat(p75.gapPct().value().getAsDouble()).isCloseTo(-54.866220736, within(1e-6));
        assertThat(p75.gapPct().bound()).isEqualTo(Bound.AT_MOST);
    }

    @Test
    void a_top_coded_subject_makes_the_gap_a_lower_bound() {
        PercentileGap p90 = gaps.gap(ceo, US, rn, US, RateType.ANNUAL).gaps().get(4);
        // (>= 239,200) - 135,320 >= 103,880
        assertThat(p90.gapUsd().value()).hasValue(103_880);
        assertThat(p90.gapUsd().bound()).isEqualTo(Bound.AT_LEAST);
        // 239,200 / 135,320 - 1 = 0.767661..., at least 76.7661 %
        assertThat(p90.gapPct().value().getAsDouble()).isCloseTo(76.766183860, within(1e-6));
    }

    @Test
    void two_top_coded_figures_give_an_unknown_gap_with_the_reason() {
        Occupation other = TestOccupations.withWages("11-1011.03", TestOccupations.estimate(US, RateType.ANNUAL,
                WageAmount.of(80_000), WageAmount.of(130_000), WageAmount.of(210_000),
                WageAmount.topCoded(239_200), WageAmount.topCoded(239_200)));
        PercentileGap p90 = gaps.gap(other, US, ceo, US, RateType.ANNUAL).gaps().get(4);
        assertThat(p90.gapUsd().value()).isEmpty();
        assertThat(p90.gapUsd().notes()).containsExactly("both 90th percentiles are top-coded, so the gap is unknown");
    }

    @Test
    void occupations_that_inherit_the_same_soc_wages_show_a_shared_gap_of_zero() {
        WageGap g = gaps.gap(Fixtures.acuteCareNurses(), US, rn, US, RateType.ANNUAL);
        assertThat(g.gaps()).allSatisfy(p -> {
            assertThat(p.gapUsd().value()).hasValue(0);
            assertThat(p.sharedWages()).isTrue();
        });
        assertThat(g.notes()).singleElement().asString().contains("SOC 29-1141")
                .contains("does not mean equal pay");
    }

    @Test
    void a_suppressed_percentile_leaves_the_gap_unknown_with_the_bls_reason() {
        Occupation suppressed = TestOccupations.withWages("29-1141.02", TestOccupations.estimate(US, RateType.ANNUAL,
                WageAmount.of(60_000), WageAmount.of(70_000), WageAmount.of(90_000), WageAmount.of(100_000),
                WageAmount.missing(MissingReason.SUPPRESSED)));
        PercentileGap p90 = gaps.gap(suppressed, US, ceo, US, RateType.ANNUAL).gaps().get(4);
        assertThat(p90.gapUsd().value()).isEmpty();
        assertThat(p90.gapUsd().notes()).singleElement().asString().isEqualTo("29-1141.02's 90th percentile in United"
                + " States is not released: does not meet BLS publication standards");
    }

    @Test
    void hourly_figures_are_never_made_from_annual_ones() {
        // the fixtures publish California wages per year only
        WageGap g = gaps.gap(rn, CA, ceo, CA, RateType.HOURLY);
        assertThat(g.gaps()).allSatisfy(p -> assertThat(p.gapUsd().value()).isEmpty());
        assertThat(g.gaps().get(0).gapUsd().notes()).singleElement().asString()
                .contains("no hourly OEWS estimate for 29-1141.00 Registered Nurses in California")
                .contains("does not convert");
    }

    @Test
    void a_gap_between_places_compares_one_occupation_with_itself_elsewhere() {
        PercentileGap median = gaps.gap(rn, CA, rn, US, RateType.ANNUAL).gaps().get(2);
        // 140,330 - 93,600 = 46,730; 46,730 / 93,600 * 100 = 49.925213...%
        assertThat(median.gapUsd().value()).hasValue(46_730);
        assertThat(median.gapPct().value().getAsDouble()).isCloseTo(49.925213675, within(1e-6));
        assertThat(median.sharedWages()).isFalse();
    }

    @Test
    void the_gap_from_a_to_b_is_minus_the_gap_from_b_to_a() {
        Random random = new Random(20240501);
        for (int i = 0; i < 500; i++) {
            Occupation a = TestOccupations.withWages("11-1011.00", randomEstimate(random));
            Occupation b = TestOccupations.withWages("13-1111.00", randomEstimate(random));
            List<PercentileGap> ab = gaps.gap(a, US, b, US, RateType.ANNUAL).gaps();
            List<PercentileGap> ba = gaps.gap(b, US, a, US, RateType.ANNUAL).gaps();
            for (int p = 0; p < 5; p++) {
                Estimate forward = ab.get(p).gapUsd();
                Estimate backward = ba.get(p).gapUsd().negate();
                assertThat(forward.value().isPresent()).isEqualTo(backward.value().isPresent());
                if (forward.value().isPresent()) {
                    assertThat(forward.value().getAsDouble()).isCloseTo(backward.value().getAsDouble(),
                            within(1e-9));
                    assertThat(forward.bound()).isEqualTo(backward.bound());
                }
            }
        }
    }

    @Test
    void identical_wages_give_a_zero_gap() {
        Occupation a = TestOccupations.withWages("11-1011.00", TestOccupations.annual(US, 1, 2, 3, 4, 5));
        Occupation b = TestOccupations.withWages("13-1111.00", TestOccupations.annual(US, 1, 2, 3, 4, 5));
        assertThat(gaps.gap(a, US, b, US, RateType.ANNUAL).gaps()).allSatisfy(p -> {
            assertThat(p.gapUsd()).isEqualTo(Estimate.exact(0));
            assertThat(p.gapPct()).isEqualTo(Estimate.exact(0));
        });
    }

    static org.occucompare.core.model.WageEstimate randomEstimate(Random random) {
        WageAmount[] amounts = new WageAmount[5];
        double v = 20_000 + random.nextInt(40_000);
        for (int i = 0; i < 5; i++) {
            v += random.nextInt(40_000);
            int kind = random.nextInt(10);
            amounts[i] = kind == 0 ? WageAmount.missing(MissingReason.SUPPRESSED)
                    : kind == 1 ? WageAmount.topCoded(239_200) : WageAmount.of(v);
        }
        return TestOccupations.estimate(US, RateType.ANNUAL, amounts);
    }
}
