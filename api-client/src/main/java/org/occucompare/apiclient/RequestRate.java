package org.occucompare.apiclient;

import java.time.Duration;
import org.occucompare.apiclient.internal.RateLimiter;

/**
 * The client-side rate limit on requests to CareerOneStop: each request reserves a start time first. The default
 * limit lives in the process ({@link #local}); several processes sharing one limit (several app instances on one
 * store) give the client one that keeps its state where they all see it. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface RequestRate {
    /**
     * Reserves the start of one request. The reservation is taken whether or not the caller then waits for it.
     *
     * @return how long the caller must wait before sending, zero when it may send at once; never null or negative
     */
    Duration reserve();

    /**
     * A limit kept in this process: a token bucket of {@code burst} requests refilled at {@code perSecond}.
     *
     * @param perSecond the sustained rate, positive and finite
     * @param burst how many requests may start at once, at least 1
     * @return the limit, never null
     */
    static RequestRate local(double perSecond, int burst) {
        return new RateLimiter(perSecond, burst)::reserveDelay;
    }
}
