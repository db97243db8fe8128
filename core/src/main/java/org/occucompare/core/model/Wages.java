package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The OEWS wages of an occupation: national, state and area estimates, annual and hourly. Immutable and thread-safe.
 *
 * @param wageOccupation the SOC (or OEWS) occupation the figures are for, or empty when the source does not say;
 *     never null
 * @param inherited true if the figures are the SOC group's rather than the O*NET occupation's own (always so for a
 *     detailed occupation such as {@code 29-1141.01}, whose wages are those of {@code 29-1141})
 * @param year the OEWS May reference year (2024 means May 2024), 1990–2100, or empty if unknown; the newest year
 *     when the estimates are of several (each then names its own, {@link WageEstimate#year()}); never null
 * @param estimates the estimates in source order, never null; may be empty
 */
public record Wages(Optional<SocReference> wageOccupation, boolean inherited, OptionalInt year,
        List<WageEstimate> estimates) {

    /** Validates and copies; throws {@link org.occucompare.core.OccupationException} for a year out of range. */
    public Wages {
        requireNonNull(wageOccupation, "wageOccupation is null");
        Checks.range(year, "year", 1990, 2100);
        estimates = List.copyOf(requireNonNull(estimates, "estimates is null"));
    }

    /**
     * The first estimate for a place and rate type.
     *
     * @param area the place, never null
     * @param rateType annual or hourly, never null
     * @return the estimate, or empty if there is none; never null
     */
    public Optional<WageEstimate> find(Location area, RateType rateType) {
        requireNonNull(area, "area is null");
        requireNonNull(rateType, "rateType is null");
        return estimates.stream().filter(e -> e.area().equals(area) && e.rateType() == rateType).findFirst();
    }

    /**
     * The distinct OEWS years of the estimates, newest first: more than one when a place's newest figures are older
     * than another's (May 2024 nonmetropolitan areas beside May 2025 states), which a comparison must say.
     *
     * @return the years, never null; empty when no year is known
     */
    public List<Integer> vintages() {
        return estimates.stream().map(e -> e.yearIn(this)).filter(OptionalInt::isPresent)
                .map(OptionalInt::getAsInt).distinct().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    /**
     * The national estimate for a rate type.
     *
     * @param rateType annual or hourly, never null
     * @return the estimate, or empty if there is none; never null
     */
    public Optional<WageEstimate> national(RateType rateType) {
        return find(Location.NATIONAL, rateType);
    }
}
