package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * How many of an occupation's jobs one industry holds, from the BLS National Employment Matrix. Employment is in
 * jobs (not thousands); each figure is empty when the source does not publish it. Immutable and thread-safe.
 *
 * @param industryCode the matrix industry code, never null
 * @param industryTitle the industry's title, never null
 * @param iagCode the BLS Industries at a Glance code, or empty; never null
 * @param shareOfOccupationPct the percent of the occupation's jobs in this industry, 0–100; never null
 * @param baseEmployment jobs in the base year, 0 or more; never null
 * @param projectedEmployment jobs in the projected year, 0 or more; never null
 * @param change projected minus base jobs, may be negative; never null
 * @param percentChange the change in percent, finite; never null
 */
public record IndustryEmployment(String industryCode, String industryTitle, Optional<String> iagCode,
        OptionalDouble shareOfOccupationPct, OptionalLong baseEmployment, OptionalLong projectedEmployment,
        OptionalLong change, OptionalDouble percentChange) {

    /** Validates every component; throws {@link org.occucompare.core.OccupationException} for values out of range. */
    public IndustryEmployment {
        requireNonNull(industryCode, "industryCode is null");
        requireNonNull(industryTitle, "industryTitle is null");
        requireNonNull(iagCode, "iagCode is null");
        Checks.range(shareOfOccupationPct, "shareOfOccupationPct", 0, 100);
        Checks.nonNegative(baseEmployment, "baseEmployment");
        Checks.nonNegative(projectedEmployment, "projectedEmployment");
        requireNonNull(change, "change is null");
        Checks.finite(percentChange, "percentChange");
    }
}
