package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationSummary;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.core.source.OccupationSource;

/**
 * A read-through cache in the local store over any {@link OccupationSource} (the CareerOneStop client). An
 * occupation fetched less than the freshness ago (30 days by default) is served from the store; an older or missing
 * one is fetched and stored. When the upstream fails, a stored one of any age is served marked stale, with its
 * fetch time so its age shows; failures and empty answers are never stored. Concurrent requests for the same
 * occupation and place share one upstream call. Thread-safe.
 */
public final class CachedOccupationSource implements OccupationSource {
    /** How long a fetched occupation stays fresh unless configured otherwise. */
    public static final Duration DEFAULT_FRESHNESS = Duration.ofDays(30);

    private final OccupationSource upstream;
    private final Database database;
    private final String sourceId;
    private final Duration freshness;
    private final Clock clock;
    private final ConcurrentMap<String, CompletableFuture<Optional<Occupation>>> inFlight =
            new ConcurrentHashMap<>();

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

    @Override
    public Optional<Occupation> find(OccupationKey key, Location location) {
        return find(key, location, false);
    }

    /**
     * Finds an occupation, from the cache when fresh.
     *
     * @param refresh ask the upstream even when the cache holds a fresh entry (a stale one is still served if the
     *     upstream fails)
     * @return the occupation; its {@code retrieval} tells when it was fetched and whether it is stale
     * @throws OccupationException from the upstream when it fails and nothing is cached
     */
    public Optional<Occupation> find(OccupationKey key, Location location, boolean refresh) {
        requireNonNull(key, "key is null");
        requireNonNull(location, "location is null");
        String occupationKey = key instanceof OccupationKey.Code c ? c.code().value()
                : "title:" + key.toString().strip().toLowerCase(Locale.ROOT);
        String locationKey = location.key();
        Optional<Cached> cached = cached(occupationKey, locationKey);
        Instant now = clock.instant();
        if (!refresh && cached.isPresent() && cached.get().fetchedAt().plus(freshness).isAfter(now)) {
            return Optional.of(cached.get().occupation());
        }
        try {
            return fetchOnce(occupationKey + "@" + locationKey, key, location, occupationKey, locationKey);
        } catch (RuntimeException e) {
            if (cached.isPresent() && isUpstreamFailure(e)) {
                Occupation stale = cached.get().occupation();
                return Optional.of(stale.withRetrieval(stale.retrieval().withStale(true)));
            }
            throw e;
        }
    }

    @Override
    public List<OccupationSummary> search(String words, int limit) {
        return upstream.search(words, limit);
    }

    @Override
    public String describe() {
        return upstream.describe() + ", cached in the local store for " + freshness.toDays() + " days";
    }

    /** One upstream call per key at a time: later callers wait for the first one's answer (or failure). */
    private Optional<Occupation> fetchOnce(String flightKey, OccupationKey key, Location location,
            String occupationKey, String locationKey) {
        CompletableFuture<Optional<Occupation>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<Occupation>> running = inFlight.putIfAbsent(flightKey, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            Optional<Occupation> found = upstream.find(key, location);
            found.ifPresent(o -> store(occupationKey, locationKey, o));
            mine.complete(found);
            return found;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(flightKey, mine);
        }
    }

    private void store(String occupationKey, String locationKey, Occupation occupation) {
        Instant fetchedAt = occupation.retrieval().retrievedAt();
        String json = OccupationJson.write(occupation);
        database.jdbi().useHandle(h -> {
            CacheDao dao = h.attach(CacheDao.class);
            dao.put(sourceId, occupationKey, locationKey, fetchedAt, json);
            String codeKey = occupation.code().value();
            if (!codeKey.equals(occupationKey)) {
                dao.put(sourceId, codeKey, locationKey, fetchedAt, json);
            }
        });
    }

    private Optional<Cached> cached(String occupationKey, String locationKey) {
        Optional<CacheEntry> entry = database.jdbi().withHandle(h -> h.attach(CacheDao.class)
                .entry(sourceId, occupationKey, locationKey));
        return entry.flatMap(e -> OccupationJson.read(e.payload()).map(o -> new Cached(e.fetchedAt(), o)));
    }

    /** Not found and bad input are answers, not failures: they never fall back to a stale entry. */
    private static boolean isUpstreamFailure(RuntimeException e) {
        return !(e instanceof OccupationException oe) || oe.kind() == ErrorKind.UPSTREAM
                || oe.kind() == ErrorKind.INTERNAL;
    }

    /** A cache entry read back. */
    private record Cached(Instant fetchedAt, Occupation occupation) {
    }
}
