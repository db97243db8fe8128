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
 * @param year the OEWS May reference year (2024 means May 2024), 1990–2100, or empty if unknown; never null
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
     * The national estimate for a rate type.
     *
     * @param rateType annual or hourly, never null
     * @return the estimate, or empty if there is none; never null
     */
    public Optional<WageEstimate> national(RateType rateType) {
        return find(Location.NATIONAL, rateType);
    }
}
