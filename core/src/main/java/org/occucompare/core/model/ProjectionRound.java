package org.occucompare.core.model;

import org.occucompare.core.OccupationException;

/**
 * A projections period, for example 2024–2034 (BLS national) or 2022–2032 (an older state round). Immutable and
 * thread-safe.
 *
 * @param baseYear the base year, 1990–2100
 * @param projectedYear the projected year, 1990–2100 and after {@code baseYear}
 */
public record ProjectionRound(int baseYear, int projectedYear) {
    /** Validates the years; throws {@link OccupationException} ({@code INVALID_INPUT}) otherwise. */
    public ProjectionRound {
        if (baseYear < 1990 || baseYear > 2100 || projectedYear < 1990 || projectedYear > 2100) {
            throw OccupationException.invalidInput("Projection years " + baseYear + " and " + projectedYear
                    + " must lie in 1990–2100: check the source's base and projected years.");
        }
        if (projectedYear <= baseYear) {
            throw OccupationException.invalidInput("Projected year " + projectedYear + " is not after base year "
                    + baseYear + ": give the base year first, for example 2024 and 2034.");
        }
    }

    /** {@return the period with an en dash, for example {@code 2024–2034}; never null} */
    public String label() {
        return baseYear + "–" + projectedYear;
    }

    /** {@return the length of the period in years, for example 10} */
    public int years() {
        return projectedYear - baseYear;
    }
}
