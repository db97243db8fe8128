package org.occucompare.analytics.location;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.RateType;

/**
 * One occupation's places ranked against the nation. Immutable and thread-safe.
 *
 * @param code the occupation, never null
 * @param rateType annual or hourly, never null
 * @param ranked the places with a published estimate, best median ratio first, never null
 * @param unpublished the places without a published estimate, each with the reason, never null
 */
public record LocationComparison(OccupationCode code, RateType rateType, List<LocationRatio> ranked,
        List<String> unpublished) {
    /** Rejects null and copies. */
    public LocationComparison {
        requireNonNull(code, "code is null");
        requireNonNull(rateType, "rateType is null");
        ranked = List.copyOf(requireNonNull(ranked, "ranked is null"));
        unpublished = List.copyOf(requireNonNull(unpublished, "unpublished is null"));
    }
}
