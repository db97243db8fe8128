package org.occucompare.analytics.overlap;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.RateType;

/**
 * The estimated share of one occupation's workers who earn more than another occupation's median, at one place.
 * An estimate from five percentiles, not a count: see the notes for the method. Immutable and thread-safe.
 *
 * @param group the occupation whose workers are counted, never null
 * @param threshold the occupation whose median is the line, never null
 * @param location the place, never null
 * @param rateType the wage figures used (annual when both publish them, else hourly), never null
 * @param shareAboveMedianPct the share of {@code group} earning more than {@code threshold}'s median, in percent; a
 *     range where the distribution is unknown; empty when a needed figure is missing; never null
 * @param notes the method and why the answer is a range or missing, never null
 */
public record PayOverlap(OccupationCode group, OccupationCode threshold, Location location, RateType rateType,
        Optional<ShareRange> shareAboveMedianPct, List<String> notes) {
    /** Rejects null and copies. */
    public PayOverlap {
        requireNonNull(group, "group is null");
        requireNonNull(threshold, "threshold is null");
        requireNonNull(location, "location is null");
        requireNonNull(rateType, "rateType is null");
        requireNonNull(shareAboveMedianPct, "shareAboveMedianPct is null");
        notes = List.copyOf(requireNonNull(notes, "notes is null"));
    }
}
