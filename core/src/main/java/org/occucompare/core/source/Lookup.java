package org.occucompare.core.source;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.occucompare.core.model.Occupation;

/**
 * What {@link OccupationSource#fetch} found: one occupation per key that matched, holding the wages and projections
 * of every place asked for, and a {@link Miss} for every other key. Each key asked for is in exactly one of the two,
 * in the order asked. Immutable and thread-safe.
 *
 * @param occupations the occupations found, by the key they were asked for, in the order asked; never null
 * @param misses the keys that gave no occupation, in the order asked; never null
 */
public record Lookup(Map<OccupationKey, Occupation> occupations, List<Miss> misses) {

    /** Copies, keeping the order, and checks that no key is both found and missed. */
    public Lookup {
        occupations = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(occupations,
                "occupations is null")));
        misses = List.copyOf(requireNonNull(misses, "misses is null"));
        for (Miss miss : misses) {
            if (occupations.containsKey(miss.key())) {
                throw new IllegalArgumentException(miss.key() + " is both found and missed");
            }
        }
    }

    /**
     * The occupation of a key.
     *
     * @param key a key asked for, never null
     * @return the occupation, or empty when the key gave none; never null
     */
    public Optional<Occupation> occupation(OccupationKey key) {
        return Optional.ofNullable(occupations.get(requireNonNull(key, "key is null")));
    }

    /**
     * The miss of a key.
     *
     * @param key a key asked for, never null
     * @return the miss, or empty when the key gave an occupation; never null
     */
    public Optional<Miss> miss(OccupationKey key) {
        requireNonNull(key, "key is null");
        return misses.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    /**
     * The occupation of a key, for callers that cannot go on without it.
     *
     * @param key a key asked for, never null
     * @return the occupation, never null
     * @throws org.occucompare.core.OccupationException the miss's {@link Miss#toException() error}: {@code NOT_FOUND}
     *     or {@code INVALID_INPUT} with suggestions, or the failure of an unavailable source
     * @throws IllegalArgumentException if the key was not asked for
     */
    public Occupation require(OccupationKey key) {
        return occupation(key).orElseThrow(() -> miss(key).map(Miss::toException).orElseThrow(
                () -> new IllegalArgumentException(key + " was not asked for")));
    }
}
