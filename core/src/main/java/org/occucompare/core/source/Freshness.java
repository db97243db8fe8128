package org.occucompare.core.source;

/** How fresh an answer must be. Sources without a cache answer the same either way. */
public enum Freshness {
    /** A cached answer younger than the cache's freshness will do; older or missing ones are fetched. */
    CACHED,
    /** Ask the upstream again; a cached answer is served only when the upstream fails. */
    REFRESH
}
