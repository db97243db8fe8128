package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
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
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
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
 * answer. Concurrent requests for the same occupation and place share one upstream request, in this process and
 * across the processes that share the store (a lease row in {@code upstream_lease} says which one fetches; the others
 * wait for its answer in the store, and fetch again when it holds fewer sections than they asked for). The places of
 * one lookup are fetched at once, so the upstream's deadline bounds the whole lookup. A SOC code is passed to the
 * upstream uncached. Thread-safe.
 */
public final class CachedOccupationSource implements OccupationSource {
    /** How long a fetched occupation stays fresh unless configured otherwise. */
    public static final Duration DEFAULT_FRESHNESS = Duration.ofDays(30);
    /** How long the upstream takes at most for one lookup unless told otherwise. */
    public static final Duration DEFAULT_UPSTREAM_DEADLINE = Duration.ofSeconds(10);
    /** How often an instance looks in the store for the answer another instance is fetching. */
    private static final long POLL_MILLIS = 50;

    private final OccupationSource upstream;
    private final Database database;
    private final String sourceId;
    private final Duration freshness;
    private final Clock clock;
    private final ConcurrentMap<Pair, CompletableFuture<Answer>> inFlight = new ConcurrentHashMap<>();
    private final UpstreamLeases leases;
    private final Duration waitLimit;
    private final Consumer<CacheResult> listener;
    private final Executor placePool = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "cache-fetch-place");
        thread.setDaemon(true);
        return thread;
    });

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
        this(upstream, database, sourceId, freshness, clock, DEFAULT_UPSTREAM_DEADLINE, result -> { });
    }

    /**
     * A cache over an upstream source, shared with the other instances on the same store, that reports how it
     * answers.
     *
     * @param upstream the source to fetch from
     * @param database the store that keeps what was fetched
     * @param sourceId the name entries are kept under, such as {@code careeronestop}
     * @param freshness how long a fetched occupation is served without asking the upstream; positive
     * @param clock the clock for fetch times and ages
     * @param upstreamDeadline how long the upstream takes at most for one lookup: an instance waits about that long
     *     for another's answer, and a lease outlives it (three times over) in case its holder dies; positive
     * @param listener told how each occupation × place was answered (for metrics); quick, never throws
     */
    public CachedOccupationSource(OccupationSource upstream, Database database, String sourceId, Duration freshness,
            Clock clock, Duration upstreamDeadline, Consumer<CacheResult> listener) {
        this.upstream = requireNonNull(upstream, "upstream is null");
        this.listener = requireNonNull(listener, "listener is null");
        requireNonNull(upstreamDeadline, "upstreamDeadline is null");
        // a holder's lookup ends by its deadline, and its answer is stored just after: wait a little longer
        this.waitLimit = upstreamDeadline.plusSeconds(2);
        // leases are coordination between processes: real time, whatever clock stamps the entries
        this.leases = new UpstreamLeases(database, sourceId, upstreamDeadline.multipliedBy(3), Clock.systemUTC());
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
                    listener.accept(CacheResult.HIT);
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
            fetchUpstream(mine, stored, wanted);
        } catch (RuntimeException e) {
            // the waiters of the pairs not answered yet get the same failure
            mine.values().forEach(future -> future.completeExceptionally(e));
            throw e;
        } finally {
            mine.forEach(inFlight::remove);
        }
        for (Pair pair : stored.keySet()) {
            Answer answer = join(mine.containsKey(pair) ? mine.get(pair) : theirs.get(pair));
            answers.put(pair, answer);
            listener.accept(answer.occupation().filter(o -> o.retrieval().stale()).isPresent() ? CacheResult.STALE
                    : CacheResult.MISS);
        }
        return answers;
    }

    /**
     * Answers the pairs this call registered. Across the instances that share the store, each pair is fetched once:
     * this instance fetches the pairs whose lease it takes and waits, in the store, for the answers of the pairs
     * another instance holds; a pair whose holder ends without an answer (it failed, or died and its lease expired)
     * is claimed again.
     */
    private void fetchUpstream(Map<Pair, CompletableFuture<Answer>> mine, Map<Pair, Optional<Cached>> stored,
            Freshness wanted) {
        long waitUntil = System.nanoTime() + waitLimit.toNanos();
        Map<Pair, CompletableFuture<Answer>> open = new LinkedHashMap<>(mine);
        while (!open.isEmpty()) {
            Map<Pair, CompletableFuture<Answer>> claimed = new LinkedHashMap<>();
            Map<Pair, CompletableFuture<Answer>> others = new LinkedHashMap<>();
            open.forEach((pair, future) -> (leases.claim(pair.occupationKey(), pair.place().key()) ? claimed : others)
                    .put(pair, future));
            try {
                fetchClaimed(claimed, stored, wanted);
            } finally {
                claimed.keySet().forEach(pair -> leases.release(pair.occupationKey(), pair.place().key()));
            }
            open = awaitOthers(others, stored, waitUntil);
        }
    }

    /** Fetches the pairs this instance holds the lease of, one batch per place, the places at once. */
    private void fetchClaimed(Map<Pair, CompletableFuture<Answer>> claimed, Map<Pair, Optional<Cached>> stored,
            Freshness wanted) {
        if (claimed.isEmpty()) {
            return;
        }
        // another instance may have stored its answer between our read and our claim
        Map<Pair, Optional<Cached>> again = read(List.copyOf(claimed.keySet()));
        Map<Pair, CompletableFuture<Answer>> toFetch = new LinkedHashMap<>();
        claimed.forEach((pair, future) -> {
            if (arrived(pair, stored.get(pair), again.get(pair))) {
                future.complete(Answer.found(again.get(pair).orElseThrow().occupation().only(pair.sections())));
            } else {
                toFetch.put(pair, future);
            }
        });
        List<Location> places = toFetch.keySet().stream().map(Pair::place).distinct().toList();
        if (places.size() <= 1) {
            places.forEach(place -> fetchPlace(place, toFetch, stored, wanted));
            return;
        }
        // in parallel, so that the source's deadline bounds the whole lookup rather than each place in turn
        List<CompletableFuture<Void>> runs = places.stream().map(place -> CompletableFuture.runAsync(
                () -> fetchPlace(place, toFetch, stored, wanted), placePool)).toList();
        RuntimeException failure = null;
        for (CompletableFuture<Void> run : runs) {
            try {
                run.join();
            } catch (CompletionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Asks the upstream for the pairs at one place in one batch, and stores what it finds. */
    private void fetchPlace(Location place, Map<Pair, CompletableFuture<Answer>> pairs,
            Map<Pair, Optional<Cached>> stored, Freshness wanted) {
        List<Pair> here = pairs.keySet().stream().filter(p -> p.place().equals(place)).toList();
        // one lookup asks every pair for the same sections
        Set<Section> sections = here.get(0).sections();
        Lookup lookup = upstreamBatch(here.stream().map(Pair::key).toList(), place, sections, wanted);
        Map<Pair, Occupation> fetched = new LinkedHashMap<>();
        for (Pair pair : here) {
            OccupationKey key = pair.key();
            Optional<Occupation> occupation = lookup.occupation(key);
            occupation.ifPresent(o -> fetched.put(pair, o));
            Answer answer = occupation.map(Answer::found).orElseGet(() -> staleOr(lookup.miss(key).orElseThrow(),
                    stored.get(pair), sections));
            pairs.get(pair).complete(answer);
        }
        store(fetched);
    }

    /**
     * Waits, in the store, for the answers of pairs another instance is fetching.
     *
     * @return the pairs whose holder ended without storing an answer, to claim again; never null
     */
    private Map<Pair, CompletableFuture<Answer>> awaitOthers(Map<Pair, CompletableFuture<Answer>> others,
            Map<Pair, Optional<Cached>> stored, long waitUntil) {
        Map<Pair, CompletableFuture<Answer>> pending = new LinkedHashMap<>(others);
        Map<Pair, CompletableFuture<Answer>> orphaned = new LinkedHashMap<>();
        while (!pending.isEmpty()) {
            Map<Pair, Optional<Cached>> now = read(List.copyOf(pending.keySet()));
            for (Pair pair : List.copyOf(pending.keySet())) {
                if (arrived(pair, stored.get(pair), now.get(pair))) {
                    pending.remove(pair).complete(Answer.found(now.get(pair).orElseThrow().occupation()
                            .only(pair.sections())));
                } else if (!leases.held(pair.occupationKey(), pair.place().key())) {
                    orphaned.put(pair, pending.remove(pair));
                }
            }
            if (pending.isEmpty()) {
                break;
            }
            if (System.nanoTime() - waitUntil >= 0) {
                OccupationException late = new OccupationException(ErrorKind.UPSTREAM, "Another OccuCompare instance"
                        + " sharing this store is fetching it from the live source and did not finish within "
                        + waitLimit.toSeconds() + " s: try again in a minute.", null);
                pending.forEach((pair, future) -> future.complete(staleOr(Miss.unavailable(pair.key(), late),
                        stored.get(pair), pair.sections())));
                break;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OccupationException(ErrorKind.UPSTREAM, "Interrupted while waiting for another instance's"
                        + " answer from the live source.", e);
            }
        }
        return orphaned;
    }

    /**
     * Whether an entry newer than the one read before (or the first) is in the store now, holding every section the
     * pair asks for (another instance may have fetched fewer).
     */
    private static boolean arrived(Pair pair, Optional<Cached> before, Optional<Cached> now) {
        return now.isPresent() && (before.isEmpty() || now.get().fetchedAt().isAfter(before.get().fetchedAt()))
                && now.get().occupation().requestedSections().containsAll(pair.sections());
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

    /**
     * Keeps what the upstream answered. Each entry is written on its own (update, else insert), because another
     * instance sharing the store may write the same entry at the same moment (a title and a code that name one
     * occupation): the insert that loses that race becomes an update.
     */
    private void store(Map<Pair, Occupation> fetched) {
        fetched.forEach((pair, occupation) -> {
            String json = OccupationJson.write(occupation);
            Instant fetchedAt = occupation.retrieval().retrievedAt();
            String locationKey = pair.place().key();
            put(pair.occupationKey(), locationKey, fetchedAt, json);
            String codeKey = occupation.code().value();
            if (!codeKey.equals(pair.occupationKey())) {
                put(codeKey, locationKey, fetchedAt, json);
            }
        });
    }

    private void put(String occupationKey, String locationKey, Instant fetchedAt, String json) {
        database.jdbi().useHandle(h -> {
            CacheDao dao = h.attach(CacheDao.class);
            if (dao.update(sourceId, occupationKey, locationKey, fetchedAt, json) > 0) {
                return;
            }
            try {
                dao.insert(sourceId, occupationKey, locationKey, fetchedAt, json);
            } catch (UnableToExecuteStatementException e) {
                if (!(e.getCause() instanceof SQLException sql
                        && SharedRequestRate.UNIQUE_VIOLATION.equals(sql.getSQLState()))) {
                    throw e;
                }
                dao.update(sourceId, occupationKey, locationKey, fetchedAt, json);
            }
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
