package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * The share of an occupation's current workers aged 25 and older whose highest education is one level (BLS
 * Employment Projections table 5.3). Immutable and thread-safe.
 *
 * @param level the education level, for example {@code Bachelor's degree}, never null
 * @param percent the share in percent, 0–100, or empty; never null
 */
public record AttainmentShare(String level, OptionalDouble percent) {
    /** Validates the percent; throws {@link org.occucompare.core.OccupationException} for one off 0–100. */
    public AttainmentShare {
        requireNonNull(level, "level is null");
        Checks.range(percent, "percent of " + level, 0, 100);
    }
}
