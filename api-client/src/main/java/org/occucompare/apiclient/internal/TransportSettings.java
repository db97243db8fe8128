package org.occucompare.apiclient.internal;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;

/**
 * Everything the transport needs. {@link #toString()} masks the token.
 *
 * @param baseUrl the API root, such as {@code https://api.careeronestop.org}
 * @param userId the CareerOneStop user id
 * @param token the CareerOneStop API token (secret)
 * @param connectTimeout the TCP/TLS connect timeout
 * @param requestTimeout the longest wait for a whole answer
 * @param retry the retry policy
 * @param maxConcurrency the most requests in flight at once, 1..64
 * @param requestsPerSecond the client-side rate limit, sustained
 * @param burst how many requests may start at once within the rate limit, at least 1
 * @param userAgent the {@code User-Agent} header
 * @param deadline the longest a lookup may take, all attempts, waits and pauses included
 * @param breakerThreshold consecutive failed attempts that open the circuit breaker, at least 1
 * @param breakerCooldown how long the circuit breaker stays open after failures
 */
public record TransportSettings(URI baseUrl, String userId, String token, Duration connectTimeout,
        Duration requestTimeout, RetryPolicy retry, int maxConcurrency, double requestsPerSecond, int burst,
        String userAgent, Duration deadline, int breakerThreshold, Duration breakerCooldown) {
    /** Validates. */
    public TransportSettings {
        requireNonNull(baseUrl, "baseUrl is null");
        requireNonNull(userId, "userId is null");
        requireNonNull(token, "token is null");
        requireNonNull(connectTimeout, "connectTimeout is null");
        requireNonNull(requestTimeout, "requestTimeout is null");
        requireNonNull(retry, "retry is null");
        requireNonNull(userAgent, "userAgent is null");
        requireNonNull(deadline, "deadline is null");
        requireNonNull(breakerCooldown, "breakerCooldown is null");
        if (breakerThreshold < 1) {
            throw new IllegalArgumentException("breakerThreshold must be at least 1: " + breakerThreshold);
        }
        if (maxConcurrency < 1 || maxConcurrency > 64) {
            throw new IllegalArgumentException("maxConcurrency must be 1..64: " + maxConcurrency);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1: " + burst);
        }
    }

    @Override
    public String toString() {
        return "TransportSettings[baseUrl=" + baseUrl + ", userId=" + userId + ", token=" + Redactor.MASK
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + ", retry=" + retry
                + ", maxConcurrency=" + maxConcurrency + ", requestsPerSecond=" + requestsPerSecond + ", burst=" + burst
                + ", deadline=" + deadline + ", breakerThreshold=" + breakerThreshold + ", breakerCooldown="
                + breakerCooldown + "]";
    }
}
