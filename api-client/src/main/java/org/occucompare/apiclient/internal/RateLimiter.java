package org.occucompare.apiclient.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket: up to {@code burst} requests may start at once, then one every {@code 1 / permitsPerSecond} seconds.
 * Callers reserve a slot under the lock and sleep outside it, so waiting callers queue in arrival order. Thread-safe.
 */
public final class RateLimiter {
    private final double permitsPerNano;
    private final double capacity;
    private double tokens;
    private long refilledAt;

    /**
     * Creates a limiter that starts full.
     *
     * @param permitsPerSecond the sustained rate, finite and positive
     * @param burst how many requests may start at once when the limiter is full, at least 1
     */
    public RateLimiter(double permitsPerSecond, int burst) {
        if (!(permitsPerSecond > 0) || Double.isInfinite(permitsPerSecond)) {
            throw new IllegalArgumentException("permitsPerSecond must be positive and finite: " + permitsPerSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1: " + burst);
        }
        this.permitsPerNano = permitsPerSecond / TimeUnit.SECONDS.toNanos(1);
        this.capacity = burst;
        this.tokens = capacity;
        this.refilledAt = System.nanoTime();
    }

    /**
     * Waits until a request may start.
     *
     * @throws InterruptedException when interrupted while waiting; the reserved slot is then lost
     */
    public void acquire() throws InterruptedException {
        long waitNanos = reserve();
        if (waitNanos > 0) {
            TimeUnit.NANOSECONDS.sleep(waitNanos);
        }
    }

    /**
     * Reserves a slot without waiting for it.
     *
     * @return how long to wait before the slot comes, zero when it is free now; never negative
     */
    public Duration reserveDelay() {
        return Duration.ofNanos(reserve());
    }

    private synchronized long reserve() {
        long now = System.nanoTime();
        tokens = Math.min(capacity, tokens + (now - refilledAt) * permitsPerNano);
        refilledAt = now;
        tokens -= 1;
        // a negative balance is a queue of reservations: this caller waits until its token has dripped in
        return tokens >= 0 ? 0 : (long) Math.ceil(-tokens / permitsPerNano);
    }
}
