package org.occucompare.web.store.row;

import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One OEWS wage estimate: an occupation in an area for a May reference year, annual or hourly.
 *
 * @param socCode the SOC code (detailed, broad, minor, major or {@code 00-0000})
 * @param socTitle the OEWS occupation title
 * @param areaKey {@code US}, a state postal code, or {@code area:NNNNNNN} for a metropolitan or other BLS area
 * @param areaName the area's name as BLS gives it
 * @param rateType {@code ANNUAL} or {@code HOURLY}
 * @param year the OEWS May reference year (2024 = May 2024)
 * @param employment the estimated employment, when published
 * @param p10 the 10th percentile
 * @param p25 the 25th percentile
 * @param median the median
 * @param p75 the 75th percentile
 * @param p90 the 90th percentile
 * @param mean the mean
 */
public record WageRow(String socCode, String socTitle, String areaKey, String areaName, String rateType, int year,
        OptionalLong employment, WageCell p10, WageCell p25, WageCell median, WageCell p75, WageCell p90,
        WageCell mean) implements StoreRow {
    public WageRow {
        requireNonNull(socCode, "socCode is null");
        requireNonNull(socTitle, "socTitle is null");
        requireNonNull(areaKey, "areaKey is null");
        requireNonNull(areaName, "areaName is null");
        requireNonNull(rateType, "rateType is null");
        requireNonNull(employment, "employment is null");
        requireNonNull(p10, "p10 is null");
        requireNonNull(p25, "p25 is null");
        requireNonNull(median, "median is null");
        requireNonNull(p75, "p75 is null");
        requireNonNull(p90, "p90 is null");
        requireNonNull(mean, "mean is null");
    }

    // flat accessors for SQL binding (@BindMethods): one dollars and one kind column per figure

    public OptionalDouble p10Usd() {
        return p10.usd();
    }

    public String p10Kind() {
        return p10.kind().code();
    }

    public OptionalDouble p25Usd() {
        return p25.usd();
    }

    public String p25Kind() {
        return p25.kind().code();
    }

    public OptionalDouble medianUsd() {
        return median.usd();
    }

    public String medianKind() {
        return median.kind().code();
    }

    public OptionalDouble p75Usd() {
        return p75.usd();
    }

    public String p75Kind() {
        return p75.kind().code();
    }

    public OptionalDouble p90Usd() {
        return p90.usd();
    }

    public String p90Kind() {
        return p90.kind().code();
    }

    public OptionalDouble meanUsd() {
        return mean.usd();
    }

    public String meanKind() {
        return mean.kind().code();
    }
}
