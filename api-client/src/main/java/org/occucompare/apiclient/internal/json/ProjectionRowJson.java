package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * One national or state projection row. {@code PerCentChange}/{@code PercentChange} and {@code Stfips}/{@code StFips}
 * differ only in case and match either way; the spaced names are the documentation's spelling.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectionRowJson(
        @Nullable String stateName,
        @Nullable String stFips,
        @JsonAlias("Estimated Employment") @Nullable String estimatedEmployment,
        @JsonAlias("Projected Employment") @Nullable String projectedEmployment,
        @Nullable String perCentChange,
        @JsonAlias({"ProjectedAnnual JobOpening", "ProjectedAnnualJobOpenings"})
                @Nullable String projectedAnnualJobOpening,
        @Nullable String estimatedYear,
        @Nullable String projectedYear) {}
