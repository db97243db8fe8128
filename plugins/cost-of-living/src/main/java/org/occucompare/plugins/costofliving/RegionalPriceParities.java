package org.occucompare.plugins.costofliving;

import java.util.Map;
import java.util.OptionalDouble;
import org.occucompare.core.model.UsState;

/**
 * BEA Regional Price Parities, all items, by state, for 2023 (U.S. = 100), as published on December 12, 2024 in
 * "Real Personal Consumption Expenditures by State and Real Personal Income by State and Metropolitan Area, 2023".
 * Published figures are facts; this table copies them.
 *
 * <p>Precision: the seven figures with a decimal (California 112.6, the District of Columbia 110.8, New Jersey 108.9,
 * Hawaii 108.6, South Dakota 88.1, Mississippi 87.3, Arkansas 86.5) are quoted from BEA's release text; the others are
 * BEA's 2023 figures rounded to whole index points, the form available when this table was written. Replace them with
 * the one-decimal figures of BEA's SARPP table (line "RPPs: All items") when refreshing; the year must stay with them,
 * since each year's parities are estimated independently and are not comparable across years. BEA publishes no
 * parities for Puerto Rico, Guam or the U.S. Virgin Islands. Immutable and thread-safe.
 */
final class RegionalPriceParities {
    /** The year the parities describe. */
    static final int YEAR = 2023;
    /** Where they come from, for notes. */
    static final String SOURCE = "BEA Regional Price Parities, all items, " + YEAR + " (U.S. = 100)";

    private static final Map<String, Double> BY_POSTAL_CODE = Map.ofEntries(
            Map.entry("AL", 90.0), Map.entry("AK", 102.0), Map.entry("AZ", 101.0), Map.entry("AR", 86.5),
            Map.entry("CA", 112.6), Map.entry("CO", 101.0), Map.entry("CT", 104.0), Map.entry("DE", 99.0),
            Map.entry("DC", 110.8), Map.entry("FL", 104.0), Map.entry("GA", 97.0), Map.entry("HI", 108.6),
            Map.entry("ID", 91.0), Map.entry("IL", 99.0), Map.entry("IN", 92.0), Map.entry("IA", 89.0),
            Map.entry("KS", 90.0), Map.entry("KY", 91.0), Map.entry("LA", 88.0), Map.entry("ME", 97.0),
            Map.entry("MD", 104.0), Map.entry("MA", 108.0), Map.entry("MI", 94.0), Map.entry("MN", 98.0),
            Map.entry("MS", 87.3), Map.entry("MO", 92.0), Map.entry("MT", 90.0), Map.entry("NE", 90.0),
            Map.entry("NV", 97.0), Map.entry("NH", 105.0), Map.entry("NJ", 108.9), Map.entry("NM", 90.0),
            Map.entry("NY", 108.0), Map.entry("NC", 94.0), Map.entry("ND", 89.0), Map.entry("OH", 92.0),
            Map.entry("OK", 88.0), Map.entry("OR", 105.0), Map.entry("PA", 98.0), Map.entry("RI", 101.0),
            Map.entry("SC", 93.0), Map.entry("SD", 88.1), Map.entry("TN", 93.0), Map.entry("TX", 97.0),
            Map.entry("UT", 95.0), Map.entry("VT", 97.0), Map.entry("VA", 101.0), Map.entry("WA", 109.0),
            Map.entry("WV", 90.0), Map.entry("WI", 93.0), Map.entry("WY", 91.0));

    /**
     * The parity of a state.
     *
     * @param state the state
     * @return the parity (U.S. = 100), or empty for a territory
     */
    OptionalDouble of(UsState state) {
        Double rpp = BY_POSTAL_CODE.get(state.postalCode());
        return rpp == null ? OptionalDouble.empty() : OptionalDouble.of(rpp);
    }

    /** {@return how many places the table covers: the 50 states and the District of Columbia} */
    int size() {
        return BY_POSTAL_CODE.size();
    }

    /** {@return true if the figure is BEA's rounded to a whole index point rather than to one decimal} */
    boolean isRounded(UsState state) {
        Double rpp = BY_POSTAL_CODE.get(state.postalCode());
        return rpp != null && rpp == Math.rint(rpp);
    }
}
