package org.occucompare.analytics.wage;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;
import org.occucompare.core.model.RateType;

/**
 * The gaps at the 10th, 25th, 50th, 75th and 90th percentiles between a subject (an occupation at a place) and a
 * reference: between two occupations at one place, or between two places for one occupation. Immutable and
 * thread-safe.
 *
 * @param subject the subject occupation, never null
 * @param subjectLocation where the subject's wages are from, never null
 * @param reference the reference occupation, never null
 * @param referenceLocation where the reference's wages are from, never null
 * @param rateType whether the dollars are per year or per hour (never mixed), never null
 * @param gaps one gap per percentile, lowest first, never null
 * @param notes what a reader should know about the whole row, for example that wages are shared; never null
 */
public record WageGap(OccupationCode subject, Location subjectLocation, OccupationCode reference,
        Location referenceLocation, RateType rateType, List<PercentileGap> gaps, List<String> notes) {
    /** Rejects null and copies. */
    public WageGap {
        requireNonNull(subject, "subject is null");
        requireNonNull(subjectLocation, "subjectLocation is null");
        requireNonNull(reference, "reference is null");
        requireNonNull(referenceLocation, "referenceLocation is null");
        requireNonNull(rateType, "rateType is null");
        gaps = List.copyOf(requireNonNull(gaps, "gaps is null"));
        notes = List.copyOf(requireNonNull(notes, "notes is null"));
    }
}
