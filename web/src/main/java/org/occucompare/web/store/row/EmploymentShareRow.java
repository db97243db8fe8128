package org.occucompare.web.store.row;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * The OEWS employment shares of an occupation in an area for a May reference year: how many of every 1,000 jobs in
 * the area it holds, and its location quotient. OEWS publishes them for states and BLS areas, not for the nation.
 *
 * @param socCode the SOC code
 * @param areaKey a state postal code, or {@code area:NNNNN} / {@code area:NNNNNNN} for a BLS area (as {@link WageRow})
 * @param year the OEWS May reference year (2024 = May 2024)
 * @param jobsPer1000 OEWS {@code JOBS_1000}, when published
 * @param locationQuotient OEWS {@code LOC_QUOTIENT}, when published
 */
public record EmploymentShareRow(String socCode, String areaKey, int year, OptionalDouble jobsPer1000,
        OptionalDouble locationQuotient) implements StoreRow {
    public EmploymentShareRow {
        requireNonNull(socCode, "socCode is null");
        requireNonNull(areaKey, "areaKey is null");
        requireNonNull(jobsPer1000, "jobsPer1000 is null");
        requireNonNull(locationQuotient, "locationQuotient is null");
    }
}
