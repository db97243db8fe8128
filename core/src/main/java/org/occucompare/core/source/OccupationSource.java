package org.occucompare.core.source;

import java.util.List;
import java.util.Optional;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.OccupationSummary;

/**
 * Where occupations come from: the CareerOneStop API, the bundled sample data or a cache in front of either.
 * Implementations say whether they are thread-safe. No method returns null. Failures are {@link OccupationException}s:
 * {@code INVALID_INPUT} for bad arguments, {@code UPSTREAM} when the source fails.
 */
public interface OccupationSource {

    /**
     * Finds one occupation for a place.
     *
     * @param key the occupation's O*NET code or exact title, never null
     * @param location the place whose wages and projections to include, never null
     * @return the occupation, or empty if the source has no such occupation; never null
     * @throws OccupationException {@code INVALID_INPUT} if the source cannot serve this kind of place, {@code UPSTREAM}
     *     if the source fails
     */
    Optional<Occupation> find(OccupationKey key, Location location);

    /**
     * Finds one occupation by code for a place; the same as {@code find(new OccupationKey.Code(code), location)}.
     *
     * @param code the O*NET-SOC code, never null
     * @param location the place, never null
     * @return the occupation, or empty if the source has no such occupation; never null
     * @throws OccupationException as {@link #find(OccupationKey, Location)}
     */
    default Optional<Occupation> find(OccupationCode code, Location location) {
        return find(new OccupationKey.Code(code), location);
    }

    /**
     * Searches occupations by words in their titles and alternate titles, best match first.
     *
     * @param words the search words, never null
     * @param limit the most hits to return, 1 or more
     * @return at most {@code limit} hits, never null; empty if nothing matches
     * @throws OccupationException {@code INVALID_INPUT} for blank words or a limit below 1, {@code UPSTREAM} if the
     *     source fails
     */
    List<OccupationSummary> search(String words, int limit);

    /**
     * One line that names the source and its data, for example {@code CareerOneStop API} or
     * {@code bundled sample (O*NET 30.1, OEWS May 2024)}.
     *
     * @return the description, never null
     */
    String describe();
}
