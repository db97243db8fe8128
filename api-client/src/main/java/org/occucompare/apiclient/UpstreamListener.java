package org.occucompare.apiclient;

import java.time.Duration;

/**
 * Receives what happens between the client and CareerOneStop, for metrics: every request with its outcome and
 * duration, every retry, every change of the circuit breaker. Called on the thread that saw the event; a listener
 * must be quick, must not throw and must be thread-safe. Every method does nothing by default.
 */
public interface UpstreamListener {
    /** A listener that does nothing. */
    UpstreamListener NONE = new UpstreamListener() { };

    /** How one request for one occupation at one place ended. */
    enum Outcome {
        /** An occupation came back. */
        OK,
        /** CareerOneStop knows no such occupation (404 or an empty answer). */
        NOT_FOUND,
        /** CareerOneStop rejected the request as invalid (400). */
        REJECTED,
        /** CareerOneStop asked us to slow down (429) and the attempts or the deadline ran out. */
        RATE_LIMITED,
        /** The request's deadline passed before an answer came. */
        DEADLINE,
        /** The circuit breaker refused the request without contacting CareerOneStop. */
        BREAKER_OPEN,
        /** Any other failure: 5xx, timeouts, resets, a refused token, a redirect, a body we cannot read. */
        ERROR
    }

    /**
     * One request ended, retries included.
     *
     * @param outcome how it ended, never null
     * @param duration how long it took from the first attempt to the end, never null
     */
    default void requestEnded(Outcome outcome, Duration duration) {
    }

    /** One attempt failed in a way worth another, and another is about to be made. */
    default void retried() {
    }

    /**
     * The circuit breaker changed state.
     *
     * @param state the new state, never null
     */
    default void breakerChanged(BreakerState state) {
    }
}
