package org.occucompare.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.occucompare.analytics.compare.ComparisonReport;
import org.occucompare.analytics.plugin.MetricOutcome;
import org.occucompare.analytics.plugin.MetricStatus;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.Retrieval;
import org.occucompare.core.model.SourceKind;
import org.occucompare.web.cache.Rendered.SourceFreshness;
import org.occucompare.web.compare.Comparison;
import org.occucompare.web.compare.UnavailableOccupation;
import org.occucompare.web.compare.SampleComparisons;

/** Answers built from live CareerOneStop data are kept no longer than their oldest data stay fresh. */
class FreshnessPolicyTest {
    private static final Instant MONDAY = Instant.parse("2026-11-30T08:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-01T09:30:00Z");

    @Test
    void answers_from_the_local_store_depend_on_the_dataset_version_only() {
        SourceFreshness freshness = FreshnessPolicy.STORE_ONLY.of(List.of(nurse(MONDAY, false)));

        assertThat(freshness).isEqualTo(SourceFreshness.STORE);
        assertThat(freshness.cacheable()).isTrue();
        assertThat(freshness.expiresAt()).isEmpty();
    }

    @Test
    void a_live_answer_expires_when_its_oldest_data_pass_their_freshness_and_names_them_all() {
        FreshnessPolicy live = new FreshnessPolicy(Optional.of(Duration.ofDays(7)));

        SourceFreshness freshness = live.of(List.of(nurse(TUESDAY, false), nurse(MONDAY, false)));

        assertThat(freshness.expiresAt()).hasValue(Instant.parse("2026-12-07T08:00:00Z")); // Monday + 7 days
        assertThat(freshness.lastModified()).hasValue(TUESDAY);
        assertThat(freshness.stamp()).isEqualTo("2026-11-30T08:00:00Z,2026-12-01T09:30:00Z");
        assertThat(freshness.cacheable()).isTrue();
    }

    @Test
    void a_live_answer_holding_data_served_past_their_freshness_is_not_kept() {
        FreshnessPolicy live = new FreshnessPolicy(Optional.of(Duration.ofDays(7)));

        assertThat(live.of(List.of(nurse(TUESDAY, false), nurse(MONDAY, true))).cacheable()).isFalse();
    }

    @Test
    void a_comparison_whose_metrics_all_gave_their_result_is_kept_and_one_missing_a_result_is_not() {
        // the statuses are set here: a busy machine can time a metric out of a real comparison (not kept either)
        Comparison compared = SampleComparisons.compare(List.of("29-1141.00", "15-1252.00"), "US");
        MetricOutcome first = compared.report().metrics().get(0);
        Comparison complete = withMetrics(compared, List.of(new MetricOutcome(first.pluginId(), first.builtIn(),
                first.descriptor(), MetricStatus.OK, first.result())));
        Comparison partial = withMetrics(compared, List.of(new MetricOutcome(first.pluginId(), first.builtIn(),
                first.descriptor(), MetricStatus.TIMED_OUT, first.result())));

        assertThat(FreshnessPolicy.STORE_ONLY.of(complete).cacheable()).isTrue();
        assertThat(FreshnessPolicy.STORE_ONLY.of(partial).cacheable()).isFalse();
    }

    @Test
    void a_comparison_that_left_out_an_occupation_the_live_source_failed_for_is_not_kept() {
        // without metrics, whose outcomes depend on the moment: this test is about occupations left out
        Comparison complete = withMetrics(SampleComparisons.compare(List.of("29-1141.00", "15-1252.00"), "US"),
                List.of());
        Comparison leftOut = new Comparison(complete.query(), complete.report(), complete.occupations(),
                complete.unknown(), List.of(new UnavailableOccupation("11-1011.00", "CareerOneStop did not answer"
                        + " within 10 s", OptionalLong.of(30))), complete.sources(), complete.dataDescription(),
                complete.placeNotes());

        assertThat(FreshnessPolicy.STORE_ONLY.of(complete).cacheable()).isTrue();
        assertThat(FreshnessPolicy.STORE_ONLY.of(leftOut).cacheable()).isFalse();
    }

    private static Comparison withMetrics(Comparison c, List<MetricOutcome> metrics) {
        ComparisonReport r = c.report();
        return new Comparison(c.query(), new ComparisonReport(r.occupations(), r.locations(), r.reference(),
                r.referenceLocation(), r.occupationGaps(), r.locationGaps(), r.spreads(), r.payOverlaps(),
                r.locationComparisons(), r.growth(), r.education(), r.skillOverlaps(), metrics, r.notes()),
                c.occupations(), c.unknown(), c.unavailable(), c.sources(), c.dataDescription(), c.placeNotes());
    }

    private static Occupation nurse(Instant retrievedAt, boolean stale) {
        return Occupation.minimal(OccupationCode.parse("29-1141.00"), "Registered Nurses",
                Retrieval.of(Location.NATIONAL, retrievedAt, SourceKind.CAREERONESTOP).withStale(stale));
    }
}
