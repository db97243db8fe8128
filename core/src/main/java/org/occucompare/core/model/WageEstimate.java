package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.occucompare.core.OccupationException;

/**
 * The OEWS wage distribution of one occupation in one area, per year or per hour. Immutable and thread-safe.
 *
 * @param area where: {@link Location.National}, {@link Location.State} or {@link Location.Area} (OEWS publishes for
 *     no other kind of place), never null
 * @param areaName the area's name as the source gives it, for example {@code California}, never null
 * @param rateType whether the amounts are dollars per year or per hour, never null
 * @param p10 the 10th percentile, never null
 * @param p25 the 25th percentile, never null
 * @param median the median, never null
 * @param p75 the 75th percentile, never null
 * @param p90 the 90th percentile, never null
 * @param mean the mean, never null ({@link MissingReason#NOT_COVERED} when the source omits means)
 * @param employment the number of jobs (OEWS {@code TOT_EMP}), 0 or more, or empty when not published; never null
 * @param year the OEWS May reference year of this estimate (its vintage: 2025 means May 2025), 1990–2100, or empty
 *     when the estimate is of the year {@link Wages#year()} names; never null
 * @param jobsPer1000 the occupation's jobs per 1,000 jobs of all occupations in the area (OEWS {@code JOBS_1000}),
 *     0–1,000, or empty when not published (OEWS publishes none for the nation); never null. Since SPI 1.3
 * @param locationQuotient the occupation's share of the area's jobs divided by its share of the nation's (OEWS
 *     {@code LOC_QUOTIENT}; above 1 means more concentrated than in the nation), 0 or more, or empty when not
 *     published; never null. Since SPI 1.3
 */
public record WageEstimate(Location area, String areaName, RateType rateType, WageAmount p10, WageAmount p25,
        WageAmount median, WageAmount p75, WageAmount p90, WageAmount mean, OptionalLong employment,
        OptionalInt year, OptionalDouble jobsPer1000, OptionalDouble locationQuotient) {

    /** An estimate of a given year without the OEWS employment shares (jobs per 1,000, location quotient). */
    public WageEstimate(Location area, String areaName, RateType rateType, WageAmount p10, WageAmount p25,
            WageAmount median, WageAmount p75, WageAmount p90, WageAmount mean, OptionalLong employment,
            OptionalInt year) {
        this(area, areaName, rateType, p10, p25, median, p75, p90, mean, employment, year, OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    /** An estimate of the year its {@link Wages} names. */
    public WageEstimate(Location area, String areaName, RateType rateType, WageAmount p10, WageAmount p25,
            WageAmount median, WageAmount p75, WageAmount p90, WageAmount mean, OptionalLong employment) {
        this(area, areaName, rateType, p10, p25, median, p75, p90, mean, employment, OptionalInt.empty());
    }

    /** Validates every component; throws {@link OccupationException} ({@code INVALID_INPUT}) for a city or ZIP area. */
    public WageEstimate {
        requireNonNull(area, "area is null");
        requireNonNull(areaName, "areaName is null");
        requireNonNull(rateType, "rateType is null");
        requireNonNull(p10, "p10 is null");
        requireNonNull(p25, "p25 is null");
        requireNonNull(median, "median is null");
        requireNonNull(p75, "p75 is null");
        requireNonNull(p90, "p90 is null");
        requireNonNull(mean, "mean is null");
        Checks.nonNegative(employment, "employment");
        Checks.range(year, "year", 1990, 2100);
        Checks.range(jobsPer1000, "jobsPer1000", 0, 1000);
        Checks.nonNegative(locationQuotient, "locationQuotient");
        if (area instanceof Location.City || area instanceof Location.ZipCode) {
            throw OccupationException.invalidInput("OEWS publishes wages for the nation, states and BLS areas, not for "
                    + area.key() + ": use the state or the BLS area that contains it.");
        }
    }

    /**
     * The vintage of this estimate: its own year, else the year of the wages it belongs to.
     *
     * @param wages the wages this estimate is one of, never null
     * @return the OEWS May reference year, or empty if unknown; never null
     */
    public OptionalInt yearIn(Wages wages) {
        requireNonNull(wages, "wages is null");
        return year.isPresent() ? year : wages.year();
    }

    /**
     * The amount at a percentile.
     *
     * @param percentile which one, never null
     * @return the amount, never null
     */
    public WageAmount get(Percentile percentile) {
        requireNonNull(percentile, "percentile is null");
        // if-chain, not a switch: a switch on another class's enum compiles to a synthetic non-record class
        if (percentile == Percentile.P10) {
            return p10;
        }
        if (percentile == Percentile.P25) {
            return p25;
        }
        if (percentile == Percentile.MEDIAN) {
            return median;
        }
        return percentile == Percentile.P75 ? p75 : p90;
    }
}
