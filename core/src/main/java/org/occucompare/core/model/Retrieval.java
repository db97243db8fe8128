package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How and when an occupation record was obtained. Immutable and thread-safe.
 *
 * @param location the place the record was asked for, never null
 * @param retrievedAt when the source produced it, never null
 * @param via the source that served it, never null
 * @param stale true if it was served from a cache past its freshness
 * @param didYouMean the source's suggestion for a near-miss keyword, or empty; never null
 * @param autoCorrection the keyword the source corrected the request to, or empty; never null
 */
public record Retrieval(Location location, Instant retrievedAt, SourceKind via, boolean stale,
        Optional<String> didYouMean, Optional<String> autoCorrection) {

    /** Rejects null. */
    public Retrieval {
        requireNonNull(location, "location is null");
        requireNonNull(retrievedAt, "retrievedAt is null");
        requireNonNull(via, "via is null");
        requireNonNull(didYouMean, "didYouMean is null");
        requireNonNull(autoCorrection, "autoCorrection is null");
    }

    /**
     * A fresh retrieval without suggestions.
     *
     * @param location the place, never null
     * @param retrievedAt when, never null
     * @param via the source, never null
     * @return the retrieval, never null
     */
    public static Retrieval of(Location location, Instant retrievedAt, SourceKind via) {
        return new Retrieval(location, retrievedAt, via, false, Optional.empty(), Optional.empty());
    }

    /**
     * A copy with another staleness, for a cache that serves a record past its freshness.
     *
     * @param stale true if the record is past its freshness
     * @return the copy, never null
     */
    public Retrieval withStale(boolean stale) {
        return new Retrieval(location, retrievedAt, via, stale, didYouMean, autoCorrection);
    }

    /**
     * How old the record is.
     *
     * @param now the current time, never null
     * @return the time since {@link #retrievedAt()}, never negative (zero if {@code now} is earlier); never null
     */
    public Duration age(Instant now) {
        requireNonNull(now, "now is null");
        Duration age = Duration.between(retrievedAt, now);
        return age.isNegative() ? Duration.ZERO : age;
    }
}
