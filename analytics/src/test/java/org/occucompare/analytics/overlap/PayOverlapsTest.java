package org.occucompare.analytics.overlap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.occucompare.analytics.TestOccupations;
import org.occucompare.core.Fixtures;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.MissingReason;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.WageAmount;

class PayOverlapsTest {
    private static final Location US = Location.NATIONAL;
    private final PayOverlaps overlaps = new PayOverlaps();

    /** Percentiles on a straight line, F(x) = x / 100,000: a monotone cubic through them is that line. */
    private static final Occupation LINEAR = TestOccupations.withWages("13-1111.00",
            TestOccupations.annual(US, 10_000, 25_000, 50_000, 75_000, 90_000));

    private static Occupation medianAt(String code, WageAmount median) {
        return TestOccupations.withWages(code, TestOccupations.estimate(US, RateType.ANNUAL, WageAmount.of(1_000),
                WageAmount.of(2_000), median, WageAmount.of(300_000 - 1), WageAmount.of(300_000)));
    }

    private ShareRange share(Occupation group, Occupation threshold) {
        return overlaps.shareAboveMedian(group, threshold, US).shareAboveMedianPct().orElseThrow();
    }

    @Test
    void inside_the_published_percentiles_the_share_is_a_point() {
        // F(60,000) = 0.60, so 1 - 0.60 = 40 % earn more
        ShareRange s = share(LINEAR, medianAt("11-1011.00", WageAmount.of(60_000)));
        assertThat(s.isPoint()).isTrue();
        assertThat(s.lowPct()).isCloseTo(40.0, within(1e-9));
    }

    @Test
    void below_the_10th_percentile_the_share_is_a_range() {
        // 5,000 lies below the 10th percentile (10,000): F in [0, 0.10], share in [90 %, 100 %]
        var overlap = overlaps.shareAboveMedian(LINEAR, medianAt("11-1011.00", WageAmount.of(5_000)), US);
        assertThat(overlap.shareAboveMedianPct()).contains(new ShareRange(90, 100));
        assertThat(overlap.notes()).anySatisfy(n -> assertThat(n).contains("so the share is a range"));
        assertThat(overlap.notes().get(0)).contains("Fritsch–Carlson").contains("an estimate, not a count");
    }

    @Test
    void a_top_coded_percentile_above_the_line_caps_the_share() {
        Occupation capped = TestOccupations.withWages("11-1011.00", TestOccupations.estimate(US, RateType.ANNUAL,
                WageAmount.of(100_000), WageAmount.of(150_000), WageAmount.of(200_000), WageAmount.topCoded(239_200),
                WageAmount.topCoded(239_200)));
        // 220,000: at least the median (F >= 0.50) and below the 75th (>= 239,200, so F <= 0.75): share 25-50 %
        assertThat(share(capped, medianAt("13-1111.00", WageAmount.of(220_000)))).isEqualTo(new ShareRange(25, 50));
    }

    @Test
    void a_top_coded_median_gives_an_upper_bound_only() {
        // the line is >= 239,200, above LINEAR's 90th percentile (90,000): F >= 0.90, share in [0, 10 %]
        ShareRange s = share(LINEAR, medianAt("11-1011.00", WageAmount.topCoded(239_200)));
        assertThat(s.lowPct()).isZero();
        assertThat(s.highPct()).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void a_run_of_two_exact_percentiles_is_interpolated_linearly() {
        Occupation gap = TestOccupations.withWages("13-1111.00", TestOccupations.estimate(US, RateType.ANNUAL,
                WageAmount.of(10_000), WageAmount.of(40_000), WageAmount.missing(MissingReason.SUPPRESSED),
                WageAmount.of(75_000), WageAmount.of(90_000)));
        // F(20,000) = 0.10 + 0.15 * (20,000 - 10,000) / (40,000 - 10,000) = 0.15: 85 % earn more
        assertThat(share(gap, medianAt("11-1011.00", WageAmount.of(20_000))).lowPct()).isCloseTo(85.0,
                within(1e-9));
        // 50,000 falls in the hole the suppressed median leaves: F in [0.25, 0.75], share in [25 %, 75 %]
        assertThat(share(gap, medianAt("11-1011.00", WageAmount.of(50_000)))).isEqualTo(new ShareRange(25, 75));
    }

    @Test
    void chief_executives_above_the_nurses_median_and_the_other_way_round() {
        // RN median 93,600 lies between the CEO 10th (73,710) and 25th (126,080): a point in 75-90 %
        ShareRange ceos = share(Fixtures.chiefExecutives(), Fixtures.registeredNurses());
        assertThat(ceos.isPoint()).isTrue();
        assertThat(ceos.lowPct()).isBetween(75.0, 90.0);
        // CEO median 206,420 is above the RN 90th (135,320): share of nurses above it is 0-10 %
        assertThat(share(Fixtures.registeredNurses(), Fixtures.chiefExecutives())).isEqualTo(new ShareRange(0, 10));
    }

    @Test
    void shared_wages_give_half_and_say_why() {
        var overlap = overlaps.shareAboveMedian(Fixtures.acuteCareNurses(), Fixtures.registeredNurses(), US);
        assertThat(overlap.shareAboveMedianPct()).contains(new ShareRange(50, 50));
        assertThat(overlap.notes()).anySatisfy(n -> assertThat(n).contains("show the same SOC group's wages"));
    }

    @Test
    void a_missing_median_or_place_gives_no_share_and_the_reason() {
        var missing = overlaps.shareAboveMedian(LINEAR, medianAt("11-1011.00",
                WageAmount.missing(MissingReason.SUPPRESSED)), US);
        assertThat(missing.shareAboveMedianPct()).isEmpty();
        assertThat(missing.notes()).contains("11-1011.00's median in United States is not released: does not meet"
                + " BLS publication standards");
        var guam = overlaps.shareAboveMedian(LINEAR, Fixtures.registeredNurses(),
                new Location.State(org.occucompare.core.model.UsState.GUAM));
        assertThat(guam.shareAboveMedianPct()).isEmpty();
    }

    @Test
    void the_share_falls_as_the_line_rises_and_stays_within_0_and_100() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            double v = 10_000 + random.nextInt(20_000);
            double[] ps = new double[5];
            for (int i = 0; i < 5; i++) {
                v += 1 + random.nextInt(50_000);
                ps[i] = v;
            }
            Occupation group = TestOccupations.withWages("13-1111.00", TestOccupations.annual(US, ps));
            double previousHigh = 100;
            double previousLow = 100;
            for (double line = 5_000; line < v + 20_000; line += 3_000) {
                ShareRange s = share(group, medianAt("11-1011.00", WageAmount.of(line)));
                assertThat(s.lowPct()).isBetween(0.0, 100.0);
                assertThat(s.highPct()).isLessThanOrEqualTo(previousHigh + 1e-9);
                assertThat(s.lowPct()).isLessThanOrEqualTo(previousLow + 1e-9);
                previousHigh = s.highPct();
                previousLow = s.lowPct();
            }
        }
    }
}
