package org.occucompare.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.Retrieval;
import org.occucompare.core.model.SourceKind;
import org.occucompare.web.cache.Rendered.SourceFreshness;

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

    private static Occupation nurse(Instant retrievedAt, boolean stale) {
        return Occupation.minimal(OccupationCode.parse("29-1141.00"), "Registered Nurses",
                Retrieval.of(Location.NATIONAL, retrievedAt, SourceKind.CAREERONESTOP).withStale(stale));
    }
}
