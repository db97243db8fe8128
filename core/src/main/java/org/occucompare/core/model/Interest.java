package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * One occupational interest of an occupation. Immutable and thread-safe.
 *
 * @param type the RIASEC type, never null
 * @param name the element name as the source gives it, never null
 * @param description the element description, never null; may be empty
 * @param score the O*NET occupational interest score on its 1–7 scale, or empty; never null
 */
public record Interest(RiasecType type, String name, String description, OptionalDouble score) {
    /** Validates the score; throws {@link org.occucompare.core.OccupationException} for one off the 1–7 scale. */
    public Interest {
        requireNonNull(type, "type is null");
        requireNonNull(name, "name is null");
        requireNonNull(description, "description is null");
        Checks.range(score, "interest score of " + type.displayName(), 1, 7);
    }
}
