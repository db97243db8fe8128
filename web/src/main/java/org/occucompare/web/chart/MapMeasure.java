package org.occucompare.web.chart;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.occucompare.core.OccupationException;

/** What a map colours its places by: the states on the state map, the OEWS areas on the metro map. */
public enum MapMeasure {
    /** The OEWS annual median wage, each state's newest year (the default). */
    MEDIAN_ANNUAL("median-annual", "Median annual wage", "Median per year"),
    /** The OEWS hourly median wage, each state's newest year. */
    MEDIAN_HOURLY("median-hourly", "Median hourly wage", "Median per hour"),
    /** OEWS jobs per 1,000 jobs of all occupations in the state (JOBS_1000), each state's newest year. */
    EMPLOYMENT_PER_1000("employment-per-1000", "Employment per 1,000 jobs", "Jobs per 1,000"),
    /**
     * The OEWS location quotient (LOC_QUOTIENT): the occupation's share of the state's jobs over its share of the
     * nation's, each state's newest year.
     */
    LOCATION_QUOTIENT("location-quotient", "Location quotient", "Location quotient"),
    /** The projected change in employment, in percent, from the state long-term projections. */
    GROWTH("growth", "Projected employment change", "Projected change"),
    /**
     * The OEWS annual median divided by the place's BEA Regional Price Parity over 100 ({@code PriceParities}): what
     * it buys at national average prices. Places without a parity are drawn apart, never unadjusted.
     */
    PRICE_ADJUSTED("price-adjusted", "Price-adjusted median annual wage", "Price-adjusted median");

    private final String id;
    private final String displayName;
    private final String columnName;

    MapMeasure(String id, String displayName, String columnName) {
        this.id = id;
        this.displayName = displayName;
        this.columnName = columnName;
    }

    /** The id used in URLs, such as {@code median-annual}; never null. */
    public String id() {
        return id;
    }

    /** A short human name, such as "Median annual wage"; never null. */
    public String displayName() {
        return displayName;
    }

    /** The heading of its column in a table, such as "Median per year"; never null. */
    public String columnName() {
        return columnName;
    }

    /**
     * The measure of an id.
     *
     * @param text such as {@code median-annual}, any case, with {@code -} or {@code _}; never null
     * @return the measure, never null
     * @throws OccupationException {@code INVALID_INPUT} naming the measures
     */
    public static MapMeasure parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(m -> m.id.equals(wanted)).findFirst().orElseThrow(() ->
                OccupationException.invalidInput("\"" + text + "\" is not a map measure: use one of "
                        + Arrays.stream(values()).map(MapMeasure::id).collect(Collectors.joining(", ")) + "."));
    }

    /**
     * A value of this measure as shown in tables and legends: "$95,990", "$67.44", "+4.9%", "18.09" (jobs per 1,000),
     * "1.05" (location quotient).
     *
     * @param value the value
     * @return the text, never null
     */
    public String format(double value) {
        return switch (this) {
            case MEDIAN_HOURLY -> String.format(Locale.US, "$%,.2f", value);
            case GROWTH -> String.format(Locale.US, "%+.1f%%", value).replace("-", "−");
            case EMPLOYMENT_PER_1000, LOCATION_QUOTIENT -> String.format(Locale.US, "%,.2f", value);
            default -> ChartStyle.usd(value);
        };
    }

    @Override
    public String toString() {
        return id;
    }
}
