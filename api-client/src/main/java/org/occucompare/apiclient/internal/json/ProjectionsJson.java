package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The {@code Projections} block: the projection round, national and state rows, and industry employment. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectionsJson(
        @Nullable String estimatedYear,
        @Nullable String projectedYear,
        @Nullable String occupationTitle,
        @Nullable List<@Nullable ProjectionRowJson> projections,
        @Nullable List<@Nullable IndustryJson> industryOccEmplt) {}
