package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalDouble;

/**
 * An O*NET detailed work activity (DWA) of an occupation. Immutable and thread-safe.
 *
 * @param id the DWA id, for example {@code 4.A.2.a.1.I01.D01}, never null
 * @param title what the activity is, never null
 * @param rating the source's rating, finite and 0 or more, or empty; never null
 * @param taskIds the ids of the tasks this activity belongs to, never null; may be empty
 */
public record WorkActivity(String id, String title, OptionalDouble rating, List<String> taskIds) {
    /** Validates and copies; throws {@link org.occucompare.core.OccupationException} for a negative rating. */
    public WorkActivity {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        Checks.nonNegative(rating, "rating of work activity " + id);
        taskIds = List.copyOf(requireNonNull(taskIds, "taskIds is null"));
    }
}
