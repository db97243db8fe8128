package org.occucompare.apiclient;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.occucompare.apiclient.internal.Answer;
import org.occucompare.apiclient.internal.BatchRunner;
import org.occucompare.apiclient.internal.Deadline;
import org.occucompare.apiclient.internal.JsonToModel;
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
import org.occucompare.core.model.Section;
import org.occucompare.core.source.Freshness;
import org.occucompare.core.source.Lookup;
import org.occucompare.core.source.Miss;
import org.occucompare.core.source.OccupationKey;
import org.occucompare.core.source.OccupationRecords;
import org.occucompare.core.source.OccupationSource;
import org.occucompare.core.source.Suggestions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link OccupationSource} over the CareerOneStop "Get Occupation Details" web API. One shared HTTP client with
 * timeouts, bounded retries with backoff (honouring {@code Retry-After}), a deadline per lookup, a circuit breaker
 * that fails at once while CareerOneStop keeps failing, many requests at once but at most {@code maxConcurrency} in
 * flight (served in arrival order) and within a client-side rate limit; every answer variant mapped into the model;
 * the token never in a log line, message or {@code toString}. Searches, suggestions and bare SOC codes are answered
 * locally from the bundled O*NET 30.1 list. Thread-safe: create one per configuration and share it.
 */
public final class CareerOneStopClient implements OccupationSource {
    private static final Logger LOG = LoggerFactory.getLogger(CareerOneStopClient.class);
    private static final String USER_AGENT = "OccuCompare (+https://github.com/occucompare/occucompare)";

    private final CareerOneStopConfig config;
    private final Clock clock;
    private final Redactor redactor;
    private final OccupationDetailsApi api;
    private final OnetCatalog catalog = OnetCatalog.bundled();
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
        this(config, clock, listener, UpstreamListener.NONE, RequestRate.local(config.requestsPerSecond(),
                config.burst()));
    }

    /**
     * Creates a client that reports what happens upstream and keeps to a rate limit it is given.
     *
     * @param config where and how to connect, never null
     * @param clock stamps {@code Retrieval.retrievedAt()}, never null
     * @param listener receives each raw answer, with the token redacted, never null
     * @param events told every request's outcome, every retry and every change of the circuit breaker, never null
     * @param rate the rate limit: {@link RequestRate#local} for this process alone, or one shared by the processes
     *     that share a store; never null
     */
    public CareerOneStopClient(CareerOneStopConfig config, Clock clock, RawResponseListener listener,
            UpstreamListener events, RequestRate rate) {
        this.config = requireNonNull(config, "config is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.listener = requireNonNull(listener, "listener is null");
        this.redactor = new Redactor(List.of(config.token()));
        this.api = new OccupationDetailsApi(new TransportSettings(config.baseUrl(), config.userId(), config.token(),
                config.connectTimeout(), config.requestTimeout(), new RetryPolicy(config.maxAttempts(),
                config.initialBackoff(), config.maxBackoff(), config.maxRetryAfter()), config.maxConcurrency(),
                config.requestsPerSecond(), config.burst(), USER_AGENT, config.deadline(), config.breakerThreshold(),
                config.breakerCooldown()), redactor, requireNonNull(rate, "rate is null"),
                requireNonNull(events, "events is null"));
    }

    /**
     * {@inheritDoc} Every key × place is one request; the requests run concurrently, at most
     * {@code maxConcurrency} in flight and within the rate limit (5 a second with a burst of 10 by default, so one
     * comparison of 10 occupations in one place takes about three round trips). A key CareerOneStop answers 404 for
     * at every place is a {@link Miss.Kind#NOT_FOUND} miss with its {@code DidYouMean} and similar entries of the
     * bundled O*NET list; a SOC code is answered locally with the O*NET codes under it (CareerOneStop answers 404 for
     * it); a key whose request failed (after the retries) is an {@link Miss.Kind#UNAVAILABLE} miss carrying an
     * {@link UpstreamException}: so is every key not answered within the configured deadline (10 s by default), and
     * every key while the circuit breaker is open, at once and with the breaker's {@code retryAfter}. Each request
     * turns on the switches of {@code sections} only, and {@code enableMetaData} always, so fewer sections make a
     * smaller answer. The client has no cache, so {@code freshness} does not matter. Blocks for at most about the
     * deadline; an interruption cancels the requests still running.
     *
     * @throws OccupationException {@code INVALID_INPUT} for a BLS area (CareerOneStop takes US, a state,
     *     {@code City, ST} or a ZIP code), before any request, or when CareerOneStop rejects a request (HTTP 400)
     * @throws UpstreamException when interrupted (the interrupt flag is set again)
     */
    @Override
    public Lookup fetch(List<OccupationKey> keys, List<Location> places, Set<Section> sections, Freshness freshness) {
        List<OccupationKey> asked = OccupationSource.distinctKeys(keys, places, sections, freshness);
        Set<Section> switches = EnumSet.of(Section.METADATA);
        switches.addAll(sections);
        places.forEach(CareerOneStopClient::requestLocation);
        List<Outcome> pairs = new ArrayList<>();
        for (OccupationKey key : asked) {
            if (!(key instanceof OccupationKey.Soc)) {
                places.forEach(place -> pairs.add(Outcome.pending(key, place, switches)));
            }
        }
        List<Outcome> outcomes = run(pairs, Deadline.after(config.deadline()));
        outcomes.stream().flatMap(o -> o.failure().stream()).filter(e -> e.kind() != ErrorKind.UPSTREAM).findFirst()
                .ifPresent(e -> {
                    throw e;
                });
        Map<OccupationKey, Occupation> found = new LinkedHashMap<>();
        List<Miss> misses = new ArrayList<>();
        for (OccupationKey key : asked) {
            List<Outcome> mine = outcomes.stream().filter(o -> o.key().equals(key)).toList();
            Optional<OccupationException> failure = mine.stream().flatMap(o -> o.failure().stream()).findFirst();
            List<Occupation> records = mine.stream().flatMap(o -> o.occupation().stream()).toList();
            if (failure.isPresent()) {
                misses.add(Miss.unavailable(key, failure.get()));
            } else if (records.isEmpty()) {
                misses.add(Suggestions.miss(key, this, mine.stream().flatMap(o -> o.didYouMean().stream())
                        .findFirst()));
            } else {
                found.put(key, OccupationRecords.merge(records));
            }
        }
        return new Lookup(found, misses);
    }

    /** Runs the requests, concurrently when there are several; one failure is an outcome, not an exception. */
    private List<Outcome> run(List<Outcome> pairs, Deadline deadline) {
        if (pairs.size() == 1) {
            return List.of(attempt(pairs.get(0), deadline));
        }
        CompletableFuture<List<Outcome>> batch = BatchRunner.start(pairs, pair -> attempt(pair, deadline),
                (pair, e) -> pair.failed(new OccupationException(ErrorKind.INTERNAL, "Fetching " + pair.key()
                        + " failed unexpectedly: " + redactor.redact(String.valueOf(e)), e)),
                config.maxConcurrency());
        try {
            return batch.get();
        } catch (InterruptedException e) {
            batch.cancel(true);
            Thread.currentThread().interrupt();
            throw new UpstreamException(OptionalInt.empty(), "/v1/occupation", "Fetching " + pairs.size()
                    + " occupations from CareerOneStop was interrupted; the requests still running were cancelled.",
                    e);
        } catch (ExecutionException e) {
            throw new OccupationException(ErrorKind.INTERNAL, "The CareerOneStop batch failed unexpectedly: "
                    + redactor.redact(String.valueOf(e.getCause())), e.getCause());
        }
    }

    private Outcome attempt(Outcome pair, Deadline deadline) {
        try {
            return request(pair, deadline);
        } catch (OccupationException e) {
            return pair.failed(e);
        }
    }

    /** One request: the occupation, or a 404 with CareerOneStop's suggestion. */
    private Outcome request(Outcome pair, Deadline deadline) {
        OccupationKey key = pair.key();
        Location location = pair.location();
        String keyword = OccupationRequest.keyword(key);
        OccupationRequest request = new OccupationRequest(keyword, requestLocation(location),
                RequestSwitch.of(pair.sections()));
        Answer answer = api.fetch(request, deadline);
        if (answer instanceof Answer.NotFound notFound) {
            return pair.notFound(notFound.suggestion().map(redactor::redact));
        }
        Optional<OccupationCode> askedCode = key instanceof OccupationKey.Code code
                ? Optional.of(code.code()) : Optional.empty();
        Optional<String> fallbackTitle = key instanceof OccupationKey.Title title ? Optional.of(title.title())
                : catalog.byCode(keyword).map(entry -> entry.title());
        Answer.Found found = (Answer.Found) answer;
        Instant receivedAt = clock.instant();
        notifyListener(new RawResponse(request.redactedPath(), 200, found.raw(), receivedAt));
        try {
            return pair.found(JsonToModel.map(found.body(), askedCode, fallbackTitle, location, pair.sections(),
                    receivedAt));
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
     * {@inheritDoc} Asks for the sections of the configuration ({@link CareerOneStopConfig#sections()}, every one
     * by default).
     */
    @Override
    public Lookup fetch(List<OccupationKey> keys, List<Location> places, Freshness freshness) {
        return fetch(keys, places, config.sections(), freshness);
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

    /** The circuit breaker's state now, for health reports; never null. */
    public BreakerState breakerState() {
        return api.breakerState();
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

    /**
     * One key at one place with the sections asked for: pending, found, not found (with CareerOneStop's suggestion)
     * or failed.
     */
    private record Outcome(OccupationKey key, Location location, Set<Section> sections,
            Optional<Occupation> occupation, Optional<String> didYouMean, Optional<OccupationException> failure) {
        static Outcome pending(OccupationKey key, Location location, Set<Section> sections) {
            return new Outcome(key, location, sections, Optional.empty(), Optional.empty(), Optional.empty());
        }

        Outcome found(Occupation occupation) {
            return new Outcome(key, location, sections, Optional.of(occupation), Optional.empty(), Optional.empty());
        }

        Outcome notFound(Optional<String> suggestion) {
            return new Outcome(key, location, sections, Optional.empty(), suggestion, Optional.empty());
        }

        Outcome failed(OccupationException e) {
            return new Outcome(key, location, sections, Optional.empty(), Optional.empty(), Optional.of(e));
        }
    }
}
