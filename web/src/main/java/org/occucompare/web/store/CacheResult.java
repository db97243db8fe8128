package org.occucompare.web.store;

/** How the read-through cache answered for one occupation at one place. */
public enum CacheResult {
    /** From the store, fresh. */
    HIT,
    /** Not in the store, or too old: fetched from the live source (by this instance or another sharing the store). */
    MISS,
    /** From the store past its freshness, because the live source failed. */
    STALE
}
