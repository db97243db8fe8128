package org.occucompare.analytics.compare;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;

/**
 * What to compare. An occupation may be given once per place it was fetched for; records with the same code are
 * merged (their wage estimates and projection rows pooled). Immutable and thread-safe.
 *
 * @param occupations the occupations, 1 to 10 distinct codes, never null
 * @param locations the places, 1 to 5 distinct, never null
 * @param reference the occupation the others are measured against, or empty for the first; never null
 * @param referenceLocation the place the others are measured against, or empty for the first; never null
 */
public record ComparisonRequest(List<Occupation> occupations, List<Location> locations,
        Optional<OccupationCode> reference, Optional<Location> referenceLocation) {

    /** Rejects null and copies. */
    public ComparisonRequest {
        occupations = List.copyOf(requireNonNull(occupations, "occupations is null"));
        locations = List.copyOf(requireNonNull(locations, "locations is null"));
        requireNonNull(reference, "reference is null");
        requireNonNull(referenceLocation, "referenceLocation is null");
    }

    /**
     * A request measured against the first occupation and the first place.
     *
     * @param occupations the occupations, never null
     * @param locations the places, never null
     * @return the request, never null
     */
    public static ComparisonRequest of(List<Occupation> occupations, List<Location> locations) {
        return new ComparisonRequest(occupations, locations, Optional.empty(), Optional.empty());
    }
}
