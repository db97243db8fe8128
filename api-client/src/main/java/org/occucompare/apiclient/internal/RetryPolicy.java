package org.occucompare.apiclient.internal;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * How often and how patiently to retry 429, 5xx, timeouts and connection resets.
 *
 * @param maxAttempts total attempts including the first, 1..10
 * @param initialBackoff the base delay before the second attempt; doubled for each further one
 * @param maxBackoff the cap on the computed (not the server-requested) delay
 * @param maxRetryAfter the longest {@code Retry-After} we honour; a longer one ends the retries at once
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
    /** Validates. */
    public RetryPolicy {
        requireNonNull(initialBackoff, "initialBackoff is null");
        requireNonNull(maxBackoff, "maxBackoff is null");
        requireNonNull(maxRetryAfter, "maxRetryAfter is null");
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be 1..10: " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.isNegative() || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("backoff durations must not be negative");
        }
    }

    /**
     * The delay before {@code attempt} (2 for the first retry): exponential backoff with "equal jitter" (half fixed,
     * half random) so that clients that failed together do not retry together, and never shorter than what the
     * server asked for with {@code Retry-After}.
     *
     * @param attempt the attempt about to be made, at least 2
     * @param retryAfter the server's requested delay, if any (already checked against {@link #maxRetryAfter()})
     * @param random a uniform random number in [0, 1)
     */
    public Duration delayBefore(int attempt, Optional<Duration> retryAfter, double random) {
        long base = initialBackoff.toMillis() << Math.min(20, Math.max(0, attempt - 2));
        long capped = Math.min(base, maxBackoff.toMillis());
        long jittered = capped / 2 + (long) (random * (capped - capped / 2));
        long delay = Math.max(jittered, retryAfter.map(Duration::toMillis).orElse(0L));
        return Duration.ofMillis(delay);
    }
}
