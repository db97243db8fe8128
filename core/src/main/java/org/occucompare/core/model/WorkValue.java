package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An O*NET work value of an occupation (CareerOneStop returns only the top one). Immutable and thread-safe.
 *
 * @param elementId the O*NET element id, for example {@code 1.B.2.a}, or empty; never null
 * @param name the work value, for example {@code Achievement}, never null
 * @param extent the O*NET extent score on its 1–7 scale, or empty; never null
 * @param characteristics the descriptive characteristics in source order, never null; may be empty
 */
public record WorkValue(Optional<String> elementId, String name, OptionalDouble extent, List<String> characteristics) {
    /** Validates and copies; throws {@link org.occucompare.core.OccupationException} for an extent off 1–7. */
    public WorkValue {
        requireNonNull(elementId, "elementId is null");
        requireNonNull(name, "name is null");
        Checks.range(extent, "extent of work value " + name, 1, 7);
        characteristics = List.copyOf(requireNonNull(characteristics, "characteristics is null"));
    }
}
