package org.occucompare.analytics.growth;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.occucompare.core.model.EmploymentCount;
import org.occucompare.core.model.Location;
import org.occucompare.core.model.OccupationCode;

/**
 * The growth figures of one occupation in the nation or one state. Immutable and thread-safe.
 *
 * @param code the occupation, never null
 * @param area the nation or a state, never null
 * @param areaName the area's name as the source gives it, never null
 * @param roundLabel the projection period, for example {@code 2024–2034}, never null
 * @param years the length of the period in years
 * @param counts what the employment figures count (all jobs or primary jobs), never null
 * @param countsLabel {@code counts} in words, for example {@code all jobs (BLS national projections)}, never null
 * @param baseJobs jobs in the base year, or empty; never null
 * @param projectedJobs jobs in the projected year, or empty; never null
 * @param changeJobs projected minus base jobs, or empty; never null
 * @param changePct the change in percent of the base, as published, or computed when not published; never null
 * @param annualGrowthPct the compound annual growth rate over the period, in percent; never null
 * @param annualOpenings average openings per year, or empty; never null
 * @param openingsPer100Jobs annual openings per 100 base-year jobs; never null
 * @param notes what a reader should know, for example why a figure is missing; never null
 */
public record GrowthFigures(OccupationCode code, Location area, String areaName, String roundLabel, int years,
        EmploymentCount counts, String countsLabel, OptionalLong baseJobs, OptionalLong projectedJobs,
        OptionalLong changeJobs, OptionalDouble changePct, OptionalDouble annualGrowthPct,
        OptionalLong annualOpenings, OptionalDouble openingsPer100Jobs, List<String> notes) {
    /** Rejects null and copies. */
    public GrowthFigures {
        requireNonNull(code, "code is null");
        requireNonNull(area, "area is null");
        requireNonNull(areaName, "areaName is null");
        requireNonNull(roundLabel, "roundLabel is null");
        requireNonNull(counts, "counts is null");
        requireNonNull(countsLabel, "countsLabel is null");
        requireNonNull(baseJobs, "baseJobs is null");
        requireNonNull(projectedJobs, "projectedJobs is null");
        requireNonNull(changeJobs, "changeJobs is null");
        requireNonNull(changePct, "changePct is null");
        requireNonNull(annualGrowthPct, "annualGrowthPct is null");
        requireNonNull(annualOpenings, "annualOpenings is null");
        requireNonNull(openingsPer100Jobs, "openingsPer100Jobs is null");
        notes = List.copyOf(requireNonNull(notes, "notes is null"));
    }
}
