package org.occucompare.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
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
import org.occucompare.core.model.SocReference;
import org.occucompare.core.model.SourceKind;
import org.occucompare.core.model.UsState;
import org.occucompare.core.model.WageAmount;
import org.occucompare.core.model.WageEstimate;
import org.occucompare.core.model.Wages;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.Lookup;
import org.occucompare.core.source.Miss;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.core.source.OccupationRecords;
import org.occucompare.core.source.OccupationSource;
import org.occucompare.core.source.Suggestions;
import org.occucompare.web.MovableClock;

class CachedOccupationSourceTest {
    private static final OccupationCode NURSES = OccupationCode.parse("29-1141.00");
    private static final Location CALIFORNIA = new Location.State(UsState.CALIFORNIA);
    private static final Location TEXAS = new Location.State(UsState.TEXAS);

    private final Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID());
    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final Upstream upstream = new Upstream(clock);
    private final CachedOccupationSource cache = new CachedOccupationSource(upstream, db, "careeronestop",
            Duration.ofDays(30), clock);

    @AfterEach
    void close() {
        db.close();
    }

    /** One occupation at one place through the cache: empty when not found, the failure when unavailable. */
    private Optional<Occupation> find(OccupationCode code, Location place) {
        OccupationKey key = new OccupationKey.Code(code);
        Lookup lookup = cache.fetch(key, place, Freshness.CACHED);
        lookup.miss(key).flatMap(Miss::failure).ifPresent(e -> {
            throw e;
        });
        return lookup.occupation(key);
    }

    @Test
    void a_fresh_entry_is_served_from_the_store_exactly_as_fetched() {
        Optional<Occupation> first = find(NURSES, CALIFORNIA);
        clock.advance(Duration.ofDays(29));
        Optional<Occupation> second = find(NURSES, CALIFORNIA);

        assertThat(upstream.calls.get()).isEqualTo(1);
        assertThat(second).isEqualTo(first);
        assertThat(second.orElseThrow().wages().orElseThrow().find(CALIFORNIA, RateType.ANNUAL).orElseThrow().p90())
                .isEqualTo(WageAmount.topCoded(239_200));
    }

    @Test
    void an_entry_answers_a_request_for_its_sections_or_fewer_and_never_a_request_for_more() {
        OccupationKey key = new OccupationKey.Code(NURSES);
        Set<Section> wages = java.util.EnumSet.of(Section.WAGES);

        Occupation wagesOnly = cache.fetch(key, CALIFORNIA, wages, Freshness.CACHED).require(key);
        Occupation everything = cache.fetch(key, CALIFORNIA, Section.all(), Freshness.CACHED).require(key);
        Occupation wagesAgain = cache.fetch(key, CALIFORNIA, wages, Freshness.CACHED).require(key);

        // the first asks upstream for wages (and the metadata every answer carries); the second for everything,
        // since the entry holds wages only; the third is served from the entry of everything, narrowed to wages
        assertThat(upstream.asked).containsExactly(Set.of(Section.WAGES, Section.METADATA), Section.all());
        assertThat(wagesOnly.requestedSections()).containsExactlyInAnyOrder(Section.WAGES, Section.METADATA);
        assertThat(wagesOnly.alternateTitles()).isEmpty();
        assertThat(everything.requestedSections()).isEqualTo(Section.all());
        assertThat(everything.alternateTitles()).containsExactly("RN");
        assertThat(wagesAgain.requestedSections()).containsExactlyInAnyOrder(Section.WAGES, Section.METADATA);
        assertThat(wagesAgain.alternateTitles()).isEmpty();
        assertThat(wagesAgain.wages()).isEqualTo(everything.wages());
    }

    @Test
    void an_entry_past_its_freshness_is_fetched_again() {
        find(NURSES, CALIFORNIA);
        clock.advance(Duration.ofDays(31));
        Occupation again = find(NURSES, CALIFORNIA).orElseThrow();

        assertThat(upstream.calls.get()).isEqualTo(2);
        assertThat(again.retrieval().retrievedAt()).isEqualTo(clock.instant());
    }

    @Test
    void when_the_upstream_fails_the_stale_entry_is_served_with_its_age() {
        find(NURSES, CALIFORNIA);
        clock.advance(Duration.ofDays(40));
        upstream.failing = true;

        Occupation stale = find(NURSES, CALIFORNIA).orElseThrow();

        assertThat(stale.retrieval().stale()).isTrue();
        assertThat(stale.retrieval().age(clock.instant())).isEqualTo(Duration.ofDays(40));
    }

    @Test
    void failures_are_never_cached() {
        upstream.failing = true;
        assertThatThrownBy(() -> find(NURSES, CALIFORNIA)).isInstanceOf(OccupationException.class)
                .hasMessageContaining("down");

        upstream.failing = false;
        Occupation found = find(NURSES, CALIFORNIA).orElseThrow();

        assertThat(found.retrieval().stale()).isFalse();
        assertThat(upstream.calls.get()).isEqualTo(2);
    }

    @Test
    void refresh_asks_the_upstream_even_when_fresh() {
        find(NURSES, CALIFORNIA);
        cache.fetch(new OccupationKey.Code(NURSES), CALIFORNIA, Freshness.REFRESH);

        assertThat(upstream.calls.get()).isEqualTo(2);
    }

    @Test
    void concurrent_requests_for_the_same_occupation_and_place_make_one_upstream_call() throws Exception {
        upstream.gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Optional<Occupation>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> find(NURSES, CALIFORNIA)));
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

    @Test
    void only_missing_and_stale_pairs_are_asked_for_in_one_upstream_batch_per_place() {
        find(NURSES, CALIFORNIA);
        OccupationKey nurses = new OccupationKey.Code(NURSES);
        OccupationKey chiefs = OccupationKey.parse("11-1011.00");

        Lookup both = cache.fetch(List.of(nurses, chiefs), List.of(CALIFORNIA, TEXAS), Freshness.CACHED);

        // the first lookup, then the two places of the second at once
        assertThat(upstream.batches.get(0)).isEqualTo("29-1141.00@CA");
        assertThat(upstream.batches).containsExactlyInAnyOrder("29-1141.00@CA", "11-1011.00@CA",
                "29-1141.00,11-1011.00@TX");
        assertThat(both.occupations().keySet()).containsExactly(nurses, chiefs);
        assertThat(both.require(nurses).wages().orElseThrow().estimates()).extracting(e -> e.area().key())
                .containsExactly("CA", "TX");
        assertThat(both.require(nurses).retrieval().location()).isEqualTo(CALIFORNIA);

        cache.fetch(List.of(nurses, chiefs), List.of(CALIFORNIA, TEXAS), Freshness.CACHED);
        assertThat(upstream.batches).as("all four pairs are cached now").hasSize(3);
    }

    @Test
    void a_miss_passes_through_with_its_suggestion_and_is_not_stored() {
        OccupationKey unknown = OccupationKey.parse("29-1141.99");

        Miss first = cache.fetch(unknown, CALIFORNIA, Freshness.CACHED).miss(unknown).orElseThrow();
        cache.fetch(unknown, CALIFORNIA, Freshness.CACHED);

        assertThat(first.kind()).isEqualTo(Miss.Kind.NOT_FOUND);
        assertThat(first.didYouMean()).contains("Registered Nurses");
        assertThat(upstream.batches).containsExactly("29-1141.99@CA", "29-1141.99@CA");
    }

    @Test
    void a_key_the_upstream_fails_for_is_served_stale_while_the_others_come_fresh() {
        OccupationKey nurses = new OccupationKey.Code(NURSES);
        OccupationKey chiefs = OccupationKey.parse("11-1011.00");
        OccupationKey managers = OccupationKey.parse("11-1021.00");
        cache.fetch(nurses, CALIFORNIA, Freshness.CACHED);
        clock.advance(Duration.ofDays(40));
        upstream.failingKeys.addAll(List.of(nurses, managers));

        Lookup lookup = cache.fetch(List.of(nurses, chiefs, managers), List.of(CALIFORNIA), Freshness.CACHED);

        assertThat(lookup.require(nurses).retrieval().stale()).isTrue();
        assertThat(lookup.require(nurses).retrieval().age(clock.instant())).isEqualTo(Duration.ofDays(40));
        assertThat(lookup.require(chiefs).retrieval().stale()).isFalse();
        assertThat(lookup.miss(managers)).hasValueSatisfying(m -> {
            assertThat(m.kind()).isEqualTo(Miss.Kind.UNAVAILABLE);
            assertThat(m.message()).contains("down");
        });
    }

    @Test
    void a_soc_code_goes_to_the_upstream_uncached() {
        OccupationKey soc = OccupationKey.parse("29-1141");

        Miss miss = cache.fetch(soc, CALIFORNIA, Freshness.CACHED).miss(soc).orElseThrow();
        cache.fetch(soc, CALIFORNIA, Freshness.CACHED);

        assertThat(miss.kind()).isEqualTo(Miss.Kind.TOO_BROAD);
        assertThat(upstream.batches).containsExactly("29-1141@CA", "29-1141@CA");
        assertThat(count("select count(*) from cache_entry")).isZero();
    }

    @Test
    void an_entry_that_no_longer_fits_the_model_is_logged_and_fetched_again() {
        find(NURSES, CALIFORNIA);
        db.jdbi().useHandle(h -> h.execute("update cache_entry set payload = '{\"code\": \"not a code\"}'"));

        Occupation again = find(NURSES, CALIFORNIA).orElseThrow();

        assertThat(again.code()).isEqualTo(NURSES);
        assertThat(upstream.calls.get()).isEqualTo(2);
    }

    private long count(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /**
     * A stand-in upstream: Registered Nurses (and any other known code) with a top-coded and a missing wage at the
     * place asked; 29-1141.99 is unknown, with CareerOneStop's suggestion; SOC codes are too broad. Records each
     * batch as {@code keys@places}.
     */
    private static final class Upstream implements OccupationSource {
        final AtomicInteger calls = new AtomicInteger();
        final List<String> batches = new CopyOnWriteArrayList<>();
        final Set<OccupationKey> failingKeys = ConcurrentHashMap.newKeySet();
        final List<Set<Section>> asked = new CopyOnWriteArrayList<>();
        final CountDownLatch entered = new CountDownLatch(1);
        final Clock clock;
        volatile boolean failing;
        volatile CountDownLatch gate = new CountDownLatch(0);

        Upstream(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Lookup fetch(List<OccupationKey> keys, List<Location> places, Set<Section> sections,
                Freshness freshness) {
            calls.incrementAndGet();
            asked.add(Set.copyOf(sections));
            batches.add(keys.stream().map(OccupationKey::toString).collect(Collectors.joining(",")) + "@"
                    + places.stream().map(Location::key).collect(Collectors.joining(",")));
            entered.countDown();
            try {
                gate.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failing) {
                throw new OccupationException(ErrorKind.UPSTREAM, "CareerOneStop is down; try again later.");
            }
            Map<OccupationKey, Occupation> found = new LinkedHashMap<>();
            List<Miss> misses = new ArrayList<>();
            for (OccupationKey key : keys) {
                if (failingKeys.contains(key)) {
                    misses.add(Miss.unavailable(key, new OccupationException(ErrorKind.UPSTREAM,
                            "CareerOneStop is down for " + key + "; try again later.")));
                } else if (key instanceof OccupationKey.Code c && !c.code().value().equals("29-1141.99")) {
                    found.put(key, OccupationRecords.merge(places.stream().map(p -> record(c.code(), p, sections))
                            .toList()));
                } else {
                    misses.add(Suggestions.miss(key, this, key instanceof OccupationKey.Soc ? Optional.empty()
                            : Optional.of("Registered Nurses")));
                }
            }
            return new Lookup(found, misses);
        }

        /** The record holds what was asked: its requested sections are those asked for. */
        private Occupation record(OccupationCode code, Location location, Set<Section> sections) {
            WageEstimate wage = new WageEstimate(location, location.displayName(), RateType.ANNUAL,
                    WageAmount.of(100_120), WageAmount.of(119_710), WageAmount.of(140_330), WageAmount.of(172_200),
                    WageAmount.topCoded(239_200), WageAmount.missing(MissingReason.NOT_AVAILABLE),
                    OptionalLong.of(326_720));
            SocReference soc = SocReference.of(code.soc(), "Registered Nurses");
            return Occupation.minimal(code, "Registered Nurses",
                            Retrieval.of(location, clock.instant(), SourceKind.CAREERONESTOP))
                    .withSoc(soc)
                    .withAlternateTitles(sections.contains(Section.ALTERNATE_TITLES) ? List.of("RN") : List.of())
                    .withWages(new Wages(Optional.of(soc), false, OptionalInt.of(2024), List.of(wage)))
                    .withRequestedSections(sections)
                    .withProvenance(Section.WAGES, new Provenance(SourceKind.CAREERONESTOP, "CareerOneStop",
                            "2024", Optional.empty(), Optional.empty()));
        }

        @Override
        public List<OccupationSummary> search(String words, int limit) {
            return List.of(new OccupationSummary(NURSES, "Registered Nurses", Optional.empty()));
        }

        @Override
        public String describe() {
            return "test upstream";
        }
    }
}
