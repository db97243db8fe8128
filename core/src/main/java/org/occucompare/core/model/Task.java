package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An O*NET task statement of an occupation. Immutable and thread-safe.
 *
 * @param id the O*NET task id, never null
 * @param statement what the worker does, never null
 * @param rating the source's rating (O*NET task importance, 1–5), finite and 0 or more, or empty; never null
 * @param category {@code Core} or {@code Supplemental}, or empty; never null
 */
public record Task(String id, String statement, OptionalDouble rating, Optional<String> category) {
    /** Validates the rating; throws {@link org.occucompare.core.OccupationException} for a negative one. */
    public Task {
        requireNonNull(id, "id is null");
        requireNonNull(statement, "statement is null");
        Checks.nonNegative(rating, "rating of task " + id);
        requireNonNull(category, "category is null");
    }
}
