package org.occucompare.apiclient;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Section;

/**
 * How to reach CareerOneStop and how politely. Start from {@link #of(String, String)} (or
 * {@link #fromEnvironment(Map)}) and adjust with the {@code withX} copies. {@link #toString()} masks the token.
 * Immutable and thread-safe.
 *
 * @param baseUrl the API root, {@code http} or {@code https}, such as {@link #DEFAULT_BASE_URL}; never null
 * @param userId the CareerOneStop user id; never null or blank
 * @param token the CareerOneStop API token (a secret); never null or blank
 * @param sections the sections to ask for; all of them by default, so nothing is silently missing; never null
 * @param connectTimeout the longest wait to connect, positive (default 3 s)
 * @param requestTimeout the longest wait for a whole answer to one attempt, positive (default 4 s)
 * @param maxAttempts attempts per request including the first, 1..10 (default 3)
 * @param initialBackoff the base pause before the first retry, doubled per retry, with jitter (default 500 ms)
 * @param maxBackoff the cap on that pause (default 8 s)
 * @param maxRetryAfter the longest {@code Retry-After} waited for within a lookup; a longer one ends the retries and
 *     opens the circuit breaker for that long (default 5 s)
 * @param maxConcurrency the most requests in flight at once, 1..64 (default 4)
 * @param requestsPerSecond the client-side rate limit, sustained, above 0 and at most 100 (default 5)
 * @param burst how many requests may start at once within the rate limit, 1..100 (default 10, so one comparison of
 *     10 occupations in one place is not slowed by the rate limit)
 * @param deadline the longest one lookup ({@link CareerOneStopClient#fetch}) may take, all its requests, attempts,
 *     waits and pauses included, positive (default 10 s); what has not answered by then is unavailable
 * @param breakerThreshold consecutive failed attempts (timeouts, resets, 5xx, 429) after which the circuit breaker
 *     opens and requests fail at once without contacting CareerOneStop, 1..1000 (default 5)
 * @param breakerCooldown how long the circuit breaker stays open before one trial request, positive (default 30 s);
 *     an upstream that asks for a longer pause with {@code Retry-After} keeps it open that long
 */
public record CareerOneStopConfig(URI baseUrl, String userId, String token, Set<Section> sections,
        Duration connectTimeout, Duration requestTimeout, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
        Duration maxRetryAfter, int maxConcurrency, double requestsPerSecond, int burst, Duration deadline,
        int breakerThreshold, Duration breakerCooldown) {

    /** The public CareerOneStop web API. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.careeronestop.org");
    /** The environment variable holding the user id. */
    public static final String USER_ID_ENV = "OCCUCOMPARE_COS_USER_ID";
    /** The environment variable holding the token. */
    public static final String TOKEN_ENV = "OCCUCOMPARE_COS_TOKEN";
    /** The environment variable holding another base URL, such as a local stand-in. */
    public static final String BASE_URL_ENV = "OCCUCOMPARE_COS_BASE_URL";

    /**
     * Validates and copies.
     *
     * @throws OccupationException {@code INVALID_INPUT} naming the setting and the accepted values
     */
    public CareerOneStopConfig {
        requireNonNull(baseUrl, "baseUrl is null");
        requireNonNull(userId, "userId is null");
        requireNonNull(token, "token is null");
        requireNonNull(sections, "sections is null");
        requireNonNull(connectTimeout, "connectTimeout is null");
        requireNonNull(requestTimeout, "requestTimeout is null");
        requireNonNull(initialBackoff, "initialBackoff is null");
        requireNonNull(maxBackoff, "maxBackoff is null");
        requireNonNull(maxRetryAfter, "maxRetryAfter is null");
        requireNonNull(deadline, "deadline is null");
        requireNonNull(breakerCooldown, "breakerCooldown is null");
        String scheme = String.valueOf(baseUrl.getScheme());
        if (!baseUrl.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || baseUrl.getHost() == null) {
            throw OccupationException.invalidInput("The CareerOneStop base URL " + baseUrl + " is not an http(s) URL: "
                    + "set " + BASE_URL_ENV + " to one such as " + DEFAULT_BASE_URL + ", or leave it unset.");
        }
        if (userId.isBlank() || token.isBlank()) {
            throw OccupationException.invalidInput("The CareerOneStop user id or token is blank: set " + USER_ID_ENV
                    + " and " + TOKEN_ENV + " to the values CareerOneStop sent when you registered.");
        }
        sections = sections.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(sections));
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(deadline, "deadline");
        requirePositive(breakerCooldown, "breakerCooldown");
        if (breakerThreshold < 1 || breakerThreshold > 1000) {
            throw OccupationException.invalidInput("breakerThreshold " + breakerThreshold + " is outside 1..1000.");
        }
        if (initialBackoff.isNegative() || maxBackoff.isNegative() || maxRetryAfter.isNegative()) {
            throw OccupationException.invalidInput("Backoff durations must not be negative: use 0 or more.");
        }
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw OccupationException.invalidInput("maxAttempts " + maxAttempts + " is outside 1..10.");
        }
        if (maxConcurrency < 1 || maxConcurrency > 64) {
            throw OccupationException.invalidInput("maxConcurrency " + maxConcurrency + " is outside 1..64.");
        }
        if (!(requestsPerSecond > 0 && requestsPerSecond <= 100)) {
            throw OccupationException.invalidInput("requestsPerSecond " + requestsPerSecond
                    + " is outside (0, 100]: CareerOneStop is a public service, keep it low (default 5).");
        }
        if (burst < 1 || burst > 100) {
            throw OccupationException.invalidInput("burst " + burst + " is outside 1..100: CareerOneStop is a public"
                    + " service, keep it low (default 10).");
        }
    }

    /**
     * The defaults, for this user id and token: every section, 3 s to connect and 4 s per attempt, 3 attempts within
     * a 10 s deadline, a breaker that opens for 30 s after 5 failed attempts in a row, 4 in flight, 5 per second with
     * a burst of 10.
     */
    public static CareerOneStopConfig of(String userId, String token) {
        return new CareerOneStopConfig(DEFAULT_BASE_URL, userId, token, EnumSet.allOf(Section.class),
                Duration.ofSeconds(3), Duration.ofSeconds(4), 3, Duration.ofMillis(500), Duration.ofSeconds(8),
                Duration.ofSeconds(5), 4, 5, 10, Duration.ofSeconds(10), 5, Duration.ofSeconds(30));
    }

    /**
     * The defaults from {@value #USER_ID_ENV}, {@value #TOKEN_ENV} and (optionally) {@value #BASE_URL_ENV}.
     *
     * @param environment such as {@code System.getenv()}
     * @return the configuration, or empty when the user id or the token is unset or blank; never null
     * @throws OccupationException {@code INVALID_INPUT} when the base URL is set but not an http(s) URL
     */
    public static Optional<CareerOneStopConfig> fromEnvironment(Map<String, String> environment) {
        String userId = environment.getOrDefault(USER_ID_ENV, "").strip();
        String token = environment.getOrDefault(TOKEN_ENV, "").strip();
        if (userId.isEmpty() || token.isEmpty()) {
            return Optional.empty();
        }
        String base = environment.getOrDefault(BASE_URL_ENV, "").strip();
        CareerOneStopConfig config = of(userId, token);
        if (base.isEmpty()) {
            return Optional.of(config);
        }
        try {
            return Optional.of(config.withBaseUrl(URI.create(base)));
        } catch (IllegalArgumentException e) {
            throw OccupationException.invalidInput(BASE_URL_ENV + " is not a URL: set it to one such as "
                    + DEFAULT_BASE_URL + ", or leave it unset.");
        }
    }

    /** A copy with another base URL (a trailing slash is fine). */
    public CareerOneStopConfig withBaseUrl(URI baseUrl) {
        return new CareerOneStopConfig(baseUrl, userId, token, sections, connectTimeout, requestTimeout, maxAttempts,
                initialBackoff, maxBackoff, maxRetryAfter, maxConcurrency, requestsPerSecond, burst, deadline,
                breakerThreshold, breakerCooldown);
    }

    /** A copy that asks for these sections only; the rest are recorded as not requested. */
    public CareerOneStopConfig withSections(Set<Section> sections) {
        return new CareerOneStopConfig(baseUrl, userId, token, sections, connectTimeout, requestTimeout, maxAttempts,
                initialBackoff, maxBackoff, maxRetryAfter, maxConcurrency, requestsPerSecond, burst, deadline,
                breakerThreshold, breakerCooldown);
    }

    /** A copy with other connect and request timeouts. */
    public CareerOneStopConfig withTimeouts(Duration connectTimeout, Duration requestTimeout) {
        return new CareerOneStopConfig(baseUrl, userId, token, sections, connectTimeout, requestTimeout, maxAttempts,
                initialBackoff, maxBackoff, maxRetryAfter, maxConcurrency, requestsPerSecond, burst, deadline,
                breakerThreshold, breakerCooldown);
    }

    /** A copy with another retry policy. */
    public CareerOneStopConfig withRetries(int maxAttempts, Duration initialBackoff, Duration maxBackoff,
            Duration maxRetryAfter) {
        return new CareerOneStopConfig(baseUrl, userId, token, sections, connectTimeout, requestTimeout, maxAttempts,
                initialBackoff, maxBackoff, maxRetryAfter, maxConcurrency, requestsPerSecond, burst, deadline,
                breakerThreshold, breakerCooldown);
    }

    /** A copy with another concurrency bound, rate limit and burst. */
    public CareerOneStopConfig withLimits(int maxConcurrency, double requestsPerSecond, int burst) {
        return new CareerOneStopConfig(baseUrl, userId, token, sections, connectTimeout, requestTimeout, maxAttempts,
                initialBackoff, maxBackoff, maxRetryAfter, maxConcurrency, requestsPerSecond, burst, deadline,
                breakerThreshold, breakerCooldown);
    }

    /** A copy with another deadline per lookup. */
    public CareerOneStopConfig withDeadline(Duration deadline) {
        return new CareerOneStopConfig(baseUrl, userId, token, sections, connectTimeout, requestTimeout, maxAttempts,
                initialBackoff, maxBackoff, maxRetryAfter, maxConcurrency, requestsPerSecond, burst, deadline,
                breakerThreshold, breakerCooldown);
    }

    /** A copy with another circuit breaker: how many failed attempts in a row open it, and for how long. */
    public CareerOneStopConfig withBreaker(int breakerThreshold, Duration breakerCooldown) {
        return new CareerOneStopConfig(baseUrl, userId, token, sections, connectTimeout, requestTimeout, maxAttempts,
                initialBackoff, maxBackoff, maxRetryAfter, maxConcurrency, requestsPerSecond, burst, deadline,
                breakerThreshold, breakerCooldown);
    }

    /** Every setting, with the token masked as {@code ****}. */
    @Override
    public String toString() {
        return "CareerOneStopConfig[baseUrl=" + baseUrl + ", userId=" + userId + ", token=****, sections=" + sections
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + ", maxAttempts="
                + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff
                + ", maxRetryAfter=" + maxRetryAfter + ", maxConcurrency=" + maxConcurrency + ", requestsPerSecond="
                + requestsPerSecond + ", burst=" + burst + ", deadline=" + deadline + ", breakerThreshold=" + breakerThreshold
                + ", breakerCooldown=" + breakerCooldown + "]";
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration.isZero() || duration.isNegative()) {
            throw OccupationException.invalidInput(name + " " + duration
                    + " is not positive: give a duration above 0.");
        }
    }
}
