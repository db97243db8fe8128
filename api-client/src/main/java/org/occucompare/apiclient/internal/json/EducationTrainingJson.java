package org.occucompare.apiclient.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The {@code EducationTraining} block (BLS Employment Projections, for the SOC-level occupation). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EducationTrainingJson(
        @Nullable List<@Nullable EducationTypeJson> educationType,
        @Nullable String educationCode,
        @Nullable String educationTitle,
        @Nullable String experienceCode,
        @Nullable String experienceTitle,
        @Nullable String trainingCode,
        @Nullable String trainingTitle,
        @Nullable String occupationTitle,
        @Nullable MatOccupationJson matOccupation) {}
