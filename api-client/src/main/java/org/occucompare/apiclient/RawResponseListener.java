package org.occucompare.apiclient;

/**
 * Receives every occupation CareerOneStop returns, raw, so a store can keep what was fetched and when. Called on
 * the thread that made the request; a listener that throws is logged and does not fail the lookup. Implementations
 * must be thread-safe.
 */
@FunctionalInterface
public interface RawResponseListener {
    /** A listener that keeps nothing. */
    RawResponseListener NONE = response -> { };

    /**
     * Receives one raw answer.
     *
     * @param response the answer, never null
     */
    void received(RawResponse response);
}
