package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * An occupation O*NET lists as related. Immutable and thread-safe.
 *
 * @param code the related occupation, never null
 * @param title its title, never null
 * @param index O*NET's relatedness rank (1 = most related), 1 or more, or empty; never null
 * @param tier O*NET's relatedness tier, for example {@code Primary-Short}, or empty; never null
 */
public record RelatedOccupation(OccupationCode code, String title, OptionalInt index, Optional<String> tier) {
    /** Validates the index; throws {@link org.occucompare.core.OccupationException} for one below 1. */
    public RelatedOccupation {
        requireNonNull(code, "code is null");
        requireNonNull(title, "title is null");
        Checks.positive(index, "index of related occupation " + code);
        requireNonNull(tier, "tier is null");
    }
}
