package org.occucompare.apiclient;

/**
 * The state of the client's circuit breaker, as {@link UpstreamListener#breakerChanged} reports it. The order is
 * part of the contract (closed, half-open, open), so that a gauge can show the ordinal.
 */
public enum BreakerState {
    /** Requests go out; consecutive failures are counted. */
    CLOSED,
    /** The open period is over: one trial request goes out, the others are refused until it answers. */
    HALF_OPEN,
    /** Requests are refused at once, without contacting CareerOneStop, until the open period ends. */
    OPEN
}
