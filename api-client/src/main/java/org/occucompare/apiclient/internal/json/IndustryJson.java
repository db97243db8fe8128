package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** One industry in the occupation's industry employment pattern ({@code IndustryOccEmplt}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IndustryJson(
        @Nullable String industry,
        @Nullable String pctestocc,
        @Nullable String matInCode,
        @Nullable String percentChange,
        @JsonAlias("Estimated Employment") @Nullable String estimatedEmployment,
        @Nullable String numberChanged,
        @JsonAlias({"ProjectedEmployment", "Project Employment"}) @Nullable String projectEmployment,
        @Nullable String iagCode) {}
