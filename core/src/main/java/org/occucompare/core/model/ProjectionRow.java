package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.occucompare.core.OccupationException;

/**
 * Projected employment of one occupation in the nation or one state. Employment is in jobs (not thousands); each
 * figure is empty when the source does not publish it. Immutable and thread-safe.
 *
 * @param area {@link Location.National} or {@link Location.State}, never null
 * @param areaName the area's name as the source gives it, never null
 * @param round the projections period, never null
 * @param counts what the employment figures count, never null
 * @param baseEmployment jobs in the base year, 0 or more; never null
 * @param projectedEmployment jobs in the projected year, 0 or more; never null
 * @param change projected minus base jobs, may be negative; never null
 * @param percentChange the change in percent (4.9 means +4.9 %), finite; never null
 * @param annualOpenings average openings per year over the period, 0 or more; never null
 */
public record ProjectionRow(Location area, String areaName, ProjectionRound round, EmploymentCount counts,
        OptionalLong baseEmployment, OptionalLong projectedEmployment, OptionalLong change,
        OptionalDouble percentChange, OptionalLong annualOpenings) {

    /** Validates every component; throws {@link OccupationException} ({@code INVALID_INPUT}) otherwise. */
    public ProjectionRow {
        requireNonNull(area, "area is null");
        requireNonNull(areaName, "areaName is null");
        requireNonNull(round, "round is null");
        requireNonNull(counts, "counts is null");
        Checks.nonNegative(baseEmployment, "baseEmployment");
        Checks.nonNegative(projectedEmployment, "projectedEmployment");
        requireNonNull(change, "change is null");
        Checks.finite(percentChange, "percentChange");
        Checks.nonNegative(annualOpenings, "annualOpenings");
        if (!(area instanceof Location.National || area instanceof Location.State)) {
            throw OccupationException.invalidInput("Employment projections exist for the nation and states, not for "
                    + area.key() + ": use the state that contains it.");
        }
    }
}
