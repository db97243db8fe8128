package org.occucompare.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.MissingReason;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.OccupationSummary;
import org.occucompare.core.model.Provenance;
import org.occucompare.core.model.RateType;
import org.occucompare.core.model.Retrieval;
import org.occucompare.core.model.Section;
import org.occucompare.core.model.SocCode;
import org.occucompare.core.model.SocReference;
import org.occucompare.core.model.SourceKind;
import org.occucompare.core.model.UsState;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.model.Wages;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.core.source.OccupationSource;

class CachedOccupationSourceTest {
    private static final OccupationCode NURSES = OccupationCode.parse("29-1141.00");
    private static final Location CALIFORNIA = new Location.State(UsState.CALIFORNIA);

    private final Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID());
    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final Upstream upstream = new Upstream(clock);
    private final CachedOccupationSource cache = new CachedOccupationSource(upstream, db, "careeronestop",
            Duration.ofDays(30), clock);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_fresh_entry_is_served_from_the_store_exactly_as_fetched() {
        Optional<Occupation> first = cache.find(NURSES, CALIFORNIA);
        clock.advance(Duration.ofDays(29));
        Optional<Occupation> second = cache.find(NURSES, CALIFORNIA);

        assertThat(upstream.calls.get()).isEqualTo(1);
        assertThat(second).isEqualTo(first);
        assertThat(second.orElseThrow().wages().orElseThrow().find(CALIFORNIA, RateType.ANNUAL).orElseThrow().p90())
                .isEqualTo(WageAmount.topCoded(239_200));
    }

    @Test
    void an_entry_past_its_freshness_is_fetched_again() {
        cache.find(NURSES, CALIFORNIA);
        clock.advance(Duration.ofDays(31));
        Occupation again = cache.find(NURSES, CALIFORNIA).orElseThrow();

        assertThat(upstream.calls.get()).isEqualTo(2);
        assertThat(again.retrieval().retrievedAt()).isEqualTo(clock.instant());
    }

    @Test
    void when_the_upstream_fails_the_stale_entry_is_served_with_its_age() {
        cache.find(NURSES, CALIFORNIA);
        clock.advance(Duration.ofDays(40));
        upstream.failing = true;

        Occupation stale = cache.find(NURSES, CALIFORNIA).orElseThrow();

        assertThat(stale.retrieval().stale()).isTrue();
        assertThat(stale.retrieval().age(clock.instant())).isEqualTo(Duration.ofDays(40));
    }

    @Test
    void failures_are_never_cached() {
        upstream.failing = true;
        assertThatThrownBy(() -> cache.find(NURSES, CALIFORNIA)).isInstanceOf(OccupationException.class)
                .hasMessageContaining("down");

        upstream.failing = false;
        Occupation found = cache.find(NURSES, CALIFORNIA).orElseThrow();

        assertThat(found.retrieval().stale()).isFalse();
        assertThat(upstream.calls.get()).isEqualTo(2);
    }

    @Test
    void refresh_asks_the_upstream_even_when_fresh() {
        cache.find(NURSES, CALIFORNIA);
        cache.find(new OccupationKey.Code(NURSES), CALIFORNIA, true);

        assertThat(upstream.calls.get()).isEqualTo(2);
    }

    @Test
    void concurrent_requests_for_the_same_occupation_and_place_make_one_upstream_call() throws Exception {
        upstream.gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Optional<Occupation>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> cache.find(NURSES, CALIFORNIA)));
            }
            assertThat(upstream.entered.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200);
            upstream.gate.countDown();
            for (Future<Optional<Occupation>> result : results) {
                assertThat(result.get(5, TimeUnit.SECONDS)).isPresent();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(upstream.calls.get()).isEqualTo(1);
    }

    /** A stand-in upstream that builds a nurse record with a top-coded and a missing wage. */
    private static final class Upstream implements OccupationSource {
        final AtomicInteger calls = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(1);
        final Clock clock;
        volatile boolean failing;
        volatile CountDownLatch gate = new CountDownLatch(0);

        Upstream(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Optional<Occupation> find(OccupationKey key, Location location) {
            calls.incrementAndGet();
            entered.countDown();
            try {
                gate.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failing) {
                throw new OccupationException(ErrorKind.UPSTREAM, "CareerOneStop is down; try again later.");
            }
            WageEstimate wage = new WageEstimate(location, location.displayName(), RateType.ANNUAL,
                    WageAmount.of(100_120), WageAmount.of(119_710), WageAmount.of(140_330), WageAmount.of(172_200),
                    WageAmount.topCoded(239_200), WageAmount.missing(MissingReason.NOT_AVAILABLE),
                    OptionalLong.of(326_720));
            SocReference soc = SocReference.of(SocCode.parse("29-1141"), "Registered Nurses");
            return Optional.of(Occupation.minimal(NURSES, "Registered Nurses",
                            Retrieval.of(location, clock.instant(), SourceKind.CAREERONESTOP))
                    .withSoc(soc)
                    .withAlternateTitles(List.of("RN"))
                    .withWages(new Wages(Optional.of(soc), false, OptionalInt.of(2024), List.of(wage)))
                    .withRequestedSections(java.util.Set.of(Section.WAGES))
                    .withProvenance(Section.WAGES, new Provenance(SourceKind.CAREERONESTOP, "CareerOneStop",
                            "2024", Optional.empty(), Optional.empty())));
        }

        @Override
        public List<OccupationSummary> search(String words, int limit) {
            return List.of();
        }

        @Override
        public String describe() {
            return "test upstream";
        }
    }

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
