package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationSummary;
import org.occucompare.core.model.Section;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.Lookup;
import org.occucompare.core.source.Miss;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.core.source.OccupationRecords;
import org.occucompare.core.source.OccupationSource;

/**
 * A read-through cache in the local store in front of any {@link OccupationSource} (the CareerOneStop client). Each
 * occupation is kept per place as the upstream answered it. {@link #fetch} looks every key × place up in the store,
 * serves those fetched less than the freshness ago (30 days by default), and asks the upstream for the missing and
 * stale ones in one batch per place; what comes back is stored, and the records of each key are merged. When the
 * upstream fails for a key, a stored record of any age is served marked stale, with its fetch time so its age shows;
 * failures and misses are never stored. An entry keeps the sections it was fetched with, and answers only a request
 * for those or fewer (narrowed to what was asked), so a later request for more sections is never served a smaller
 * answer. Concurrent requests for the same occupation, place and sections share one upstream request. A SOC code is
 * passed to the upstream uncached. Thread-safe.
 */
public final class CachedOccupationSource implements OccupationSource {
    /** How long a fetched occupation stays fresh unless configured otherwise. */
    public static final Duration DEFAULT_FRESHNESS = Duration.ofDays(30);

    private final OccupationSource upstream;
    private final Database database;
    private final String sourceId;
    private final Duration freshness;
    private final Clock clock;
    private final ConcurrentMap<Pair, CompletableFuture<Answer>> inFlight = new ConcurrentHashMap<>();

    /**
     * A cache over an upstream source.
     *
     * @param upstream the source to fetch from
     * @param database the store that keeps what was fetched
     * @param sourceId the name entries are kept under, such as {@code careeronestop}
     * @param freshness how long a fetched occupation is served without asking the upstream; positive
     * @param clock the clock for fetch times and ages
     */
    public CachedOccupationSource(OccupationSource upstream, Database database, String sourceId, Duration freshness,
            Clock clock) {
        this.upstream = requireNonNull(upstream, "upstream is null");
        this.database = requireNonNull(database, "database is null");
        this.sourceId = requireNonNull(sourceId, "sourceId is null");
        this.freshness = requireNonNull(freshness, "freshness is null");
        this.clock = requireNonNull(clock, "clock is null");
        if (freshness.isNegative() || freshness.isZero()) {
            throw OccupationException.invalidInput("The cache freshness must be positive, not " + freshness + ".");
        }
    }

    /**
     * {@inheritDoc} With {@link Freshness#REFRESH} every pair is asked of the upstream again, and a stored record is
     * served (marked stale) only when the upstream fails for it.
     *
     * @throws OccupationException {@code INVALID_INPUT} as the upstream throws it (a place it cannot serve)
     */
    @Override
    public Lookup fetch(List<OccupationKey> keys, List<Location> places, Set<Section> sections, Freshness wanted) {
        List<OccupationKey> asked = OccupationSource.distinctKeys(keys, places, sections, wanted);
        Set<Section> withMetadata = EnumSet.of(Section.METADATA);
        withMetadata.addAll(sections);
        Set<Section> wantedSections = Collections.unmodifiableSet(withMetadata);
        List<OccupationKey> socCodes = asked.stream().filter(k -> k instanceof OccupationKey.Soc).toList();
        Lookup uncached = socCodes.isEmpty() ? new Lookup(Map.of(), List.of())
                : upstream.fetch(socCodes, places, wantedSections, wanted);
        Map<Pair, Answer> answers = answers(asked.stream().filter(k -> !socCodes.contains(k)).toList(), places,
                wantedSections, wanted);
        Map<OccupationKey, Occupation> found = new LinkedHashMap<>();
        List<Miss> misses = new ArrayList<>();
        for (OccupationKey key : asked) {
            if (socCodes.contains(key)) {
                uncached.occupation(key).ifPresent(o -> found.put(key, o));
                uncached.miss(key).ifPresent(misses::add);
                continue;
            }
            List<Answer> mine = places.stream().map(place -> answers.get(new Pair(key, place, wantedSections)))
                    .toList();
            Optional<Miss> unavailable = mine.stream().flatMap(a -> a.miss().stream())
                    .filter(m -> m.kind() == Miss.Kind.UNAVAILABLE).findFirst();
            List<Occupation> records = mine.stream().flatMap(a -> a.occupation().stream()).toList();
            if (unavailable.isPresent()) {
                misses.add(unavailable.get());
            } else if (records.isEmpty()) {
                misses.add(mine.stream().flatMap(a -> a.miss().stream()).findFirst().orElseThrow());
            } else {
                found.put(key, OccupationRecords.merge(records));
            }
        }
        return new Lookup(found, misses);
    }

    @Override
    public List<OccupationSummary> search(String words, int limit) {
        return upstream.search(words, limit);
    }

    @Override
    public String describe() {
        return upstream.describe() + ", cached in the local store for " + freshness.toDays() + " days";
    }

    /**
     * The answer of every key × place: fresh from the store when the entry holds the sections, else from one upstream
     * batch per place.
     */
    private Map<Pair, Answer> answers(List<OccupationKey> keys, List<Location> places, Set<Section> sections,
            Freshness wanted) {
        Instant now = clock.instant();
        Map<Pair, Answer> answers = new LinkedHashMap<>();
        Map<Pair, Optional<Cached>> stored = new LinkedHashMap<>();
        Map<Pair, CompletableFuture<Answer>> mine = new LinkedHashMap<>();
        Map<Pair, CompletableFuture<Answer>> theirs = new LinkedHashMap<>();
        Map<Pair, Optional<Cached>> entries = read(keys.stream()
                .flatMap(key -> places.stream().map(place -> new Pair(key, place, sections))).toList());
        for (OccupationKey key : keys) {
            for (Location place : places) {
                Pair pair = new Pair(key, place, sections);
                Optional<Cached> cached = entries.get(pair);
                if (wanted == Freshness.CACHED && cached.isPresent()
                        && cached.get().fetchedAt().plus(freshness).isAfter(now)
                        && cached.get().occupation().requestedSections().containsAll(sections)) {
                    answers.put(pair, Answer.found(cached.get().occupation().only(sections)));
                    continue;
                }
                stored.put(pair, cached);
                CompletableFuture<Answer> future = new CompletableFuture<>();
                CompletableFuture<Answer> running = inFlight.putIfAbsent(pair, future);
                if (running == null) {
                    mine.put(pair, future);
                } else {
                    theirs.put(pair, running);
                }
            }
        }
        try {
            fetchUpstream(places, mine, stored, wanted);
        } catch (RuntimeException e) {
            // the waiters of the pairs not answered yet get the same failure
            mine.values().forEach(future -> future.completeExceptionally(e));
            throw e;
        } finally {
            mine.forEach(inFlight::remove);
        }
        for (Pair pair : stored.keySet()) {
            answers.put(pair, join(mine.containsKey(pair) ? mine.get(pair) : theirs.get(pair)));
        }
        return answers;
    }

    /** Asks the upstream for the pairs this call registered, one batch per place, and stores what it finds. */
    private void fetchUpstream(List<Location> places, Map<Pair, CompletableFuture<Answer>> mine,
            Map<Pair, Optional<Cached>> stored, Freshness wanted) {
        for (Location place : places) {
            List<OccupationKey> keys = mine.keySet().stream().filter(p -> p.place().equals(place)).map(Pair::key)
                    .toList();
            if (keys.isEmpty()) {
                continue;
            }
            Set<Section> sections = mine.keySet().iterator().next().sections();
            Lookup lookup = upstreamBatch(keys, place, sections, wanted);
            Map<Pair, Occupation> fetched = new LinkedHashMap<>();
            for (OccupationKey key : keys) {
                Pair pair = new Pair(key, place, sections);
                Optional<Occupation> occupation = lookup.occupation(key);
                occupation.ifPresent(o -> fetched.put(pair, o));
                Answer answer = occupation.map(Answer::found).orElseGet(() -> staleOr(lookup.miss(key).orElseThrow(),
                        stored.get(pair), sections));
                mine.get(pair).complete(answer);
            }
            store(fetched);
        }
    }

    /** The upstream's answer for keys at a place; a failure of the whole call makes every key unavailable. */
    private Lookup upstreamBatch(List<OccupationKey> keys, Location place, Set<Section> sections,
            Freshness wanted) {
        try {
            return upstream.fetch(keys, List.of(place), sections, wanted);
        } catch (OccupationException e) {
            if (e.kind() == ErrorKind.INVALID_INPUT || e.kind() == ErrorKind.NOT_FOUND) {
                throw e; // an answer about the request, not a failure to fall back from
            }
            return new Lookup(Map.of(), keys.stream().map(key -> Miss.unavailable(key, e)).toList());
        }
    }

    /**
     * A stored record of any age, marked stale and narrowed to the sections asked for, in place of an unavailable
     * upstream; else the miss itself.
     */
    private static Answer staleOr(Miss miss, Optional<Cached> cached, Set<Section> sections) {
        if (miss.kind() == Miss.Kind.UNAVAILABLE && cached.isPresent()) {
            Occupation stale = cached.get().occupation().only(sections);
            return Answer.found(stale.withRetrieval(stale.retrieval().withStale(true)));
        }
        return Answer.missed(miss);
    }

    private static Answer join(CompletableFuture<Answer> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Keeps what the upstream answered, in one transaction. */
    private void store(Map<Pair, Occupation> fetched) {
        if (fetched.isEmpty()) {
            return;
        }
        Map<Pair, String> json = new LinkedHashMap<>();
        fetched.forEach((pair, occupation) -> json.put(pair, OccupationJson.write(occupation)));
        database.jdbi().useTransaction(h -> {
            CacheDao dao = h.attach(CacheDao.class);
            fetched.forEach((pair, occupation) -> {
                Instant fetchedAt = occupation.retrieval().retrievedAt();
                String locationKey = pair.place().key();
                dao.put(sourceId, pair.occupationKey(), locationKey, fetchedAt, json.get(pair));
                String codeKey = occupation.code().value();
                if (!codeKey.equals(pair.occupationKey())) {
                    dao.put(sourceId, codeKey, locationKey, fetchedAt, json.get(pair));
                }
            });
        });
    }

    /** The stored entry of every pair, read with one handle. */
    private Map<Pair, Optional<Cached>> read(List<Pair> pairs) {
        Map<Pair, Optional<CacheEntry>> entries = database.jdbi().withHandle(h -> {
            CacheDao dao = h.attach(CacheDao.class);
            Map<Pair, Optional<CacheEntry>> read = new LinkedHashMap<>();
            pairs.forEach(pair -> read.put(pair, dao.entry(sourceId, pair.occupationKey(), pair.place().key())));
            return read;
        });
        Map<Pair, Optional<Cached>> cached = new LinkedHashMap<>();
        entries.forEach((pair, entry) -> cached.put(pair, entry.flatMap(e -> OccupationJson.read(e.payload(),
                pair.key() + " at " + pair.place().key()).map(o -> new Cached(e.fetchedAt(), o)))));
        return cached;
    }

    /** One occupation at one place with the sections asked for, the unit the upstream is asked for. */
    private record Pair(OccupationKey key, Location place, Set<Section> sections) {
        /** The stored key, one entry for any sections: the code, or {@code title:} and the title in lower case. */
        String occupationKey() {
            return key instanceof OccupationKey.Code c ? c.code().value()
                    : "title:" + key.toString().strip().toLowerCase(Locale.ROOT);
        }
    }

    /** What one pair came to: its record, or its miss. */
    private record Answer(Optional<Occupation> occupation, Optional<Miss> miss) {
        static Answer found(Occupation occupation) {
            return new Answer(Optional.of(occupation), Optional.empty());
        }

        static Answer missed(Miss miss) {
            return new Answer(Optional.empty(), Optional.of(miss));
        }
    }

    /** A cache entry read back. */
    private record Cached(Instant fetchedAt, Occupation occupation) {
    }
}
