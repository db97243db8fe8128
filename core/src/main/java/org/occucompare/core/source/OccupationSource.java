package org.occucompare.core.source;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;
import org.occucompare.core.OccupationException;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.Occupation;
import org.occucompare.core.model.OccupationSummary;
import org.occucompare.core.model.Section;

/**
 * Where occupations come from: the CareerOneStop API, the local store or a cache in front of either.
 * Implementations say whether they are thread-safe. No method returns null. Failures are {@link OccupationException}s:
 * {@code INVALID_INPUT} for bad arguments, {@code UPSTREAM} when the source fails.
 */
public interface OccupationSource {

    /**
     * Fetches occupations for places in one call: one occupation per key that matches, holding the wages and
     * projections of every place asked for that the source has figures for (records fetched per place are merged by
     * {@link OccupationRecords#merge}), and a {@link Miss} with suggestions for every other key. A key the source
     * could not answer for is an {@link Miss.Kind#UNAVAILABLE} miss, so one failure does not sink the others;
     * callers decide whether to go on without it.
     *
     * <p>Only the sections asked for are fetched: each occupation holds no other section, and its
     * {@link Occupation#requestedSections()} is the part of {@code sections} the source holds, so a section asked
     * for that the source does not have (career videos in the official files) is told apart from one that was not
     * asked for. A source that asks an upstream asks it for these sections only, and a cache answers from an entry
     * only when that entry was fetched with every one of them.
     *
     * @param keys the occupations, in the order wanted; a key given twice is fetched once; never null
     * @param places the places, one or more, the first being the one the occupations' retrieval names; never null
     * @param sections the sections wanted ({@link Section#all()} for everything); never null
     * @param freshness how fresh a cached answer must be; sources without a cache ignore it; never null
     * @return the occupations and misses, in the order of the keys; never null
     * @throws OccupationException {@code INVALID_INPUT} for an empty list of places or a place the source cannot
     *     serve; {@code UPSTREAM} when the source as a whole fails
     */
    Lookup fetch(List<OccupationKey> keys, List<Location> places, Set<Section> sections, Freshness freshness);

    /**
     * Fetches every section: the same as {@code fetch(keys, places, Section.all(), freshness)}.
     *
     * @param keys the occupations, never null
     * @param places the places, one or more, never null
     * @param freshness how fresh a cached answer must be, never null
     * @return the occupations and misses, in the order of the keys; never null
     * @throws OccupationException as {@link #fetch(List, List, Set, Freshness)}
     */
    default Lookup fetch(List<OccupationKey> keys, List<Location> places, Freshness freshness) {
        return fetch(keys, places, Section.all(), freshness);
    }

    /**
     * Checks the arguments of {@link #fetch(List, List, Set, Freshness)} as the contract asks, for implementations.
     *
     * @param keys the occupations, never null
     * @param places the places, one or more, never null
     * @param sections the sections, never null
     * @param freshness how fresh a cached answer must be, never null
     * @return the keys, each once, in the order given; never null
     * @throws OccupationException {@code INVALID_INPUT} for an empty list of places
     */
    static List<OccupationKey> distinctKeys(List<OccupationKey> keys, List<Location> places, Set<Section> sections,
            Freshness freshness) {
        requireNonNull(keys, "keys is null");
        requireNonNull(places, "places is null");
        requireNonNull(sections, "sections is null");
        requireNonNull(freshness, "freshness is null");
        if (places.isEmpty()) {
            throw OccupationException.invalidInput("Give one or more places, such as US or CA.");
        }
        return keys.stream().distinct().toList();
    }

    /**
     * Fetches one occupation at one place: the same as {@code fetch(List.of(key), List.of(place), sections,
     * freshness)}.
     *
     * @param key the occupation, never null
     * @param place the place, never null
     * @param sections the sections wanted, never null
     * @param freshness how fresh a cached answer must be, never null
     * @return the occupation or its miss, never null
     * @throws OccupationException as {@link #fetch(List, List, Set, Freshness)}
     */
    default Lookup fetch(OccupationKey key, Location place, Set<Section> sections, Freshness freshness) {
        return fetch(List.of(key), List.of(place), sections, freshness);
    }

    /**
     * Fetches every section of one occupation at one place: the same as {@code fetch(List.of(key), List.of(place),
     * freshness)}.
     *
     * @param key the occupation, never null
     * @param place the place, never null
     * @param freshness how fresh a cached answer must be, never null
     * @return the occupation or its miss, never null
     * @throws OccupationException as {@link #fetch(List, List, Set, Freshness)}
     */
    default Lookup fetch(OccupationKey key, Location place, Freshness freshness) {
        return fetch(List.of(key), List.of(place), freshness);
    }

    /**
     * Searches occupations by words in their titles and alternate titles, or by the start of a code ({@code 29-11}),
     * best match first.
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
