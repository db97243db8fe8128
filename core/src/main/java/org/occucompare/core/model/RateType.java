package org.occucompare.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/** Whether a wage is per year or per hour (U.S. dollars either way). Immutable and thread-safe. */
public enum RateType {
    /** Dollars per year. */
    ANNUAL,
    /** Dollars per hour. */
    HOURLY;

    /**
     * Reads a source's label, ignoring case and surrounding white space: {@code Annual}/{@code Yearly} or
     * {@code Hourly}, as CareerOneStop writes {@code RateType}.
     *
     * @param label the label, never null
     * @return the rate type, or empty for an unknown label; never null
     */
    public static Optional<RateType> fromLabel(String label) {
        requireNonNull(label, "label is null");
        switch (label.strip().toLowerCase(Locale.ROOT)) {
            case "annual":
            case "yearly":
                return Optional.of(ANNUAL);
            case "hourly":
                return Optional.of(HOURLY);
            default:
                return Optional.empty();
        }
    }
}
