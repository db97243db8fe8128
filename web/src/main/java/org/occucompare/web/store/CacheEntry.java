package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A cached occupation as stored.
 *
 * @param fetchedAt when the upstream answered
 * @param payload the occupation as JSON
 */
public record CacheEntry(Instant fetchedAt, String payload) {
    public CacheEntry {
        requireNonNull(fetchedAt, "fetchedAt is null");
        requireNonNull(payload, "payload is null");
    }
}
