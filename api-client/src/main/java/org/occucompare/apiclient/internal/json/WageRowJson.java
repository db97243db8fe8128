package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * One wage row. Figures stay text ({@code "93,600"}, {@code "$45.00"}, {@code "239,200+"}, {@code "N/A"}, JSON numbers
 * coerced to text) because only the mapper knows which of them are top codes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WageRowJson(
        @Nullable String rateType,
        @Nullable String pct10,
        @Nullable String pct25,
        @Nullable String median,
        @Nullable String pct75,
        @Nullable String pct90,
        @Nullable String mean,
        @JsonAlias("Employment") @Nullable String totalEmployment,
        @Nullable String stFips,
        @Nullable String area,
        @Nullable String areaName) {}
