package org.occucompare.apiclient;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.source.OccupationKey;

/**
 * The outcome of one occupation × place of a batch: found, not found (both empty), or failed. One failure does not
 * sink the batch. Immutable and thread-safe.
 *
 * @param key what was asked for, never null
 * @param location where, never null
 * @param occupation the occupation, empty when not found or failed; never null
 * @param failure why it failed, empty when it did not; never null
 */
public record OccupationFetch(OccupationKey key, Location location, Optional<Occupation> occupation,
        Optional<OccupationException> failure) {

    /** Validates: an outcome is never both found and failed. */
    public OccupationFetch {
        requireNonNull(key, "key is null");
        requireNonNull(location, "location is null");
        requireNonNull(occupation, "occupation is null");
        requireNonNull(failure, "failure is null");
        if (occupation.isPresent() && failure.isPresent()) {
            throw new IllegalArgumentException("an outcome is either found or failed, not both");
        }
    }

    /** Whether the fetch failed (as opposed to finding nothing). */
    public boolean isFailed() {
        return failure.isPresent();
    }
}
