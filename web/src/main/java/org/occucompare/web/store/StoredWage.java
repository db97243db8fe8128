package org.occucompare.web.store;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import org.occucompare.web.store.row.WageRow;

/**
 * A stored wage estimate with the employment shares of its occupation, area and year.
 *
 * @param wage the estimate
 * @param jobsPer1000 OEWS jobs per 1,000 jobs in the area, when stored
 * @param locationQuotient OEWS location quotient, when stored
 */
record StoredWage(WageRow wage, OptionalDouble jobsPer1000, OptionalDouble locationQuotient) {
    StoredWage {
        requireNonNull(wage, "wage is null");
        requireNonNull(jobsPer1000, "jobsPer1000 is null");
        requireNonNull(locationQuotient, "locationQuotient is null");
    }
}
