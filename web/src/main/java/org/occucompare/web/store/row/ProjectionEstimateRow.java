package org.occucompare.web.store.row;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One employment projection: an occupation in an area for one projection round. Employment is in jobs.
 *
 * @param socCode the SOC (or Employment Projections matrix) code
 * @param title the occupation title as the publisher gives it
 * @param areaKey {@code US} or a state postal code
 * @param areaName the area's name
 * @param baseYear the round's base year
 * @param projectedYear the round's projected year
 * @param counts {@code ALL_JOBS} (BLS national) or {@code PRIMARY_JOBS} (state long-term projections)
 * @param baseEmployment employment in the base year, jobs
 * @param projectedEmployment employment in the projected year, jobs
 * @param change the numeric change, jobs
 * @param percentChange the percent change
 * @param annualOpenings average annual openings, jobs
 */
public record ProjectionEstimateRow(String socCode, String title, String areaKey, String areaName, int baseYear,
        int projectedYear, String counts, OptionalLong baseEmployment, OptionalLong projectedEmployment,
        OptionalLong change, OptionalDouble percentChange, OptionalLong annualOpenings) implements StoreRow {
    public ProjectionEstimateRow {
        requireNonNull(socCode, "socCode is null");
        requireNonNull(title, "title is null");
        requireNonNull(areaKey, "areaKey is null");
        requireNonNull(areaName, "areaName is null");
        requireNonNull(counts, "counts is null");
        requireNonNull(baseEmployment, "baseEmployment is null");
        requireNonNull(projectedEmployment, "projectedEmployment is null");
        requireNonNull(change, "change is null");
        requireNonNull(percentChange, "percentChange is null");
        requireNonNull(annualOpenings, "annualOpenings is null");
    }
}
