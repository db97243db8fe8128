package org.occucompare.apiclient;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;
import org.occucompare.apiclient.internal.Answer;
import org.occucompare.apiclient.internal.BatchRunner;
import org.occucompare.apiclient.internal.JsonToModel;
import org.occucompare.apiclient.internal.Misses;
import org.occucompare.apiclient.internal.OccupationDetailsApi;
import org.occucompare.apiclient.internal.OccupationRequest;
import org.occucompare.apiclient.internal.OnetCatalog;
import org.occucompare.apiclient.internal.Redactor;
import org.occucompare.apiclient.internal.RequestSwitch;
import org.occucompare.apiclient.internal.RetryPolicy;
import org.occucompare.apiclient.internal.TransportSettings;
import org.occucompare.core.ErrorKind;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.OccupationSummary;
import org.occucompare.core.model.SocCode;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.core.source.OccupationSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link OccupationSource} over the CareerOneStop "Get Occupation Details" web API. One shared HTTP client with
 * timeouts, bounded retries with backoff (honouring {@code Retry-After}), at most {@code maxConcurrency} requests in
 * flight and a client-side rate limit; every answer variant mapped into the model; the token never in a log line,
 * message or {@code toString}. Searches and bare SOC codes are answered locally from the bundled O*NET 30.1 list.
 * Thread-safe: create one per configuration and share it.
 */
public final class CareerOneStopClient implements OccupationSource {
    private static final Logger LOG = LoggerFactory.getLogger(CareerOneStopClient.class);
    private static final Pattern BARE_SOC = Pattern.compile("\\d{2}-\\d{4}");
    private static final String USER_AGENT = "OccuCompare (+https://github.com/occucompare/occucompare)";

    private final CareerOneStopConfig config;
    private final Clock clock;
    private final Redactor redactor;
    private final OccupationDetailsApi api;
    private final OnetCatalog catalog = OnetCatalog.bundled();
    private final Misses misses = new Misses(catalog);
    private final RawResponseListener listener;

    /** Creates a client on the system clock. */
    public CareerOneStopClient(CareerOneStopConfig config) {
        this(config, Clock.systemUTC());
    }

    /**
     * Creates a client.
     *
     * @param config where and how to connect, never null
     * @param clock stamps {@code Retrieval.retrievedAt()}, never null
     */
    public CareerOneStopClient(CareerOneStopConfig config, Clock clock) {
        this(config, clock, RawResponseListener.NONE);
    }

    /**
     * Creates a client that hands every occupation it receives, raw, to a listener.
     *
     * @param config where and how to connect, never null
     * @param clock stamps {@code Retrieval.retrievedAt()}, never null
     * @param listener receives each raw answer, with the token redacted, never null
     */
    public CareerOneStopClient(CareerOneStopConfig config, Clock clock, RawResponseListener listener) {
        this.config = requireNonNull(config, "config is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.listener = requireNonNull(listener, "listener is null");
        this.redactor = new Redactor(List.of(config.token()));
        this.api = new OccupationDetailsApi(new TransportSettings(config.baseUrl(), config.userId(), config.token(),
                config.connectTimeout(), config.requestTimeout(), new RetryPolicy(config.maxAttempts(),
                config.initialBackoff(), config.maxBackoff(), config.maxRetryAfter()), config.maxConcurrency(),
                config.requestsPerSecond(), config.burst(), USER_AGENT), redactor);
    }

    /**
     * {@inheritDoc} A 404 is {@code Optional.empty()}; use {@link #lookup(OccupationKey, Location)} to see the
     * suggestions that came with it.
     *
     * @throws OccupationException {@code INVALID_INPUT} for a BLS area (CareerOneStop takes US, a state,
     *     {@code City, ST} or a ZIP code) or when CareerOneStop rejects the request (HTTP 400)
     * @throws UpstreamException when CareerOneStop fails, refuses the token or answers in a form we cannot read
     */
    @Override
    public Optional<Occupation> find(OccupationKey key, Location location) {
        return lookup(key, location).occupation();
    }

    /**
     * Looks an occupation up, with suggestions when there is none.
     *
     * @param key the O*NET code or exact title, never null
     * @param location the place, never null
     * @return the occupation or why there is none, never null
     * @throws OccupationException as {@link #find(OccupationKey, Location)}
     */
    public LookupResult lookup(OccupationKey key, Location location) {
        requireNonNull(key, "key is null");
        String place = requestLocation(requireNonNull(location, "location is null"));
        String keyword = OccupationRequest.keyword(key);
        if (key instanceof OccupationKey.Title && BARE_SOC.matcher(keyword).matches()) {
            return misses.bareSoc(keyword);
        }
        OccupationRequest request = new OccupationRequest(keyword, place, RequestSwitch.of(config.sections()));
        Answer answer = api.fetch(request);
        if (answer instanceof Answer.NotFound notFound) {
            return misses.notFound(key, location, notFound.hints());
        }
        Optional<OccupationCode> askedCode = key instanceof OccupationKey.Code code
                ? Optional.of(code.code()) : Optional.empty();
        Optional<String> fallbackTitle = key instanceof OccupationKey.Title title ? Optional.of(title.title())
                : catalog.byCode(keyword).map(entry -> entry.title());
        Answer.Found found = (Answer.Found) answer;
        Instant receivedAt = clock.instant();
        notifyListener(new RawResponse(request.redactedPath(), 200, found.raw(), receivedAt));
        try {
            return LookupResult.found(JsonToModel.map(found.body(), askedCode, fallbackTitle,
                    location, config.sections(), receivedAt));
        } catch (OccupationException e) {
            throw new UpstreamException(OptionalInt.of(200), request.redactedPath(), "CareerOneStop answered with an "
                    + "occupation we cannot use for " + request.redactedPath() + " (" + redactor.redact(e.getMessage())
                    + "). Try again later; if it persists, report it with this message.", e);
        }
    }

    private void notifyListener(RawResponse response) {
        try {
            listener.received(response);
        } catch (RuntimeException e) {
            // the archive is a record of what was fetched, not a condition of the lookup
            LOG.warn("Could not keep the raw CareerOneStop answer of {}: {}", response.requestPath(),
                    redactor.redact(String.valueOf(e.getMessage())));
        }
    }

    /**
     * Looks up user input: an O*NET code, an exact title, or a bare SOC code, which is answered locally with the
     * O*NET codes under it (CareerOneStop answers 404 for it).
     *
     * @param codeOrTitle the input, never null
     * @param location the place, never null
     * @return the occupation or why there is none, never null
     * @throws OccupationException {@code INVALID_INPUT} for blank or malformed input, and as
     *     {@link #find(OccupationKey, Location)}
     */
    public LookupResult lookup(String codeOrTitle, Location location) {
        String text = requireNonNull(codeOrTitle, "codeOrTitle is null").strip();
        if (BARE_SOC.matcher(text).matches()) {
            requestLocation(requireNonNull(location, "location is null"));
            return misses.bareSoc(text);
        }
        return lookup(OccupationKey.parse(text), location);
    }

    /**
     * Fetches every occupation for every place (occupation-major order), at most {@code maxConcurrency} at a time
     * and within the rate limit. Blocks; an interruption cancels the requests still running.
     *
     * @param keys the occupations, never null
     * @param locations the places, never null
     * @return one outcome per pair, in order; a failure is an outcome, not an exception; never null
     * @throws UpstreamException when interrupted (the interrupt flag is set again)
     */
    public List<OccupationFetch> findAll(Collection<OccupationKey> keys, Collection<Location> locations) {
        CompletableFuture<List<OccupationFetch>> batch = findAllAsync(keys, locations);
        try {
            return batch.get();
        } catch (InterruptedException e) {
            batch.cancel(true);
            Thread.currentThread().interrupt();
            throw new UpstreamException(OptionalInt.empty(), "/v1/occupation", "Fetching "
                    + keys.size() * locations.size() + " occupations from CareerOneStop was interrupted; the "
                    + "requests still running were cancelled.", e);
        } catch (ExecutionException e) {
            throw new OccupationException(ErrorKind.INTERNAL, "The CareerOneStop batch failed unexpectedly: "
                    + redactor.redact(String.valueOf(e.getCause())), e.getCause());
        }
    }

    /**
     * Starts {@link #findAll(Collection, Collection)} without blocking. Cancelling the future interrupts the
     * requests in flight and drops the rest.
     *
     * @return the outcomes, in order, never null
     */
    public CompletableFuture<List<OccupationFetch>> findAllAsync(Collection<OccupationKey> keys,
            Collection<Location> locations) {
        List<OccupationFetch> pairs = new ArrayList<>();
        for (OccupationKey key : List.copyOf(keys)) {
            for (Location location : List.copyOf(locations)) {
                pairs.add(new OccupationFetch(key, location, Optional.empty(), Optional.empty()));
            }
        }
        return BatchRunner.start(pairs,
                pair -> new OccupationFetch(pair.key(), pair.location(), find(pair.key(), pair.location()),
                        Optional.empty()),
                (pair, e) -> new OccupationFetch(pair.key(), pair.location(), Optional.empty(), Optional.of(
                        e instanceof OccupationException known ? known : new OccupationException(ErrorKind.INTERNAL,
                                "Fetching " + pair.key() + " failed unexpectedly: " + e, e))),
                config.maxConcurrency());
    }

    /**
     * Searches the bundled O*NET 30.1 titles (not alternate titles): every word must start a word of the title; a
     * code prefix such as {@code 29-11} lists codes. No request is sent.
     *
     * @throws OccupationException {@code INVALID_INPUT} for blank words or a limit below 1
     */
    @Override
    public List<OccupationSummary> search(String words, int limit) {
        requireNonNull(words, "words is null");
        if (words.isBlank() || limit < 1) {
            throw OccupationException.invalidInput("Search needs one or more words of an occupation title (such as "
                    + "nurse) and a limit of 1 or more.");
        }
        return catalog.search(words, limit).stream()
                .map(e -> new OccupationSummary(OccupationCode.parse(e.code()), e.title(), Optional.empty()))
                .toList();
    }

    /** The O*NET occupations under a SOC code, from the bundled list; never null. */
    public List<OccupationSummary> codesUnder(SocCode soc) {
        return misses.bareSoc(requireNonNull(soc, "soc is null").value()).suggestions();
    }

    @Override
    public String describe() {
        return config.baseUrl().equals(CareerOneStopConfig.DEFAULT_BASE_URL) ? "CareerOneStop API"
                : "CareerOneStop API at " + config.baseUrl();
    }

    @Override
    public String toString() {
        return "CareerOneStopClient[" + describe() + "]";
    }

    private static String requestLocation(Location location) {
        if (location instanceof Location.Area area) {
            throw OccupationException.invalidInput("CareerOneStop takes US, a state, 'City, ST' or a ZIP code, not a "
                    + "BLS area (" + area.key() + "): ask for the state, or a city or ZIP code inside the area.");
        }
        return location.key();
    }
}
