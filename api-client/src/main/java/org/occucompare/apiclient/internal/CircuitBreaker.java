package org.occucompare.apiclient.internal;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.occucompare.apiclient.BreakerState;

/**
 * A circuit breaker over the requests to one upstream. Closed, it lets requests through and counts consecutive
 * failed attempts (timeouts, resets, 5xx, 429); at {@code threshold} it opens for {@code cooldown}, and an upstream
 * that asks for a pause ({@code Retry-After} longer than we wait within a request) opens it for that long at once.
 * Open, it refuses at once, saying how long it stays open. When the period ends it lets one trial request through
 * (half-open) and refuses the rest until the trial answers: an answer closes it, a failure opens it again. Any answer
 * from the upstream (even 404 or 401) counts as the upstream being up. Runs on the monotonic clock. Thread-safe.
 */
public final class CircuitBreaker {
    private final int threshold;
    private final Duration cooldown;
    private final Consumer<BreakerState> onChange;
    private BreakerState state = BreakerState.CLOSED;
    private int failures;
    private long openUntil;
    private boolean trialOut;

    /**
     * Creates a closed breaker.
     *
     * @param threshold consecutive failed attempts that open it, at least 1
     * @param cooldown how long it stays open after failures, positive
     * @param onChange told every change of state, outside no lock but quickly; never null
     */
    public CircuitBreaker(int threshold, Duration cooldown, Consumer<BreakerState> onChange) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1: " + threshold);
        }
        this.threshold = threshold;
        this.cooldown = requireNonNull(cooldown, "cooldown is null");
        this.onChange = requireNonNull(onChange, "onChange is null");
    }

    /**
     * Asks to send one attempt.
     *
     * @return empty when it may go; otherwise how long the breaker stays open (zero while a trial is out); never null
     */
    public Optional<Duration> refusal() {
        BreakerState changed;
        synchronized (this) {
            if (state == BreakerState.CLOSED) {
                return Optional.empty();
            }
            long left = openUntil - System.nanoTime();
            if (state == BreakerState.OPEN && left > 0) {
                return Optional.of(Duration.ofNanos(left));
            }
            if (trialOut) {
                return Optional.of(Duration.ZERO);
            }
            trialOut = true;
            changed = state == BreakerState.HALF_OPEN ? null : BreakerState.HALF_OPEN;
            state = BreakerState.HALF_OPEN;
        }
        report(changed);
        return Optional.empty();
    }

    /** The upstream answered (whatever the status): it is up. */
    public void succeeded() {
        BreakerState changed;
        synchronized (this) {
            failures = 0;
            trialOut = false;
            changed = state == BreakerState.CLOSED ? null : BreakerState.CLOSED;
            state = BreakerState.CLOSED;
        }
        report(changed);
    }

    /**
     * An attempt failed in a way that says the upstream is down or overloaded.
     *
     * @param pause how long the upstream asked us to wait, when it asked for longer than we wait within a request;
     *     the breaker then opens for that long at once; never null
     */
    public void failed(Optional<Duration> pause) {
        BreakerState changed = null;
        synchronized (this) {
            failures++;
            boolean trialFailed = state == BreakerState.HALF_OPEN;
            trialOut = false;
            if (trialFailed || failures >= threshold || pause.isPresent()) {
                Duration open = pause.orElse(cooldown);
                long until = System.nanoTime() + open.toNanos();
                openUntil = state == BreakerState.OPEN ? Math.max(openUntil, until) : until;
                changed = state == BreakerState.OPEN ? null : BreakerState.OPEN;
                state = BreakerState.OPEN;
            }
        }
        report(changed);
    }

    /** A permitted attempt ended without an answer or a failure to count (interrupted, never sent). */
    public synchronized void abandoned() {
        trialOut = false;
    }

    /** The state now (an open breaker whose period is over reads as half-open); never null. */
    public synchronized BreakerState state() {
        return state == BreakerState.OPEN && openUntil - System.nanoTime() <= 0 ? BreakerState.HALF_OPEN : state;
    }

    private void report(BreakerState changed) {
        if (changed != null) {
            onChange.accept(changed);
        }
    }
}
