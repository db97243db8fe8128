package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The {@code Wages} block: national, state and BLS-area rows, the OEWS year and the SOC the wages are for. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WagesJson(
        @Nullable List<@Nullable WageRowJson> nationalWagesList,
        @Nullable List<@Nullable WageRowJson> stateWagesList,
        @Nullable List<@Nullable WageRowJson> blsAreaWagesList,
        @Nullable String wageYear,
        @Nullable String socData,
        @Nullable SocReferenceJson socWageInfo) {}
